import type { Page } from 'playwright-core';
import { searchInPage } from '../../bench/search-page.ts';
import { Session } from '../helpers/session.ts';
import type { Engine } from './real-sets.ts';

/** The entry ID in a result URL (/symptoms/S-04/ → S-04, /codes/ → codes). */
const idOf = (url: string | null): string => url?.match(/\/([^/]+)\/(?:#.*)?$/)?.[1] ?? '?';

/** Searches for `query` in the search page open in `page` and reads the first five result IDs and the status. */
export async function searchResults(page: Page, query: string): Promise<{ ids: string[]; status: string }> {
	await searchInPage(page, query, 15_000);
	const hrefs = await page.locator('[data-testid="search-result"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	return { ids: hrefs.slice(0, 5).map(idOf), status: (await page.locator('#search-status').textContent()) ?? '' };
}

/**
 * The search as a reader meets it (`npm run eval:search -- --engine chromium`): each query typed into the built site's
 * search page in Chromium, one page for the whole set (later queries), the first five results and the status read from
 * the page. Declined when the page says "没有找到完全对应的条目" or lists nothing. `close()` ends the browser and server.
 */
export async function chromiumEngine(): Promise<{ engine: Engine; close(): Promise<void> }> {
	const session = await new Session().start();
	const page = await session.browser.newPage();
	await page.goto(`${session.url}/search/`);
	const engine: Engine = async (query) => {
		const { ids, status } = await searchResults(page, query);
		return { ids, declined: status.includes('没有找到完全对应的条目') || ids.length === 0, understood: query };
	};
	return { engine, close: () => session.stop() };
}
