import type { Provenance } from '../../../src/schemas/statement.ts';
import { groupNearDuplicates, stableId } from '../text/near-duplicates.ts';
import type { StatementKind } from '../types.ts';
import type { PlacedUnit } from './place.ts';

/**
 * Stage 11, merge: near-duplicate statements of all articles (MinHash + LSH, scripts/pipeline/text/near-duplicates.ts)
 * become one statement with every provenance and the union of the entries they were placed into.
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

const byPosition = (a: Provenance, b: Provenance) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/**
 * Merges placed statements of all articles (the pipeline cuts and places articles one at a time, so their items need
 * not be held together): near-duplicates become one statement with every provenance and the union of their entries.
 */
export function merge(allUnits: readonly PlacedUnit[]): MergedStatement[] {
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
