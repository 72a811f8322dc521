import { normalizeQuery, type SearchVocabulary } from '../../src/lib/query-normalize.ts';
import { SEARCH_RANKING } from '../../src/lib/search-settings.ts';
import { type EntryIndex, rankEntries } from '../../src/shared/search/rank.ts';
import { loadPagefind } from '../helpers/pagefind.ts';
import type { Engine } from './real-sets.ts';

/**
 * The site's search as the browser runs it, over the built site: the query normalized as the search page does, then
 * Pagefind with the site's ranking. Declines only when Pagefind finds nothing (the page then shows the symptom cards).
 */
export async function siteEngine(dist: string, vocabulary: SearchVocabulary): Promise<Engine> {
	const pagefind = await loadPagefind(dist, SEARCH_RANKING);
	return async (query) => {
		const understood = normalizeQuery(query, vocabulary);
		const response = await pagefind.search(understood);
		const results = response?.results.slice(0, 5) ?? [];
		const ids = await Promise.all(results.map(async (r) => (await r.data()).meta.id ?? '?'));
		return { ids, declined: ids.length === 0, understood };
	};
}

/** The entry ranking alone (src/shared/search/rank.ts) over an entry index (dist/search-index.json). */
export function rankingEngine(index: EntryIndex): Engine {
	return async (query) => {
		const ranking = rankEntries(query, index);
		return { ids: ranking.results.slice(0, 5).map((r) => r.id), declined: ranking.declined, understood: ranking.understood };
	};
}
