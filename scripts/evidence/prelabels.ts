import { HAN } from '../../src/shared/chinese/han.ts';
import { isPinyinAnnotation } from '../../src/shared/chinese/pinyin.ts';
import { toSimplified } from '../../src/shared/chinese/standard.ts';
import { foldQuery } from '../../src/shared/chinese/width.ts';
import type { ShownStatement } from './measure.ts';
import { indexSamples, type LabelledStatement, type Samples } from './samples.ts';

/**
 * The samples' lookup for pre-labelled batches (issue 14, held-out measurement; `npm run eval:evidence -- --prelabels
 * FILES`): a held-out batch is pre-labelled sentence by sentence from the raw pages before anything runs on it
 * (tests/evidence/sentences-<batch>.yaml). What the site shows is the cleaned, cut text, so the labels cannot be looked
 * up by text. A shown statement without a label of its own is judged by the raw sentence it came from: same page, the
 * pre-labelled sentence whose characters (Traditional folded to Simplified, punctuation and spaces dropped) contain it,
 * or overlap it most, nearest line first. A shown statement made of several raw sentences takes the worst of their
 * labels (a fact only if every part is one). Pure.
 */

/**
 * Characters compared: letters, digits and Han, widths folded and Traditional folded to Simplified by the project's
 * Chinese-text core (src/shared/chinese/), lower case.
 */
export function comparable(text: string): string {
	return toSimplified(foldQuery(text).replace(BRACKETED_LATIN, (whole, inside: string) => (isPinyinAnnotation(inside, 1) ? '' : whole)))
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Inline pinyin after a character, as some Traditional pages print it (`國(guó)`): the pipeline drops it (stage 2), so
 * must the lookup; whether a bracket holds pinyin is the shared core's decision ({@link isPinyinAnnotation}).
 */
const BRACKETED_LATIN = new RegExp(`(?<=${HAN})[(（]([^()（）]{1,40})[)）]`, 'gu');

/** Share of the characters of `part` found, in order, as bigrams of `whole` (a cheap containment score). */
export function containment(part: string, whole: string): number {
	if (part.length === 0) return 0;
	if (whole.includes(part)) return 1;
	if (part.length === 1) return whole.includes(part) ? 1 : 0;
	const grams = new Set<string>();
	for (let i = 0; i + 1 < whole.length; i++) grams.add(whole.slice(i, i + 2));
	let hit = 0;
	for (let i = 0; i + 1 < part.length; i++) if (grams.has(part.slice(i, i + 2))) hit++;
	return hit / (part.length - 1);
}

/** A shown statement where it was read: its page (file without .txt) and line. */
export interface Shown {
	page: string;
	line: number;
	kind: string;
	heading: string;
	text: string;
}

/** The label a shown statement inherits from the raw sentences it came from, and those sentences; undefined when none explains it. */
export function inherit(shown: Shown, prelabels: readonly LabelledStatement[]): { label: string; from: string[] } | undefined {
	const target = comparable(shown.text);
	const onPage = prelabels
		.filter((s) => s.page === shown.page)
		.map((s) => ({ s, c: comparable(s.text) }))
		.filter((x) => x.c.length > 0);
	// One raw sentence that holds the statement (the statement is it, or a cleaned part of it).
	const holders = onPage
		.map((x) => ({ ...x, score: containment(target, x.c) }))
		.filter((x) => x.score >= 0.8)
		.sort((a, b) => b.score - a.score || Math.abs(a.s.line - shown.line) - Math.abs(b.s.line - shown.line));
	if (holders[0]) return { label: holders[0].s.label, from: [holders[0].s.text] };
	// Several raw sentences that together make the statement.
	const parts = onPage.filter((x) => x.c.length >= 4 && containment(x.c, target) >= 0.8);
	const covered = parts.reduce((n, x) => n + x.c.length, 0);
	if (parts.length > 0 && covered >= 0.8 * target.length) {
		const notFact = parts.find((x) => x.s.label !== 'fact');
		return { label: notFact ? notFact.s.label : 'fact', from: parts.map((x) => x.s.text) };
	}
	return undefined;
}

/** Where a shown statement was first read, as the pre-labels name it. */
export function shownAt(s: ShownStatement): Shown {
	const at = /^(.*):(\d+)$/u.exec(s.source);
	return { page: at?.[1] ?? s.source, line: Number(at?.[2] ?? 0), kind: s.kind ?? '', heading: s.heading ?? '', text: s.text };
}

/**
 * The samples with every shown statement they do not label judged by its raw pre-labelled sentence ({@link inherit}):
 * the inherited labels join the statements (with the raw sentences they came from), so the measurement counts them;
 * `unexplained` lists the shown statements no sentence explains (label them by hand).
 */
export function withPrelabels(
	samples: Samples,
	shown: readonly ShownStatement[],
	prelabels: readonly LabelledStatement[],
): { samples: Samples; inherited: Array<LabelledStatement & { inheritedFrom: string[] }>; unexplained: Shown[] } {
	const inherited: Array<LabelledStatement & { inheritedFrom: string[] }> = [];
	const unexplained: Shown[] = [];
	for (const s of shown) {
		if (samples.labelOf(s.text) !== undefined) continue;
		const at = shownAt(s);
		const got = inherit(at, prelabels);
		if (got) inherited.push({ ...at, label: got.label, inheritedFrom: got.from });
		else unexplained.push(at);
	}
	return { samples: indexSamples([...samples.statements, ...inherited], samples.placements), inherited, unexplained };
}
