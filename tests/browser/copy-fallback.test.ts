import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, Session, type ViewportName } from '../helpers/session.ts';

/**
 * Copying over plain http from an address that is not localhost (as the network address `npm start` prints): the
 * page is not a secure context, so the Clipboard API is missing. The copy controls then select the text and say so.
 */
describe.runIf(browserAvailable())(
	'copy controls without the Clipboard API (plain http on a LAN-like address)',
	{ timeout: BROWSER_TIMEOUT },
	() => {
		const session = new Session();
		beforeAll(() => session.start({ host: 'kb-lan.test' }));
		afterAll(() => session.stop());

		for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
			it(`selects the link or the reply and says how to copy it (${viewport})`, async () => {
				const watched = await session.context(viewport);
				const page = await watched.open('/remedies/R-16/');
				expect(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard])).toEqual([false, 'undefined']);
				const url = `${session.url}/remedies/R-16/`;

				// The page link: the address appears in a field, selected, with a status line.
				await page.locator('.entry > copy-link button').click();
				const field = page.locator('.entry > copy-link .copy-link-field');
				expect(await field.inputValue()).toBe(url);
				expect(await field.isVisible()).toBe(true);
				expect(
					await page.evaluate(() =>
						(document.activeElement as HTMLInputElement | null)?.value.slice(
							(document.activeElement as HTMLInputElement).selectionStart ?? 0,
							(document.activeElement as HTMLInputElement).selectionEnd ?? 0,
						),
					),
				).toBe(url);
				expect(await page.locator('.entry > copy-link [role="status"]').textContent()).toMatch(/已复制|已选中/);

				// A step link: the same, with the anchor.
				await page.locator('li#step-2 copy-link button').click();
				expect(await page.locator('li#step-2 .copy-link-field').inputValue()).toBe(`${url}#step-2`);

				// A reply: its whole text is selected on the page.
				const reply = page.locator('#reply-cardholder + copy-text');
				await reply.locator('button').click();
				const shown = await reply.locator('pre').textContent();
				expect(shown?.trimEnd().endsWith(url)).toBe(true);
				expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(shown);
				expect(await reply.locator('[role="status"]').textContent()).toMatch(/已复制|已选中/);
				// The selection is visible: the reply is on screen after the click.
				expect(await reply.locator('pre').isVisible()).toBe(true);
				expect(watched.errors).toEqual([]);
				expect(watched.violations).toEqual([]);
				expect(watched.foreign).toEqual([]);
				await watched.context.close();
			});
		}
	},
);
