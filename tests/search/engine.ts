import { normalizeQuery } from '../../src/shared/search/query.ts';
import { SEARCH_RANKING } from '../../src/shared/search/settings.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
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
