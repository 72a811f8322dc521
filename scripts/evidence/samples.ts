import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/**
 * The labelled samples of tests/evidence/ (issue 14): real statements labelled fact / not a fact, and placements of
 * statements into entries labelled correct / wrong. Read by the evidence tests and `npm run eval:evidence`.
 */

/** A labelled statement (tests/evidence/statements*.yaml). */
export interface LabelledStatement {
	/** Source file name without .txt. */
	page: string;
	line: number;
	/** The classifier's kind, and the innermost section heading, when it was cut. */
	kind: string;
	heading: string;
	text: string;
	/** `fact`, or what it is instead (question, heading, fragment, filler, furniture, meta, call, contradicts, promotion). */
	label: string;
}

/** A labelled placement (tests/evidence/placements*.yaml). */
export interface LabelledPlacement {
	page: string;
	line: number;
	text: string;
	entry: string;
	verdict: 'correct' | 'wrong';
	/** For a wrong placement: the entry it belongs to, or `none`. */
	right?: string;
}

export interface Samples {
	statements: LabelledStatement[];
	placements: LabelledPlacement[];
	/** Label of a statement by its text (the first labelled occurrence). */
	labelOf(text: string): string | undefined;
	/** Verdict of a placement: `correct` when labelled so or named as the right entry of a wrong one; undefined when unlabelled. */
	verdictOf(text: string, entry: string): 'correct' | 'wrong' | undefined;
}

export function indexSamples(statements: LabelledStatement[], placements: LabelledPlacement[]): Samples {
	const labels = new Map<string, string>();
	for (const s of statements) if (!labels.has(s.text)) labels.set(s.text, s.label);
	const verdicts = new Map<string, Map<string, 'correct' | 'wrong'>>();
	const set = (text: string, entry: string, verdict: 'correct' | 'wrong') => {
		let byEntry = verdicts.get(text);
		if (!byEntry) {
			byEntry = new Map();
			verdicts.set(text, byEntry);
		}
		// A placement labelled correct anywhere is correct: the same text is judged by its words, not by where it stood.
		if (byEntry.get(entry) !== 'correct') byEntry.set(entry, verdict);
	};
	for (const p of placements) {
		set(p.text, p.entry, p.verdict);
		if (p.verdict === 'wrong' && p.right && p.right !== 'none') set(p.text, p.right, 'correct');
	}
	return {
		statements,
		placements,
		labelOf: (text) => labels.get(text),
		verdictOf: (text, entry) => verdicts.get(text)?.get(entry),
	};
}

/** Reads every statements*.yaml and placements*.yaml of a folder (the development samples and later batches). */
export async function readSamples(files: { statements: readonly string[]; placements: readonly string[] }): Promise<Samples> {
	const read = async <T>(paths: readonly string[]): Promise<T[]> =>
		(await Promise.all(paths.map(async (p) => (parse(await readFile(p, 'utf8')) as T[] | null) ?? []))).flat();
	return indexSamples(await read<LabelledStatement>(files.statements), await read<LabelledPlacement>(files.placements));
}

/** The development samples. */
export const DEV_SAMPLES = {
	statements: ['tests/evidence/statements.yaml'],
	placements: ['tests/evidence/placements.yaml'],
} as const;
