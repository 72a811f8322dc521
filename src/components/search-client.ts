/**
 * The site search in the browser, shared by the search page (/search/) and the header search: loads the entry index
 * (/search-index.json) on the first query and Pagefind beside it, ranks with src/shared/search/results.ts, and renders
 * the result list. One behaviour everywhere, and the same code the relevance harness runs in Node.
 */

import { TYPE_LABEL } from '../shared/relations.ts';
import { normalizeQuery } from '../shared/search/query.ts';
import type { EntryIndex, IndexedEntry } from '../shared/search/rank.ts';
import { type Filters, FULL_TEXT_LIMIT, type SearchOutcome, searchIndex, wantsFullText, withFullText } from '../shared/search/results.ts';
import { SEARCH_RANKING } from '../shared/search/settings.ts';

/** The parts of Pagefind's JS API the search uses (the full-text fallback). */
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init?: () => Promise<void>;
	search: (term: string) => Promise<{ results: Array<{ data: () => Promise<{ meta: Record<string, string> }> }> } | null>;
}

const base = (): string => import.meta.env.BASE_URL.replace(/\/$/, '');

let indexLoad: Promise<EntryIndex> | undefined;
let pagefindLoad: Promise<Pagefind> | undefined;

/** The entry index, fetched once. */
function loadIndex(): Promise<EntryIndex> {
	indexLoad ??= fetch(`${base()}/search-index.json`).then((r) => {
		if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
		return r.json() as Promise<EntryIndex>;
	});
	return indexLoad;
}

/** Pagefind, loaded once; a runtime URL, not a module the bundler resolves (Pagefind writes it after the build). */
function loadPagefind(): Promise<Pagefind> {
	const url = `${base()}/pagefind/pagefind.js`;
	pagefindLoad ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
		await module.options({ ranking: SEARCH_RANKING, excerptLength: 24 });
		// The engine and its WebAssembly load now, beside the first query, not in the first query that needs them.
		await module.init?.();
		return module;
	});
	return pagefindLoad;
}

/** Starts loading what a search needs (on the first sign of intent), without waiting for it. */
export function preload(): void {
	void loadIndex().catch(() => undefined);
	void loadPagefind().catch(() => undefined);
}

/** Entry IDs the full-text index finds for a query, in its order (at most `limit`). */
async function fullTextIds(query: string, index: EntryIndex, limit = FULL_TEXT_LIMIT): Promise<string[]> {
	const pagefind = await loadPagefind();
	const response = await pagefind.search(normalizeQuery(query, index.vocabulary));
	const data = await Promise.all((response?.results ?? []).slice(0, limit).map((r) => r.data()));
	return data.map((d) => d.meta['id']).filter((id): id is string => typeof id === 'string');
}

export interface Search {
	outcome: SearchOutcome;
	index: EntryIndex;
}

/** Runs a search: the entry ranking, and the full-text index when the ranking has few or no answers. */
export async function search(query: string, filters: Filters = {}): Promise<Search> {
	const index = await loadIndex();
	// Pagefind loads in the meantime: a later query that needs it does not pay for the engine.
	void loadPagefind().catch(() => undefined);
	let outcome = searchIndex(query, index, TYPE_LABEL, filters);
	if (wantsFullText(outcome)) {
		try {
			outcome = withFullText(outcome, await fullTextIds(query, index), index, TYPE_LABEL, filters);
		} catch {
			// Without the full-text index the ranked entries are still the answer.
		}
	}
	return { outcome, index };
}

/** The result list: each entry's title as a link, its type and first sentence beside it. */
export function renderEntries(entries: readonly IndexedEntry[]): HTMLLIElement[] {
	return entries.map((entry) => {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = entry.url;
		link.dataset['testid'] = 'search-result';
		link.textContent = entry.title;
		const meta = document.createElement('p');
		meta.className = 'search-excerpt';
		const type = entry.type === 'table' ? '一览' : TYPE_LABEL[entry.type];
		meta.textContent = `${type} · ${entry.snippet}`;
		item.append(link, meta);
		return item;
	});
}

/** The sentence above the list: what was found, or that nothing answers the query fully. */
export function statusText(query: string, outcome: SearchOutcome): string {
	if (outcome.entries.length === 0) return `没有找到与“${query}”匹配的条目。`;
	if (outcome.reason === 'unknown-code') {
		return `知识库里没有应答码 ${outcome.unknownCodes.join('、')} 的条目。没有找到完全对应的条目，下面是最接近的条目：`;
	}
	if (outcome.declined) return `没有找到完全对应的条目。下面是与“${query}”最接近的条目：`;
	return `“${query}”的搜索结果（${outcome.entries.length} 条）`;
}
