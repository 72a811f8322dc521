import type { Provenance } from '../../../src/schemas/statement.ts';
import type { Catalogue } from '../catalogue.ts';
import { compileRules, type Matcher } from '../text/match.ts';
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
	/** Entry IDs a statement goes to; the first collection in the kind's order with a match wins. */
	place(kind: StatementKind, subject: string, text: string): string[];
	/** The `U-…` ID when the statement is deliberately not published. */
	unpublished(subject: string, text: string): string | undefined;
}

/** What match rules see: the statement with the subsection heading it stands under. */
export const matchContext = (subject: string, text: string): string => `${subject} ${text}`;

export function createPlacer(catalogue: Catalogue): Placer {
	const matchers = new Map<PlaceableCollection, Array<{ id: string; matches: Matcher }>>();
	for (const collection of ['symptoms', 'causes', 'remedies', 'prevention', 'cases'] as const) {
		const entries = catalogue[collection] as ReadonlyArray<{ id: string; match: Array<{ all: string[]; not: string[] }> }>;
		matchers.set(
			collection,
			entries.filter((e) => e.match.length > 0).map((e) => ({ id: e.id, matches: compileRules(e.match) })),
		);
	}
	const retired = catalogue.unpublished.map((u) => ({ id: u.id, matches: compileRules([u]) }));
	const placeUncached = (kind: StatementKind, context: string): string[] => {
		for (const collection of PLACEMENT_ORDER[kind]) {
			const hits = matchers
				.get(collection)!
				.filter((m) => m.matches(context))
				.map((m) => m.id);
			if (hits.length) return hits;
		}
		return [];
	};
	// The same statement under the same heading recurs in many articles (copied text): match it against the catalogue once.
	// Callers receive a copy, so the cached list cannot be changed through them.
	// Nested maps keyed by kind, subject and text: no concatenated key string per statement (600,000 at 10,000 articles).
	const placed = new Map<StatementKind, Map<string, Map<string, readonly string[]>>>();
	const retiredBy = new Map<string, string | undefined>();
	const placeOnce = (kind: StatementKind, subject: string, text: string): string[] => {
		const bySubject = placed.get(kind) ?? new Map<string, Map<string, readonly string[]>>();
		placed.set(kind, bySubject);
		const byText = bySubject.get(subject) ?? new Map<string, readonly string[]>();
		bySubject.set(subject, byText);
		let hits = byText.get(text);
		if (!hits) {
			hits = placeUncached(kind, matchContext(subject, text));
			byText.set(text, hits);
		}
		return [...hits];
	};
	return {
		place: placeOnce,
		unpublished: (subject, text) => {
			const context = matchContext(subject, text);
			if (!retiredBy.has(context)) retiredBy.set(context, retired.find((r) => r.matches(context))?.id);
			return retiredBy.get(context);
		},
	};
}

const byPosition = (a: Provenance, b: Provenance) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/**
 * Merges the statements of all articles (toUnits of each article's items; the pipeline cuts articles one at a time so
 * their items need not be held together).
 */
export function merge(allUnits: readonly Unit[], catalogue: Catalogue): MergedStatement[] {
	const units = [...allUnits].sort((a, b) => byPosition(a.provenance, b.provenance));
	const groupOf = groupNearDuplicates(units.map((u) => u.text));
	const placer = createPlacer(catalogue);
	const merged = new Map<number, MergedStatement>();
	for (const [i, unit] of units.entries()) {
		const root = groupOf[i]!;
		const placed = placer.place(unit.kind, unit.subject, unit.text);
		const entries = placed.length ? placed : [placer.unpublished(unit.subject, unit.text)].filter((x): x is string => x !== undefined);
		const existing = merged.get(root);
		if (!existing) {
			merged.set(root, { id: stableId(unit.text), kind: unit.kind, text: unit.text, sources: [unit.provenance], entries });
			continue;
		}
		existing.sources.push(unit.provenance);
		for (const e of entries) if (!existing.entries.includes(e)) existing.entries.push(e);
	}
	// Published entries win over a "not published" verdict reached by a near-duplicate.
	for (const statement of merged.values()) {
		if (statement.entries.some((e) => !e.startsWith('U-'))) statement.entries = statement.entries.filter((e) => !e.startsWith('U-'));
		statement.entries.sort();
	}
	return [...merged.values()];
}
