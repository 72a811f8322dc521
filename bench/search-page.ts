import type { Page } from 'playwright-core';

/**
 * The site's search page (src/pages/search.astro) driven as a reader drives it, for the browser tests, the Chromium
 * engine of `npm run eval:search` and the bench: one way to run a search, each caller reading its own figures after it.
 */

/** The page's `data-search-state` once a search has finished: answers, nearest entries only, or nothing. */
export const SEARCH_DONE_STATES: readonly string[] = ['found', 'partial', 'none'];

/** Waits until the page open in `page` has finished a search (at most `timeoutMs`). */
export async function waitForSearch(page: Page, timeoutMs: number): Promise<void> {
	await page.waitForFunction((done) => done.includes(document.body.dataset['searchState'] ?? ''), [...SEARCH_DONE_STATES], {
		timeout: timeoutMs,
	});
}

/**
 * Types `query` into the search form of the page open in `page`, marks the page busy (so a state left from the previous
 * search is not mistaken for this one's), presses Enter, and waits until the search has finished (at most `timeoutMs`).
 */
export async function searchInPage(page: Page, query: string, timeoutMs: number): Promise<void> {
	await page.locator('#search-page').fill(query);
	await page.evaluate(() => {
		document.body.dataset['searchState'] = 'busy';
	});
	await page.locator('#search-page').press('Enter');
	await waitForSearch(page, timeoutMs);
}
