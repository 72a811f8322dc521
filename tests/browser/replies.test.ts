import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLY_RECIPIENTS, type ReplyRecipient } from '../../src/schemas/reply.ts';
import { browserAvailable } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, mapLimit, Session, type ViewportName } from '../helpers/session.ts';

/** The remedies as the site publishes them (the pipeline's output), with their replies. */
const remedies = JSON.parse(readFileSync('src/content/generated/remedies.json', 'utf8')) as Array<{
	id: string;
	replies: Partial<Record<ReplyRecipient, string>>;
}>;
/** Codes that tell the terminal to retain the card, or report it lost or stolen. */
const PICK_UP = new Set(['04', '07', '41', '43']);
const codes = JSON.parse(readFileSync('src/content/generated/codes.json', 'utf8')) as Array<{ id: string; remedies: string[] }>;

async function copied(page: Page, button: ReturnType<Page['locator']>): Promise<string> {
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await button.click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { interval: 10 }).not.toBe('');
	return page.evaluate(() => navigator.clipboard.readText());
}

describe.runIf(browserAvailable())('replies a support agent can send, in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	it('every remedy has at least one reply, and every pick-up code has a cardholder reply among its remedies', () => {
		expect(remedies.length).toBeGreaterThanOrEqual(27);
		for (const r of remedies) expect(Object.keys(r.replies).length, r.id).toBeGreaterThan(0);
		for (const code of codes.filter((c) => PICK_UP.has(c.id))) {
			expect(
				code.remedies.some((id) => remedies.find((r) => r.id === id)?.replies.cardholder),
				code.id,
			).toBe(true);
		}
	});

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		it(`shows one copyable reply per recipient, addressed to them, with the link appended (${viewport})`, async () => {
			const watched = await session.context(viewport, { permissions: ['clipboard-read', 'clipboard-write'] });
			let checked = 0;
			await mapLimit(remedies, 3, async (remedy) => {
				const url = `/remedies/${remedy.id}/`;
				const page = await watched.open(url);
				const recipients = (Object.keys(REPLY_RECIPIENTS) as ReplyRecipient[]).filter((r) => remedy.replies[r]);
				expect(await page.locator('.entry-reply copy-text').count(), remedy.id).toBe(recipients.length);
				for (const recipient of recipients) {
					const heading = page.locator(`#reply-${recipient}`);
					expect(await heading.textContent()).toBe(`发给${REPLY_RECIPIENTS[recipient]}`);
					// The copy control right after the heading is this recipient's.
					const button = page.locator(`#reply-${recipient} + copy-text button`);
					await button.scrollIntoViewIfNeeded();
					expect(await button.isVisible(), `${remedy.id} ${recipient}`).toBe(true);
					// What the button copies is the text shown above it (the clipboard itself is one per browser, so it is read
					// once per viewport below, not from pages open at the same time).
					const text = (await page.locator(`#reply-${recipient} + copy-text pre`).textContent()) ?? '';
					expect(text.startsWith('您好'), `${remedy.id} ${recipient}`).toBe(true);
					expect(text.trimEnd().endsWith(`详细说明：${session.url}${url}`), `${remedy.id} ${recipient}`).toBe(true);
					// Addressed to its reader: never staff instructions, never the reader in the third person.
					expect(text, `${remedy.id} ${recipient}`).not.toMatch(/告诉顾客|告知顾客|请收银员|排查系统|优化系统|联系持卡人找|商户找/);
					if (recipient === 'cardholder') expect(text, `${remedy.id}`).not.toMatch(/持卡人|顾客/);
					checked++;
				}
				await page.close();
			});
			expect(checked).toBeGreaterThan(remedies.length);
			// The button puts exactly the shown reply on the clipboard.
			const page = await watched.open('/remedies/R-16/');
			const shown = await page.locator('#reply-cardholder + copy-text pre').textContent();
			expect(await copied(page, page.locator('#reply-cardholder + copy-text button'))).toBe(shown);
			await page.close();
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			await watched.context.close();
		});
	}

	it('words a pick-up, lost or stolen decline to the cardholder as a generic decline', async () => {
		const watched = await session.context('phone', { permissions: ['clipboard-read', 'clipboard-write'] });
		const pickUpRemedies = new Set(codes.filter((c) => PICK_UP.has(c.id)).flatMap((c) => c.remedies));
		let seen = 0;
		for (const id of pickUpRemedies) {
			if (!remedies.find((r) => r.id === id)?.replies.cardholder) continue;
			const page = await watched.open(`/remedies/${id}/`);
			const text = await copied(page, page.locator('#reply-cardholder + copy-text button'));
			expect(text, id).toMatch(/发卡行/);
			expect(text, id).not.toMatch(/挂失|失窃|被窃|被盗|没收|冒用|欺诈|可疑|风控/);
			seen++;
			await page.close();
		}
		expect(seen).toBeGreaterThanOrEqual(2);
		await watched.context.close();
	});
});
