import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { pageKinds } from '../helpers/pages.ts';
import { BROWSER_TIMEOUT, mapLimit, Session } from '../helpers/session.ts';

/** Lets late scripts (Pagefind, custom elements) run, so their violations are reported too. */
const settle = (page: Page) => page.waitForLoadState('networkidle');

describe.runIf(browserAvailable())('Content-Security-Policy in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	it('is enforced: an injected inline script is blocked and reported (so the checks below can fail)', async () => {
		const watched = await session.context();
		const page = await watched.open('/');
		await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
		expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
		// The violation report reaches the page's listener after the blocked script; under load that can take a moment.
		await expect.poll(() => watched.violations.join('\n')).toMatch(/script-src/);
		await watched.context.close();
	});

	it('blocks nothing the site itself uses, on every page type, the search page and the 404 page', async () => {
		const watched = await session.context();
		const kinds = await pageKinds();
		await mapLimit(kinds, 4, async ({ path, missing }) => {
			const page = await watched.open(path, { missing });
			await settle(page);
			// Every page declares its policy in a meta element (and _headers repeats it for hosts that read it).
			expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(1);
			await page.close();
		});
		expect(watched.violations).toEqual([]);
		expect(watched.errors).toEqual([]);
		expect(watched.foreign).toEqual([]);
		await watched.context.close();
	});

	it('lets Pagefind load its WebAssembly and search, on the search page', async () => {
		const watched = await session.context();
		const page = await watched.open('/search/');
		// A string, not a function: the test runner would rewrite import() inside a function for Node.
		const found: { count: number; url: string } = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.init();
			const search = await pagefind.search('刷卡失败');
			const first = await search.results[0]?.data();
			return { count: search.results.length, url: first?.url ?? '' };
		})()`);
		expect(found.count).toBeGreaterThan(0);
		expect(found.url).toMatch(/^\/[a-z]+\//);
		expect(watched.violations).toEqual([]);
		expect(watched.errors).toEqual([]);
		await watched.context.close();
	});

	it('lets the header search show results', async () => {
		const watched = await session.context();
		const page = await watched.open('/');
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('site-search dialog input').fill('交易被拒绝');
		await expect.poll(() => page.locator('site-search dialog a[href^="/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(watched.violations).toEqual([]);
		expect(watched.errors).toEqual([]);
		expect(watched.foreign).toEqual([]);
		await watched.context.close();
	});
});
