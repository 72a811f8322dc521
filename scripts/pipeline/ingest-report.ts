import type { ResponseCode } from '../../src/schemas/response-code.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { MergedStatement } from './stages/merge.ts';
import type { WithheldUnit } from './stages/screen.ts';
import { typesetChinese } from './text/typeset.ts';
import type { ClassifiedItem, CleanSource } from './types.ts';

/** What the report needs of each segmented item: where it is, and whether it is a heading and at which depth. */
export type OutlineItem = Pick<ClassifiedItem, 'file' | 'line' | 'role' | 'depth'>;

/** The ingest report (build/ingest-report.json): every passage of every source is either removed or kept. */
export interface IngestReport {
	sources: Array<{
		file: string;
		encoding: string;
		conversions: string[];
		title: string;
		removed: Array<{ text: string; rule: string; line: number }>;
		substitutions: Array<{ line: number; rule: string; from: string; to: string }>;
		/** The kept passages, typeset as the pages print them (scripts/pipeline/text/typeset.ts). */
		kept: Array<{ text: string; entries: string[]; line: number }>;
		/** What the source gave the site: its published statements (after merging, counted once per source) and their entries. */
		contributed: { statements: number; entries: string[] };
	}>;
	summary: {
		files: number;
		rejected: number;
		passagesKept: number;
		passagesRemoved: number;
		removedByRule: Record<string, number>;
		substitutions: number;
		statements: number;
		placed: number;
		notPublished: number;
		unplaced: number;
		/** Share of statements placed into a published entry, 0–1. */
		placedShare: number;
		/** Cut statements not published as evidence (not facts, contradicting the catalogue, not publishable). */
		withheld: number;
		/** Withheld statements by check and rule, e.g. `form/question`, `claim/code-meaning`. */
		withheldByRule: Record<string, number>;
		/** Sources with at least one published statement. */
		contributing: number;
		/** Files of the sources that gave the site nothing (every passage removed, withheld or unplaced). */
		contributedNothing: string[];
	};
	/** Statements that fit no entry: editors decide (new entry, new match rule, or src/editorial/unpublished.yaml). */
	unplaced: Array<{ text: string; kind: string; sources: string[] }>;
	/**
	 * Every cut statement not published as evidence, by source file, and why: one line each, so
	 * `grep '"rule":"question"' build/ingest-report.json` lists them (the file heads its block).
	 */
	/**
	 * Section headings of the sources that the publication gate keeps out of 出处 (the statements under them are still
	 * shown, with file and line), with the rule and what it found.
	 */
	hiddenHeadings?: Array<{ file: string; line: number; section: string; rule: string; found: string }>;
	/**
	 * (Statement, entry) pairs the match rules proposed and the placement verifier (src/editorial/placement-verifier.yaml)
	 * rejected, with its probability that the pair is correct and the features that weighed most against it. Absent when
	 * no verifier ran or it rejected nothing.
	 */
	placementsRejected?: Array<{ file: string; line: number; text: string; entry: string; score: number; reason: string }>;
	withheld: Array<{
		file: string;
		statements: Array<{ line: number; text: string; check: string; rule: string; label: string; found: string }>;
	}>;
	/**
	 * Response codes the sources give another meaning than the catalogue's, grouped by code and claimed meaning, most
	 * sources first. A common one may be recorded in the code's `misconceptions` (src/editorial/codes.yaml).
	 */
	contradictions: Array<{ code: string; claimed: string; catalogue: string; occurrences: number; recorded: boolean; sources: string[] }>;
	diagnostics: Diagnostic[];
}

/**
 * Builds the report. A kept passage lists the entries its statements were placed into; a heading lists the entries
 * of the passages in its section; the title those of the whole article.
 */
export function buildReport(
	cleaned: readonly CleanSource[],
	items: readonly OutlineItem[],
	statements: readonly MergedStatement[],
	rejected: number,
	diagnostics: readonly Diagnostic[],
	withheld: readonly WithheldUnit[] = [],
	codes: readonly ResponseCode[] = [],
): IngestReport {
	// Entries by file, then line (line 0: the whole article). Nested maps, not `${file}:${line}` keys: at 10,000 articles
	// the string keys alone cost seconds. Small arrays, not sets: a line has a few entries, and there are ~600,000 lines.
	const entriesAt = new Map<string, Map<number, string[]>>();
	const linesOf = (file: string) => {
		let lines = entriesAt.get(file);
		if (!lines) {
			lines = new Map();
			entriesAt.set(file, lines);
		}
		return lines;
	};
	const at = (lines: Map<number, string[]>, line: number) => {
		let list = lines.get(line);
		if (!list) {
			list = [];
			lines.set(line, list);
		}
		return list;
	};
	// Kept sorted as they grow, so a passage's list needs no sorting to be interned below.
	const addAll = (to: string[], from: readonly string[] | undefined) => {
		if (!from) return;
		for (const e of from) {
			if (to.includes(e)) continue;
			let position = to.length;
			while (position > 0 && to[position - 1]! > e) position--;
			to.splice(position, 0, e);
		}
	};
	// One pass over the statements: the entries at each source line, what each source contributed (published statements,
	// a merged statement counted once per source, and their entries), and whether the statement is published, placed
	// only in unpublished entries (U-…), or unplaced.
	const contributions = new Map<string, { statements: number; entries: string[] }>();
	let published = 0;
	let notPublished = 0;
	const unplaced: MergedStatement[] = [];
	for (const s of statements) {
		for (const p of s.sources) addAll(at(linesOf(p.file), p.line), s.entries);
		if (s.entries.length === 0) {
			unplaced.push(s);
			continue;
		}
		const entries = s.entries.filter((e) => !e.startsWith('U-'));
		if (entries.length === 0) {
			notPublished++;
			continue;
		}
		published++;
		for (const file of new Set(s.sources.map((p) => p.file))) {
			let c = contributions.get(file);
			if (!c) {
				c = { statements: 0, entries: [] };
				contributions.set(file, c);
			}
			c.statements++;
			addAll(c.entries, entries);
		}
	}

	// Sections: a heading covers the lines after it until the next heading at the same or an outer depth.
	const byFile = Map.groupBy(items, (i) => i.file);
	for (const [file, fileItems] of byFile) {
		const lines = linesOf(file);
		const all = at(lines, 0);
		for (const [index, item] of fileItems.entries()) {
			addAll(all, lines.get(item.line));
			if (item.role !== 'heading') continue;
			const section = at(lines, item.line);
			for (let k = index + 1; k < fileItems.length; k++) {
				const next = fileItems[k]!;
				if (next.role === 'heading' && next.depth <= item.depth) break;
				addAll(section, lines.get(next.line));
			}
		}
	}

	// Most kept passages share one of a few entry lists: one sorted array per distinct list, not one per passage.
	const interned = new Map<string, string[]>();
	const noEntries: string[] = [];
	const internEntries = (entries: readonly string[] | undefined): string[] => {
		if (!entries?.length) return noEntries;
		const key = entries.length === 1 ? entries[0]! : entries.join(',');
		const known = interned.get(key);
		if (known) return known;
		const sorted = [...entries];
		interned.set(key, sorted);
		return sorted;
	};

	const removedByRule: Record<string, number> = {};
	let passagesKept = 0;
	let passagesRemoved = 0;
	let substitutions = 0;
	const sources = cleaned.map((source) => {
		for (const r of source.removed) removedByRule[r.rule] = (removedByRule[r.rule] ?? 0) + 1;
		passagesRemoved += source.removed.length;
		substitutions += source.substitutions.length;
		const lines = entriesAt.get(source.file);
		const titleLine = source.blocks.find((b) => b.text.trim() !== '')?.line;
		const kept = source.blocks
			.filter((b) => b.text.trim() !== '')
			.map((b) => {
				const own = lines?.get(b.line);
				const entries = b.line === titleLine && !own?.length ? lines?.get(0) : own;
				// Typeset as the pages print it (stage 8 cut), so a sentence copied from a page is found here with grep.
				return { line: b.line, text: typesetChinese(b.text), entries: internEntries(entries) };
			});
		passagesKept += kept.length;
		return {
			file: source.file,
			encoding: source.encoding,
			conversions: source.conversions,
			title: source.title,
			// The stage's own Removal objects: same fields; copying ~150,000 of them at 10,000 articles is garbage.
			removed: source.removed,
			// The stage's own objects (same keys, same order): a copy of ~570,000 of them at 10,000 articles is pure garbage.
			substitutions: source.substitutions,
			kept,
			contributed: contributions.get(source.file) ?? { statements: 0, entries: noEntries },
		};
	});
	return {
		sources,
		summary: {
			files: cleaned.length,
			rejected,
			passagesKept,
			passagesRemoved,
			removedByRule: Object.fromEntries(Object.entries(removedByRule).sort(([a], [b]) => (a < b ? -1 : 1))),
			substitutions,
			statements: statements.length,
			placed: published,
			notPublished,
			unplaced: unplaced.length,
			placedShare: statements.length ? Number((published / statements.length).toFixed(4)) : 1,
			withheld: withheld.length,
			withheldByRule: countBy(withheld, (u) => `${u.withheld.check}/${u.withheld.rule}`),
			contributing: sources.filter((x) => x.contributed.statements > 0).length,
			contributedNothing: sources.filter((x) => x.contributed.statements === 0).map((x) => x.file),
		},
		unplaced: unplaced.map((s) => ({ text: s.text, kind: s.kind, sources: s.sources.map((p) => `${p.file}:${p.line}`) })),
		withheld: [...Map.groupBy(withheld, (u) => u.provenance.file)].map(([file, units]) => ({
			file,
			statements: units.map(({ provenance, text, withheld: w }) => ({
				line: provenance.line,
				text,
				check: w.check,
				rule: w.rule,
				label: w.label,
				found: w.found,
			})),
		})),
		contradictions: contradictionsOf(withheld, codes),
		diagnostics: [...diagnostics],
	};
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
};

/** Places listed per contradiction in the report; the count says how many there are in all. */
const CONTRADICTION_SOURCES = 10;

function contradictionsOf(withheld: readonly WithheldUnit[], codes: readonly ResponseCode[]): IngestReport['contradictions'] {
	const groups = new Map<string, { code: string; claimed: string; sources: string[]; occurrences: number }>();
	for (const { withheld: w, provenance } of withheld) {
		if (w.rule !== 'code-meaning' || !w.code || !w.claimed) continue;
		const key = `${w.code}\t${w.claimed}`;
		let group = groups.get(key);
		if (!group) {
			group = { code: w.code, claimed: w.claimed, sources: [], occurrences: 0 };
			groups.set(key, group);
		}
		group.occurrences++;
		if (group.sources.length < CONTRADICTION_SOURCES) group.sources.push(`${provenance.file}:${provenance.line}`);
	}
	return [...groups.values()]
		.sort((a, b) => b.occurrences - a.occurrences || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
		.map((g) => {
			const code = codes.find((c) => c.id === g.code);
			const recorded = code?.misconceptions.some((m) => m.replace(/\s+/gu, '').includes(g.claimed.replace(/\s+/gu, ''))) ?? false;
			return { code: g.code, claimed: g.claimed, catalogue: code?.meaning ?? '', occurrences: g.occurrences, recorded, sources: g.sources };
		});
}
