import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { type ApiEntry, apiEntries } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, POLL_TIMEOUT, Session, type Watched } from '../helpers/session.ts';

/** Clicks a copy control and returns what landed on the clipboard; the clipboard is cleared first so stale text cannot pass. */
async function copied(page: Page, button: ReturnType<Page['locator']>): Promise<string> {
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await button.click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { interval: 10, timeout: POLL_TIMEOUT }).not.toBe('');
	return page.evaluate(() => navigator.clipboard.readText());
}

/** How many tests share the remedies (each a few minutes under load at most). */
const REMEDY_PARTS = 4;

describe.runIf(browserAvailable())('copy-link controls in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	let entries: ApiEntry[];
	let watched: Watched;
	beforeAll(async () => {
		await session.start();
		entries = await apiEntries();
		watched = await session.context('desktop', { permissions: ['clipboard-read', 'clipboard-write'] });
	});
	afterAll(() => session.stop());

	// Every remedy, in REMEDY_PARTS tests (remedies k, k + REMEDY_PARTS, …), so that no single test holds every page
	// and step copy within one test's timeout on a loaded machine.
	it.each(Array.from({ length: REMEDY_PARTS }, (_, k) => k))(
		'copies the absolute URL of every remedy page and of each of its steps (#step-N), part %i',
		async (part) => {
			const remedies = entries.filter((e) => e.type === 'remedy').filter((_, k) => k % REMEDY_PARTS === part);
			expect(remedies.length, `part ${part}`).toBeGreaterThan(0);
			let steps = 0;
			for (const remedy of remedies) {
				const page = await watched.open(remedy.url);
				const pageButton = page.locator('.entry > copy-link button');
				expect(await pageButton.textContent()).toBe('复制本页链接');
				expect(await copied(page, pageButton), remedy.id).toBe(`${session.url}${remedy.url}`);
				await expect
					.poll(() => page.locator('.entry > copy-link [role="status"]').textContent(), { interval: 10, timeout: POLL_TIMEOUT })
					.toBe('已复制');
				const stepItems = page.locator('ol.steps > li');
				const count = await stepItems.count();
				expect(count, remedy.id).toBeGreaterThan(0);
				for (let n = 1; n <= count; n++) {
					const button = page.locator(`li#step-${n} copy-link button`);
					expect(await button.textContent()).toBe(`复制第 ${n} 步链接`);
					expect(await copied(page, button), `${remedy.id} step ${n}`).toBe(`${session.url}${remedy.url}#step-${n}`);
					steps++;
				}
				await page.close();
			}
			expect(steps).toBeGreaterThan(remedies.length);
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
		},
	);

	it('copies the page URL on every other entry type', async () => {
		for (const type of ['symptom', 'cause', 'prevention', 'case', 'code'] as const) {
			const entry = entries.find((e) => e.type === type)!;
			const page = await watched.open(entry.url);
			expect(await copied(page, page.locator('.entry > copy-link button')), entry.id).toBe(`${session.url}${entry.url}`);
			await page.close();
		}
	});

	it('copies each ticket reply with the absolute URL of its remedy appended', async () => {
		const remedy = entries.find((e) => e.type === 'remedy')!;
		const page = await watched.open(remedy.url);
		const buttons = page.locator('copy-text button');
		expect(await buttons.count()).toBeGreaterThan(0);
		for (let i = 0; i < (await buttons.count()); i++) {
			const text = await copied(page, buttons.nth(i));
			expect(text.startsWith('您好')).toBe(true);
			expect(text.trimEnd().endsWith(`${session.url}${remedy.url}`)).toBe(true);
		}
		await page.close();
	});

	it('lands on the step a copied #step-N link points to, and highlights it', async () => {
		const remedy = entries.find((e) => e.type === 'remedy')!;
		const page = await watched.open(`${remedy.url}#step-2`);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('step-2');
		const outline = await page.locator('#step-2').evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.close();
	});
});
