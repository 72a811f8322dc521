import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, Session, VIEWPORTS, type ViewportName } from '../helpers/session.ts';

/** Code pages and the code lookup of the code index (issue 18 point 4), as a cashier uses them. */
describe.runIf(browserAvailable())('code lookup and code pages, in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		const { height } = VIEWPORTS[viewport].viewport;

		it(`typing a code or an English terminal message opens its page (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const page = await watched.open('/codes/');
			const input = page.locator('#code-lookup');
			// The lookup box is on the first screen.
			const box = await input.boundingBox();
			expect(box!.y + box!.height).toBeLessThanOrEqual(height);
			for (const [typed, path] of [
				['51', '/codes/51/'],
				['a0', '/codes/A0/'],
				['insuff funds', '/codes/51/'],
				['DO NOT HONOR', '/codes/05/'],
			] as const) {
				await page.goto(`${session.url}/codes/`);
				await input.fill(typed);
				await input.press('Enter');
				await page.waitForURL(`**${path}`);
				expect(await page.locator('h1').textContent(), typed).toMatch(new RegExp(`^${path.slice(7, 9)} `));
			}
			// An English message several codes use: the codes are listed to pick from.
			await page.goto(`${session.url}/codes/`);
			await input.fill('call');
			await input.press('Enter');
			await expect.poll(() => page.locator('.code-lookup-result a').allTextContents()).toEqual(['01', '02']);
			// A code of a foreign scheme UnionPay lacks: its row on the index.
			await input.fill('46');
			await input.press('Enter');
			await page.waitForURL('**/codes/#foreign-46');
			expect(await page.locator('#foreign-46').isVisible()).toBe(true);
			// Anything else goes to the site search.
			await page.goto(`${session.url}/codes/`);
			await input.fill('钱扣了没到账');
			await input.press('Enter');
			await page.waitForURL('**/search/?q=*');
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			await watched.context.close();
		});

		it(`a code page says what to do on the first screen, with one-line labels (${viewport})`, async () => {
			const watched = await session.context(viewport);
			for (const code of ['51', '21', '05']) {
				const page = await watched.open(`/codes/${code}/`);
				const what = await page.locator('#retry').boundingBox();
				expect(what!.y, `${code}: 怎么办 below the first screen`).toBeLessThan(height);
				// Labels of the facts (能否重试, 由谁处理) stay on one line whatever the width.
				for (const dt of await page.locator('.entry-facts dt').all()) {
					const lines = await dt.evaluate((el) => el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight));
					expect(lines, `${code}: label "${await dt.textContent()}"`).toBeLessThan(1.5);
				}
				await page.close();
			}
			expect(watched.errors).toEqual([]);
			await watched.context.close();
		});
	}

	it('without JavaScript the lookup form still answers: it asks the site search', async () => {
		const watched = await session.context('phone', { javaScriptEnabled: false });
		const page = await watched.open('/codes/');
		await page.locator('#code-lookup').fill('51');
		await page.locator('#code-lookup').press('Enter');
		await page.waitForURL('**/search/?q=51');
		await watched.context.close();
	});
});
