import type { MatchRule } from '../../../src/schemas/match-rule.ts';
import type { Catalogue } from '../catalogue.ts';
import { compileRuleBook } from '../text/match.ts';
import type { StatementKind } from '../types.ts';
import type { Unit } from './cut.ts';

/**
 * Stage 9, place: each statement goes into the catalogue entries whose match rules it meets, in its kind's order of
 * collections; a statement deliberately not published gets its `U-…` class; the rest stays unplaced. One placer (one
 * Aho–Corasick automaton over every catalogue term, and a cache) serves the whole run, one article at a time.
 */

/** Which collections a statement of each kind is placed into, in order of preference. */
export const PLACEMENT_ORDER: Readonly<Record<StatementKind, ReadonlyArray<PlaceableCollection>>> = {
	cause: ['causes', 'symptoms', 'remedies'],
	remedy: ['remedies', 'prevention', 'causes'],
	prevention: ['prevention', 'remedies', 'causes'],
	case: ['cases', 'causes', 'remedies'],
	impact: ['symptoms', 'causes'],
	background: ['symptoms', 'causes', 'remedies', 'prevention'],
};

export type PlaceableCollection = 'symptoms' | 'causes' | 'remedies' | 'prevention' | 'cases';

export interface Placer {
	/**
	 * Entry IDs a statement goes to: those of the first collection in its kind's order with a match; else the `U-…` ID
	 * when it is deliberately not published; else none. The list is shared between calls: read it, do not change it.
	 */
	entriesOf(kind: StatementKind, subject: string, text: string): readonly string[];
}

/** What match rules see: the statement with the subsection heading it stands under. */
export const matchContext = (subject: string, text: string): string => `${subject} ${text}`;

export function createPlacer(catalogue: Catalogue): Placer {
	// Every entry with match rules, collection by collection, then the classes of statements not published: one rule book,
	// so a statement is scanned once for all of them.
	const placeable: Array<{
		id: string;
		collection: PlaceableCollection | 'unpublished';
		rules: ReadonlyArray<Pick<MatchRule, 'all'> & { not?: string[] }>;
	}> = [];
	for (const collection of ['symptoms', 'causes', 'remedies', 'prevention', 'cases'] as const) {
		for (const entry of catalogue[collection] as ReadonlyArray<{ id: string; match: MatchRule[] }>)
			if (entry.match.length > 0) placeable.push({ id: entry.id, collection, rules: entry.match });
	}
	for (const u of catalogue.unpublished) placeable.push({ id: u.id, collection: 'unpublished', rules: [u] });
	const book = compileRuleBook(placeable.map((p) => p.rules));
	const indexesOf = Map.groupBy(placeable.keys(), (i) => placeable[i]!.collection);
	const entriesOfUncached = (kind: StatementKind, context: string): readonly string[] => {
		const found = book.scan(context);
		const matching = (collection: PlaceableCollection | 'unpublished') =>
			(indexesOf.get(collection) ?? []).filter((i) => book.accepts(i, found)).map((i) => placeable[i]!.id);
		for (const collection of PLACEMENT_ORDER[kind]) {
			const hits = matching(collection);
			if (hits.length) return hits;
		}
		// Deliberately not published: the first class that matches.
		return matching('unpublished').slice(0, 1);
	};
	// The same statement recurs in many articles (copied text): match it against the catalogue once per heading it stands
	// under and kind. Nested maps, subject then text, then the kind: no concatenated key string per statement
	// (~465,000 statements at 10,000 articles), and no list that grows with the headings a text occurs under.
	const cache = new Map<string, Map<string, Partial<Record<StatementKind, readonly string[]>>>>();
	return {
		entriesOf: (kind, subject, text) => {
			let texts = cache.get(subject);
			if (!texts) {
				texts = new Map();
				cache.set(subject, texts);
			}
			let kinds = texts.get(text);
			if (!kinds) {
				kinds = {};
				texts.set(text, kinds);
			}
			let entries = kinds[kind];
			if (!entries) {
				entries = entriesOfUncached(kind, matchContext(subject, text));
				kinds[kind] = entries.length ? entries : NONE;
			}
			return entries;
		},
	};
}

const NONE: readonly string[] = Object.freeze([]);

/** A statement with the catalogue entries it was placed into (`U-…` when deliberately not published; empty when unplaced). */
export interface PlacedUnit extends Unit {
	/** Shared with other statements of the same text: read it, do not change it. */
	entries: readonly string[];
}

/**
 * Places statements into the catalogue. Each one on its own: the pipeline does it as each article is cut, with one
 * placer (and its cache) for the whole run.
 */
export function place(units: readonly Unit[], placer: Placer): PlacedUnit[] {
	return units.map(({ kind, text, subject, provenance }) => ({
		kind,
		text,
		subject,
		provenance,
		entries: placer.entriesOf(kind, subject, text),
	}));
}
