import { HAN_CHAR as HAN } from '../chinese/han.ts';

/**
 * Text operations of the site search that know no vocabulary: splitting into the words Pagefind looks up and the
 * longest-match phrase scan. Width folding and the Han class come from the Chinese-text core (src/shared/chinese/).
 * Pure and dependency-free (browser, Astro build, Node).
 */

/** Punctuation and symbols separate words; they never carry meaning in a query. */
const SEPARATORS = /[\p{P}\p{S}\s]+/gu;

/** Phrases grouped by first character, longest first: a left-to-right longest-match scan needs no regex. */
export type PhraseTable = Map<string, Array<[string, string]>>;

export function table(pairs: Iterable<[string, string]>): PhraseTable {
	const byFirst: PhraseTable = new Map();
	for (const [from, to] of pairs) {
		const first = from[0];
		if (first === undefined) continue;
		const list = byFirst.get(first) ?? [];
		list.push([from, to]);
		byFirst.set(first, list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
	return byFirst;
}

const ASCII_LETTER = /[a-z]/i;

/**
 * An English phrase matches whole words only (swipe is not the start of swiped); a phrase that starts or ends with a
 * Chinese character may touch anything.
 */
function asciiBounded(text: string, start: number, length: number): boolean {
	const first = text[start] as string;
	const last = text[start + length - 1] as string;
	if (ASCII_LETTER.test(first) && ASCII_LETTER.test(text[start - 1] ?? '')) return false;
	if (ASCII_LETTER.test(last) && ASCII_LETTER.test(text[start + length] ?? '')) return false;
	return true;
}

/** A phrase that maps to itself (a canonical term of the vocabulary, or a filler kept as it is). */
const selfMapped = ([from, to]: [string, string]): boolean => to !== '' && from === to.replace(/\s+/g, '');

/**
 * Whether a phrase written out in full starts inside [start, end) and runs past it: then the match at `start` would
 * eat the beginning of a term the reader typed whole (卡无效 in 刷卡无效金额 would take 无效 from 无效金额).
 */
function cutsIntoTerm(text: string, phrases: PhraseTable, start: number, end: number): boolean {
	for (let j = start + 1; j < end; j++) {
		const candidates = phrases.get(text[j] as string);
		if (candidates?.some((p) => selfMapped(p) && j + p[0].length > end && text.startsWith(p[0], j) && asciiBounded(text, j, p[0].length)))
			return true;
	}
	return false;
}

/**
 * Replaces phrases left to right, longest match first; replaced text is not scanned again, so a canonical term
 * is never rewritten by another rule. A match is skipped where it would cut into a canonical term the text writes out
 * in full further on (刷卡无效金额: 无效金额, not 卡无效 → 无效卡号). `pad` puts spaces around replacements so they stay
 * separate words.
 */
export function replacePhrases(text: string, phrases: PhraseTable, pad: boolean): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		const candidates = phrases.get(text[i] as string);
		const found = candidates?.find(([from]) => text.startsWith(from, i) && asciiBounded(text, i, from.length));
		const hit = found && !selfMapped(found) && cutsIntoTerm(text, phrases, i, i + found[0].length) ? undefined : found;
		if (hit) {
			out += pad ? ` ${hit[1]} ` : hit[1];
			i += hit[0].length;
		} else {
			out += text[i];
			i++;
		}
	}
	return out;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Words of a text as the browser segments Chinese: Pagefind splits queries with the same `Intl.Segmenter`, so
 * these are the words it will look up. Without `Intl.Segmenter` (very old browsers) text splits at spaces only.
 */
export function segmentWords(text: string): string[] {
	const out: string[] = [];
	for (const chunk of text.split(SEPARATORS)) {
		if (!chunk) continue;
		if (typeof Intl.Segmenter !== 'function') {
			out.push(chunk);
			continue;
		}
		segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
		for (const { segment, isWordLike } of segmenter.segment(chunk)) if (isWordLike) out.push(segment);
	}
	return out;
}

/** Joins words back into running text: Chinese words touch (so phrases spanning them match), others keep a space. */
export function rejoin(words: readonly string[]): string {
	let out = '';
	for (const word of words) {
		const previous = out.at(-1);
		out += previous !== undefined && !(HAN.test(previous) && HAN.test(word[0] ?? '')) ? ` ${word}` : word;
	}
	return out;
}
