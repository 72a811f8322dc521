import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { POLL_TIMEOUT, Session } from '../helpers/session.ts';

const run = browserAvailable();

/** The entry ID in a result URL (/symptoms/S-04/ → S-04, /codes/51/ → 51). */
const idOf = (url: string | null): string | undefined => url?.match(/\/([^/]+)\/(?:#.*)?$/)?.[1];

describe.runIf(run)('search in Chromium', () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	/** A page that records console errors and failed requests. */
	async function open(path: string): Promise<{ page: Page; errors: string[] }> {
		const page = await session.browser.newPage();
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
		await page.goto(session.url + path);
		return { page, errors };
	}

	it('header search: nothing loads before intent; Ctrl+K opens it focused, a colloquial query finds the symptom, Escape closes it', async () => {
		const { page, errors } = await open('/remedies/R-07/');
		await page.locator('button[data-open-modal]:not([disabled])').waitFor();
		// The search code and its index come with the first intent to search, not with the page.
		const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
		expect(loaded.filter((u) => /search-index\.json|search-client|pagefind/.test(u))).toEqual([]);
		await page.keyboard.press('Control+k');
		const input = page.locator('dialog[open] .site-search-input');
		await input.waitFor();
		await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 15_000 }).toBe(true);
		await page.keyboard.type('钱扣了没到账');
		// The filters are on the search page, which the dialog links to with the query; the link follows the
		// query once the last keystroke is searched, so wait for it before reading the results.
		await expect
			.poll(() => page.locator('dialog[open] .site-search-page a').getAttribute('href'), { timeout: POLL_TIMEOUT })
			.toBe(`/search/?q=${encodeURIComponent('钱扣了没到账')}`);
		const first = page.locator('dialog[open] [data-testid="search-result"]').first();
		await first.waitFor();
		await expect.poll(async () => idOf(await first.getAttribute('href')), { timeout: POLL_TIMEOUT }).toMatch(/^S-0[34]$/);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 15_000 }).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('header search: a question nothing answers fully says so and lists the common situations', async () => {
		const { page, errors } = await open('/');
		await page.locator('button[data-open-modal]:not([disabled])').click();
		await page.locator('dialog[open] .site-search-input').fill('POS机激活码无效');
		await expect
			.poll(() => page.locator('dialog[open] .site-search-status').textContent(), { timeout: 15_000 })
			.toContain('没有找到完全对应的条目');
		const common = page.locator('dialog[open] .site-search-common');
		await common.waitFor({ state: 'visible' });
		expect(await common.locator('a[href^="/symptoms/"]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('search page: a question about a topic nothing covers says so, lists the nearest entries and the symptom cards', async () => {
		const { page, errors } = await open(`/search/?q=${encodeURIComponent('POS机激活码无效')}`);
		await page.waitForFunction(() => document.body.dataset['searchState'] === 'partial', null, { timeout: 15_000 });
		expect(await page.locator('#search-status').textContent()).toContain('没有找到完全对应的条目');
		// The nearest entries, as such, and the symptom cards to start from.
		expect(await page.locator('[data-testid="search-result"]').count()).toBeGreaterThan(0);
		const empty = page.locator('[data-testid="search-empty"]');
		await empty.waitFor({ state: 'visible' });
		expect(await empty.locator('a[href^="/symptoms/"]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('search page: a code no page has says so and shows the code table first, with the symptom cards', async () => {
		const { page, errors } = await open(`/search/?q=${encodeURIComponent('POS机错误代码E001交易失败')}`);
		await page.waitForFunction(() => document.body.dataset['searchState'] === 'partial', null, { timeout: 15_000 });
		const status = (await page.locator('#search-status').textContent()) ?? '';
		expect(status).toContain('E001');
		expect(status).toContain('没有找到完全对应的条目');
		expect(idOf(await page.locator('[data-testid="search-result"]').first().getAttribute('href'))).toBe('codes');
		expect(await page.locator('[data-testid="search-empty"] a[href^="/symptoms/"]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('search page: /search/?q= shows title links, a code query puts the code page first', async () => {
		const { page, errors } = await open(`/search/?q=${encodeURIComponent('刷卡显示51')}`);
		const results = page.locator('[data-testid="search-result"]');
		await results.first().waitFor();
		expect(idOf(await results.first().getAttribute('href'))).toBe('51');
		// The link text is exactly the page title; the excerpt sits beside the link.
		const title = await results.first().textContent();
		expect(title).toMatch(/^51 /);
		expect(await page.locator('[data-testid="search-result"] .search-excerpt').count()).toBe(0);
		expect(await page.locator('#search-page').inputValue()).toBe('刷卡显示51');
		expect(await page.locator('[data-testid="search-empty"]').isHidden()).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('search page: a filter narrows results, by keyboard, and is kept in the URL', async () => {
		const { page, errors } = await open(`/search/?q=${encodeURIComponent('网络')}`);
		await page.locator('[data-testid="search-result"]').first().waitFor();
		// The filters are collapsed under 筛选: open them by keyboard, then tick a box.
		const summary = page.locator('.search-filters-toggle summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		const box = page.locator('input[type="checkbox"][name="类型"][value="解决方法"]');
		await box.waitFor({ state: 'visible' });
		await box.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(encodeURIComponent('解决方法'));
		await expect
			.poll(
				async () =>
					(await page.locator('[data-testid="search-result"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((h) =>
						h?.startsWith('/remedies/'),
					),
				{ timeout: 15_000 },
			)
			.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('search page: no result shows the symptom pages', async () => {
		const { page, errors } = await open(`/search/?q=${encodeURIComponent('zzzqqxx')}`);
		const empty = page.locator('[data-testid="search-empty"]');
		await empty.waitFor({ state: 'visible' });
		expect(await empty.locator('a[href^="/symptoms/"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-testid="search-result"]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});
