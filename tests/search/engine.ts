import { TYPE_LABEL } from '../../src/shared/relations.ts';
import { normalizeQuery } from '../../src/shared/search/query.ts';
import type { EntryIndex } from '../../src/shared/search/rank.ts';
import { FULL_TEXT_LIMIT, searchIndex, wantsFullText, withFullText } from '../../src/shared/search/results.ts';
import { SEARCH_RANKING } from '../../src/shared/search/settings.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import { loadPagefind, type Pagefind } from '../helpers/pagefind.ts';
import type { Engine } from './real-sets.ts';

/** Entry IDs Pagefind finds for a normalized query, in its order. */
async function pagefindIds(pagefind: Pagefind, term: string, limit: number): Promise<string[]> {
	const response = await pagefind.search(term);
	const data = await Promise.all((response?.results ?? []).slice(0, limit).map((r) => r.data()));
	return data.map((d) => d.meta.id ?? '?');
}

/**
 * The site's search as the browser runs it (src/components/search-client.ts), over the built site: the entry ranking
 * over dist/search-index.json, and Pagefind's full text where the ranking has few or no answers.
 */
export async function siteEngine(dist: string, index: EntryIndex): Promise<Engine> {
	const pagefind = await loadPagefind(dist, SEARCH_RANKING);
	return async (query) => {
		let outcome = searchIndex(query, index, TYPE_LABEL);
		if (wantsFullText(outcome))
			outcome = withFullText(
				outcome,
				await pagefindIds(pagefind, normalizeQuery(query, index.vocabulary), FULL_TEXT_LIMIT),
				index,
				TYPE_LABEL,
			);
		return {
			ids: outcome.entries.slice(0, 5).map((e) => e.id),
			declined: outcome.declined || outcome.entries.length === 0,
			understood: outcome.understood,
		};
	};
}

/**
 * The search before issue 15 (for comparison, `--engine pagefind`): the query normalized for Pagefind, Pagefind with
 * the site's ranking. Declines only when Pagefind finds nothing.
 */
export async function pagefindEngine(dist: string, vocabulary: SearchVocabulary): Promise<Engine> {
	const pagefind = await loadPagefind(dist, SEARCH_RANKING);
	return async (query) => {
		const understood = normalizeQuery(query, vocabulary);
		const ids = await pagefindIds(pagefind, understood, 5);
		return { ids, declined: ids.length === 0, understood };
	};
}
