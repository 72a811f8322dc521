/**
 * What a search shows: the ranked entries (rank.ts), filtered, and — where the ranking has few or no answers — the
 * pages Pagefind's full-text index finds for the query, after them. Shared by the search page, the header search and
 * the relevance harness, so the three list the same entries in the same order.
 */
import { type EntryIndex, type IndexedEntry, type IndexedType, type Ranking, rankEntries } from './rank.ts';

/** The search filters, by the labels the pages declare (类型 / 分类 / 对象); empty lists filter nothing. */
export interface Filters {
	类型?: readonly string[];
	分类?: readonly string[];
	对象?: readonly string[];
}

export interface SearchOutcome {
	/** Entries to show, best first: answers, or the nearest entries when `declined`. */
	entries: IndexedEntry[];
	/** No entry answers the query fully (see rank.ts). */
	declined: boolean;
	reason: Ranking['reason'];
	unknownCodes: string[];
	/** A typed ID or code found its page. */
	pinned: boolean;
	understood: string;
}

/** How many entries a search shows at most, and how many nearest ones (and full-text pages after them) when it declines. */
export const SHOWN = 20;
export const NEAREST = 5;
export const NEAREST_FULL_TEXT = 3;
/** Below this many answers, the full-text index is asked too. */
export const FULL_TEXT_BELOW = 3;
/** How many full-text pages are asked for (each is a fragment to fetch). */
export const FULL_TEXT_LIMIT = 5;

/** A type's label as the pages' 类型 filter writes it (TYPE_LABEL in relations.ts; the code table counts as 应答码). */
export type TypeLabels = Readonly<Record<Exclude<IndexedType, 'table'>, string>>;

function passes(entry: IndexedEntry, filters: Filters, labels: TypeLabels): boolean {
	const type = filters.类型 ?? [];
	const category = filters.分类 ?? [];
	const audience = filters.对象 ?? [];
	if (type.length && !type.includes(labels[entry.type === 'table' ? 'code' : entry.type])) return false;
	if (category.length && !(entry.category && category.includes(entry.category))) return false;
	if (audience.length && !(entry.audience ?? []).some((a) => audience.includes(a))) return false;
	return true;
}

/** Ranks and filters the index for a query. */
export function searchIndex(query: string, index: EntryIndex, labels: TypeLabels, filters: Filters = {}): SearchOutcome {
	const ranking = rankEntries(query, index);
	const byId = new Map(index.entries.map((e) => [e.id, e]));
	const entries = ranking.results
		.map((r) => byId.get(r.id))
		.filter((e): e is IndexedEntry => e !== undefined && passes(e, filters, labels))
		.slice(0, ranking.declined ? NEAREST : SHOWN);
	return {
		entries,
		declined: ranking.declined,
		reason: ranking.reason,
		unknownCodes: ranking.unknownCodes,
		pinned: ranking.pinned,
		understood: ranking.understood,
	};
}

/**
 * Whether the full-text index should be asked: the ranking found fewer than FULL_TEXT_BELOW entries (answers or nearest
 * ones). It costs index chunks and a fragment per page, so a query the ranking answers, or declines with enough nearest
 * entries, stays within the later-query budget (≤ 50 ms, ≤ 100 KB).
 */
export function wantsFullText(outcome: SearchOutcome): boolean {
	// A code no page has: the code table is the nearest page; text that mentions other codes is not.
	if (outcome.reason === 'unknown-code') return false;
	// A typed code or ID: its page is the answer; the text of pages that mention it adds nothing.
	if (outcome.pinned) return false;
	return outcome.entries.length < FULL_TEXT_BELOW;
}

/**
 * The outcome with the entries the full-text index found (their IDs, in its order) appended after the ranked ones:
 * pages whose statements mention the words although their names do not. Filters apply to them as well.
 */
export function withFullText(
	outcome: SearchOutcome,
	ids: readonly string[],
	index: EntryIndex,
	labels: TypeLabels,
	filters: Filters = {},
): SearchOutcome {
	const byId = new Map(index.entries.map((e) => [e.id, e]));
	const seen = new Set(outcome.entries.map((e) => e.id));
	const extra = ids
		.map((id) => byId.get(id))
		.filter((e): e is IndexedEntry => e !== undefined && !seen.has(e.id) && passes(e, filters, labels));
	const limit = outcome.declined ? outcome.entries.length + NEAREST_FULL_TEXT : SHOWN;
	return { ...outcome, entries: [...outcome.entries, ...extra].slice(0, limit) };
}
