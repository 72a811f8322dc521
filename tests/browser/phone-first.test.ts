import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntriesExport } from '../../src/schemas/export.ts';
import { snippetOf } from '../../src/shared/search/entry-index.ts';
import { browserAvailable } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, Session, VIEWPORTS, type ViewportName } from '../helpers/session.ts';

/**
 * Phone-first layouts (issue 18 point 5), measured at 390×844 and 1280×800: the home page's search box is in the first
 * screen; /search/ keeps its filters collapsed, so the results follow the box; a result's excerpt is the entry's
 * summary, never page metadata; every string of the search interface is Chinese.
 */

/** English interface strings a search UI (Pagefind's own, Starlight's defaults) would show. */
const ENGLISH_UI = /results? for|Load more|No results|Search|Clear|Filters?\b|Cancel|Loading|Showing/;

/** The box of `selector` relative to the first screen, before any scrolling. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const box = el.getBoundingClientRect();
			return window.scrollY === 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
		});
}

describe.runIf(browserAvailable())('phone-first home and search pages, in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	let summaries: Map<string, string>;
	beforeAll(async () => {
		await session.start();
		const exported = (await (await fetch(`${session.url}/api/entries.json`)).json()) as EntriesExport;
		summaries = new Map(exported.entries.map((e) => [e.url, e.type === 'code' ? e.explanation : e.summary]));
	});
	afterAll(() => session.stop());

	for (const viewport of ['phone', 'desktop'] satisfies ViewportName[]) {
		const { width, height } = VIEWPORTS[viewport].viewport;

		it(`home: the search box and its button are in the first ${width}×${height} screen, and it searches (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const page = await watched.open('/');
			expect(await inFirstScreen(page, '.kb-search-form input[name="q"]')).toBe(true);
			expect(await inFirstScreen(page, '.kb-search-form button[type="submit"]')).toBe(true);
			await page.locator('.kb-search-form input[name="q"]').fill('钱扣了没到账');
			await Promise.all([
				page.waitForURL((url) => url.pathname === '/search/'),
				page.locator('.kb-search-form button[type="submit"]').click(),
			]);
			await page.locator('[data-testid="search-result"]').first().waitFor();
			expect(watched.errors).toEqual([]);
			await watched.context.close();
		});

		it(`search page: filters collapsed, the first results in the first screen, excerpts from the summary, all in Chinese (${viewport})`, async () => {
			const watched = await session.context(viewport);
			for (const q of ['钱扣了没到账', '网络', '刷卡显示51', '读不出卡']) {
				const page = await watched.open(`/search/?q=${encodeURIComponent(q)}`);
				const results = page.locator('[data-testid="search-result"]');
				await results.first().waitFor();
				// Collapsed: no checkbox shows until 筛选 is opened.
				expect(await page.locator('.search-filters-toggle').evaluate((d) => (d as HTMLDetailsElement).open), q).toBe(false);
				expect(await page.locator('.search-filters input[type="checkbox"]').first().isVisible()).toBe(false);
				expect(await page.locator('.search-filters-toggle summary').textContent()).toBe('筛选');
				expect(await inFirstScreen(page, '[data-testid="search-result"]'), q).toBe(true);
				// Each excerpt: the type, then the first sentence of the entry's own summary; never the page's metadata.
				for (const item of await page.locator('#search-results > li').all()) {
					const href = (await item.locator('a').getAttribute('href'))!;
					const excerpt = (await item.locator('.search-excerpt').textContent()) ?? '';
					expect(excerpt, href).not.toMatch(/编号\s*[A-Z]-?\d|类型\s*(?:症状|原因|解决方法|预防|案例|应答码)|分类\s*\S+\s*环节/);
					const summary = summaries.get(href);
					if (summary) expect(excerpt, href).toMatch(new RegExp(` · ${snippetOf(summary).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
				}
				// biome-ignore lint/performance/useDomNodeTextContent: the visible text is what the reader sees.
				const main = (await page.locator('main').innerText()).replace(q, '');
				expect(main, q).not.toMatch(ENGLISH_UI);
				expect(await page.locator('#search-status').textContent(), q).toMatch(/^“.+”的搜索结果（\d+ 条）$/);
				await page.close();
			}
			// Opening 筛选 shows the filters; an address with filters opens them and says how many are on.
			const page = await watched.open(
				`/search/?q=${encodeURIComponent('网络')}&${encodeURIComponent('类型')}=${encodeURIComponent('解决方法')}`,
			);
			await page.locator('[data-testid="search-result"]').first().waitFor();
			expect(await page.locator('.search-filters-toggle').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
			expect(await page.locator('.search-filters-toggle summary').textContent()).toBe('筛选（已选 1 项）');
			await page.close();
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			await watched.context.close();
		});

		it(`header search: every string of the dialog is Chinese, with and without results (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const page = await watched.open('/remedies/R-07/');
			const open = page.locator('button[data-open-modal]:not([disabled])');
			expect(await open.getAttribute('aria-label')).toBe('搜索');
			await open.click();
			const dialog = page.locator('dialog[open]');
			await dialog.waitFor();
			for (const q of ['钱扣了没到账', 'zzzqqxx']) {
				await dialog.locator('.site-search-input').fill(q);
				await expect.poll(() => dialog.locator('.site-search-status').textContent(), { timeout: 15_000 }).toContain(q);
				// biome-ignore lint/performance/useDomNodeTextContent: the visible text is what the reader sees.
				const text = (await dialog.innerText()).replace(q, '');
				expect(text, q).not.toMatch(ENGLISH_UI);
				expect(await dialog.locator('.site-search-input').getAttribute('placeholder')).toMatch(/^[^A-Za-z]+$/);
			}
			expect(watched.errors).toEqual([]);
			await watched.context.close();
		});
	}
});
