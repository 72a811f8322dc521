import type { MatchRule } from '../../../src/schemas/match-rule.ts';
import type { Provenance } from '../../../src/schemas/statement.ts';
import type { Catalogue } from '../catalogue.ts';
import { compileRuleBook } from '../text/match.ts';
import { groupNearDuplicates, stableId } from '../text/near-duplicates.ts';
import { typesetChinese } from '../text/typeset.ts';
import type { ClassifiedItem, StatementKind } from '../types.ts';

/**
 * Stage 7: cut classified items into statements, collapse near-duplicates across articles into one statement
 * with all its provenance, and place each statement into the catalogue entries whose match rules it meets.
 */

/** One distinct statement after merging. */
export interface MergedStatement {
	/** Stable ID derived from the text. */
	id: string;
	kind: StatementKind;
	text: string;
	sources: Provenance[];
	/** Catalogue entry IDs it was placed into; `U-…` IDs when it is deliberately not published; empty when unplaced. */
	entries: string[];
}

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

export interface Unit {
	kind: StatementKind;
	text: string;
	/** Text the match rules see: the statement plus the subsection heading it stands under. */
	/** The subsection heading the statement stands under ('' when it names no subject): match rules see it too. */
	subject: string;
	provenance: Provenance;
}

/** Items become statements: a labelled or numbered item is one statement; running text gives one per sentence. */
export function toUnits(items: readonly ClassifiedItem[]): Unit[] {
	const units: Unit[] = [];
	for (const item of items) {
		if (item.role === 'heading') continue;
		const section = item.headings.at(-1) ?? '';
		// A subsection heading ("（一）账户余额不足") names the subject of the text under it; a top heading is too broad.
		const subject = item.headings.length >= 2 ? section : '';
		const provenance = { file: item.file, section, line: item.line };
		const texts = item.role === 'item' ? [item.label ? `${item.label}：${item.text}` : item.text] : item.sentences;
		for (const raw of texts) {
			if (raw === item.label && !item.text) continue;
			const text = typesetChinese(raw);
			units.push({ kind: item.kind, text, subject, provenance });
		}
	}
	return units;
}

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

const byPosition = (a: Provenance, b: Provenance) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** A statement with the catalogue entries it was placed into (`U-…` when deliberately not published; empty when unplaced). */
export interface PlacedUnit extends Unit {
	/** Shared with other statements of the same text: read it, do not change it. */
	entries: readonly string[];
}

/**
 * Places statements into the catalogue. Each one on its own: the pipeline does it as each article is cut, with one
 * placer (and its cache) for the whole run.
 */
export function placeUnits(units: readonly Unit[], placer: Placer): PlacedUnit[] {
	return units.map(({ kind, text, subject, provenance }) => ({
		kind,
		text,
		subject,
		provenance,
		entries: placer.entriesOf(kind, subject, text),
	}));
}

/** Places and merges the statements of all articles: {@link placeUnits}, then {@link mergePlaced}. */
export function merge(units: readonly Unit[], catalogue: Catalogue): MergedStatement[] {
	return mergePlaced(placeUnits(units, createPlacer(catalogue)));
}

/**
 * Merges placed statements of all articles (the pipeline cuts and places articles one at a time, so their items need
 * not be held together): near-duplicates become one statement with every provenance and the union of their entries.
 */
export function mergePlaced(allUnits: readonly PlacedUnit[]): MergedStatement[] {
	const units = [...allUnits].sort((a, b) => byPosition(a.provenance, b.provenance));
	const groupOf = groupNearDuplicates(units.map((u) => u.text));
	const merged = new Map<number, MergedStatement>();
	for (const [i, unit] of units.entries()) {
		const root = groupOf[i]!;
		const existing = merged.get(root);
		if (!existing) {
			merged.set(root, {
				id: stableId(unit.text),
				kind: unit.kind,
				text: unit.text,
				sources: [unit.provenance],
				entries: [...unit.entries],
			});
			continue;
		}
		existing.sources.push(unit.provenance);
		for (const e of unit.entries) if (!existing.entries.includes(e)) existing.entries.push(e);
	}
	// Published entries win over a "not published" verdict reached by a near-duplicate.
	for (const statement of merged.values()) {
		if (statement.entries.some((e) => !e.startsWith('U-'))) statement.entries = statement.entries.filter((e) => !e.startsWith('U-'));
		statement.entries.sort();
	}
	return [...merged.values()];
}
