import * as OpenCC from 'opencc-js';
import type { DecodedSource, NormalizedSource, SourceLine } from '../types.ts';

/** Conversion names recorded in {@link NormalizedSource.conversions}. */
export const CONVERSIONS = {
	traditional: 'traditional-to-simplified',
	traditionalLines: 'traditional-lines-to-simplified',
	fullWidth: 'full-width-to-half-width',
	invisible: 'invisible-characters-removed',
	pinyin: 'pinyin-annotations-removed',
} as const;

/**
 * A document is converted to Simplified script when at least this share of its ideographs change under
 * Traditional→Simplified conversion. Simplified text scores ~0; Traditional articles score 0.2–0.4.
 */
const TRADITIONAL_SHARE = 0.1;
/** …and at least this many ideographs change (a single variant character is not a Traditional article). */
const TRADITIONAL_MIN_CHARS = 2;
/**
 * In a Simplified article, a single line is converted when at least this share of its ideographs, and at least
 * TRADITIONAL_LINE_MIN_CHARS of them, are Traditional-only: copied furniture such as `保留所有權利 未經許可不得轉載` then
 * meets the same (Simplified) rules as the rest. Simplified lines score ~0, so a stray variant character never converts one.
 */
const TRADITIONAL_LINE_SHARE = 0.2;
const TRADITIONAL_LINE_MIN_CHARS = 3;

/**
 * Full-width punctuation that Chinese text uses legitimately and keeps: ！（），：；？.
 * Every other full-width ASCII form (letters, digits, ％ ＃ ／ ．…) becomes half-width.
 */
const KEEP_FULL_WIDTH = new Set(['！', '（', '）', '，', '：', '；', '？']);

/** Format (zero-width, bidi, soft hyphen, BOM), private-use, unassigned, surrogate and control characters other than tab/LF. */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]|(?![\t\n])\p{Cc}/gu;
/** Spaces that are not U+0020: tab, no-break, en/em/thin spaces, line/paragraph separators, ideographic space. */
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * A bracketed Latin run right after a Chinese character (the characters themselves are counted in code, so the regex
 * never backtracks over long runs of Chinese), e.g. `刷卡(shuā kǎ)`, `刷卡（shua ka）`.
 * Whether the bracket holds pinyin is decided in code ({@link isPinyinAnnotation}); English like `(Point of Sale)` stays.
 */
const BRACKETED_LATIN = /(?<=[\u4e00-\u9fff])\s?[(（]\s*((?:[A-Za-z\u00c0-\u024f1-5'’·\- ]|\p{M}){1,80}?)\s*[)）]/gu;

/**
 * Stage 2: Unicode and script normalization. Pure; keeps one output line per decoded line (blank ones included),
 * so line numbers stay those of the decoded text.
 */
export function normalize(doc: DecodedSource): NormalizedSource {
	const conversions: string[] = [];
	let text = doc.text;

	const visible = text.replace(INVISIBLE, '');
	if (visible !== text) conversions.push(CONVERSIONS.invisible);
	text = visible.replace(ODD_SPACE, ' ').normalize('NFC');

	const halfWidth = text.replace(FULL_WIDTH, (char) =>
		KEEP_FULL_WIDTH.has(char) ? char : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
	);
	if (halfWidth !== text) conversions.push(CONVERSIONS.fullWidth);
	text = halfWidth;

	if (isTraditional(text)) {
		text = traditionalToSimplified()(text);
		conversions.push(CONVERSIONS.traditional);
	} else {
		let converted = false;
		text = text
			.split('\n')
			.map((line) => {
				if (!isTraditional(line, TRADITIONAL_LINE_MIN_CHARS, TRADITIONAL_LINE_SHARE)) return line;
				converted = true;
				return traditionalToSimplified()(line);
			})
			.join('\n');
		if (converted) conversions.push(CONVERSIONS.traditionalLines);
	}

	const withoutPinyin = text.replace(BRACKETED_LATIN, (whole: string, inside: string, offset: number, all: string) =>
		isPinyinAnnotation(inside, hanziBefore(all, offset)) ? '' : whole,
	);
	if (withoutPinyin !== text) conversions.push(CONVERSIONS.pinyin);
	text = withoutPinyin;

	const lines: SourceLine[] = text.split('\n').map((lineText, index) => ({ line: index + 1, text: lineText.trimEnd() }));
	return { file: doc.file, encoding: doc.encoding, lines, conversions };
}

/** Number of Chinese characters right before `offset`, counted up to the longest annotation we accept (20). */
function hanziBefore(text: string, offset: number): number {
	let count = 0;
	for (let i = offset - 1; i >= 0 && count < 20; i--) {
		const code = text.charCodeAt(i);
		if (code < 0x4e00 || code > 0x9fff) break;
		count++;
	}
	return count;
}

// --- Traditional script -------------------------------------------------------------------------------------------

let converter: ((text: string) => string) | undefined;
/** One byte per ideograph U+4E00–U+9FFF: 1 when it changes under Traditional→Simplified conversion. */
let traditionalOnly: Uint8Array | undefined;
/** Detection looks at the first ideographs only: an article's script does not change halfway. */
const DETECTION_SAMPLE = 1000;

/** Lazily built once: the opencc dictionaries take a few milliseconds to load. */
function traditionalToSimplified(): (text: string) => string {
	converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
	return converter;
}

/** Any text in Simplified script, with the same conversion the stage applies to a Traditional article. */
export function toSimplified(text: string): string {
	return traditionalToSimplified()(text);
}

/**
 * Ideographs that change when converted on their own. Built once from the converter so detection is a set lookup per
 * character (linear and cheap) instead of a dictionary conversion of every article.
 */
function traditionalCharacters(): Uint8Array {
	if (traditionalOnly) return traditionalOnly;
	const chars: string[] = [];
	for (let code = 0x4e00; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
	const converted = traditionalToSimplified()(chars.join('\n')).split('\n');
	traditionalOnly = new Uint8Array(chars.length);
	chars.forEach((char, i) => {
		if (converted[i] !== char) (traditionalOnly as Uint8Array)[i] = 1;
	});
	return traditionalOnly;
}

/** True when enough of the ideographs are Traditional-only forms (thresholds of a whole article unless given). */
export function isTraditional(text: string, minChars = TRADITIONAL_MIN_CHARS, minShare = TRADITIONAL_SHARE): boolean {
	const traditional = traditionalCharacters();
	let ideographs = 0;
	let changed = 0;
	for (let i = 0; i < text.length && ideographs < DETECTION_SAMPLE; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x4e00 || code > 0x9fff) continue;
		ideographs++;
		changed += traditional[code - 0x4e00] ?? 0;
	}
	return changed >= minChars && changed / ideographs >= minShare;
}

// --- Pinyin annotations --------------------------------------------------------------------------------------------

/** Toneless pinyin syllables (ü written u or v). Over-generates a little; English words still fail it. */
const PINYIN_SYLLABLE = new RegExp(
	'^(?:' +
		[
			'[bpmf](?:a|o|ai|ei|ao|ou|an|en|ang|eng|i|ie|iao|ian|in|ing|u)',
			'[dt](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|i|ie|iao|iu|ian|ing|u|uo|ui|uan|un)',
			'[nl](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|i|ie|iao|iu|ian|in|iang|ing|u|uo|uan|un|v|ve|ue)',
			'[gkh](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|u|ua|uo|uai|ui|uan|un|uang)',
			'[jqx](?:i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ue|uan|un)',
			'(?:zh|ch|sh|[zcs])(?:a|e|i|ai|ei|ao|ou|an|en|ang|eng|ong|u|ua|uo|uai|ui|uan|un|uang)',
			'r(?:e|i|ao|ou|an|en|ang|eng|ong|u|ua|uo|ui|uan|un)',
			'y(?:a|e|i|o|ao|ou|an|in|ang|ing|ong|u|ue|uan|un)',
			'w(?:a|o|u|ai|ei|an|en|ang|eng)',
			'a|o|e|ai|ei|ao|ou|an|en|ang|eng|er',
		].join('|') +
		')[1-5]?$',
);

/** Number of pinyin syllables a token splits into, or 0 when it is not pinyin (dynamic programming, tokens ≤ 80 chars). */
export function countPinyinSyllables(token: string): number {
	const best: number[] = [0];
	for (let end = 1; end <= token.length; end++) {
		best[end] = Number.POSITIVE_INFINITY;
		for (let start = Math.max(0, end - 7); start < end; start++) {
			const before = best[start] ?? Number.POSITIVE_INFINITY;
			if (before !== Number.POSITIVE_INFINITY && PINYIN_SYLLABLE.test(token.slice(start, end)))
				best[end] = Math.min(best[end] ?? Infinity, before + 1);
		}
	}
	const count = best[token.length] ?? Number.POSITIVE_INFINITY;
	return count === Number.POSITIVE_INFINITY ? 0 : count;
}

/**
 * True when a bracket after `hanziCount` Chinese characters holds their pinyin: every token splits into pinyin syllables,
 * there are no more syllables than characters, and it is written like pinyin (tone marks or digits, or all lower case with
 * at least two syllables). `(Point of Sale)`, `(POS)`, `(China)` and `(a)` fail.
 */
export function isPinyinAnnotation(inside: string, hanziCount: number): boolean {
	const hasTones = /[\u00c0-\u024f1-5]|\p{M}/u.test(inside);
	if (!hasTones && inside !== inside.toLowerCase()) return false;
	const plain = inside.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	if (/[^a-z1-5'’·\- ]/.test(plain)) return false;
	let syllables = 0;
	for (const token of plain.split(/[\s'’·-]+/)) {
		if (token === '') continue;
		const count = countPinyinSyllables(token);
		if (count === 0) return false;
		syllables += count;
	}
	return syllables > 0 && syllables <= hanziCount && (hasTones || syllables >= 2);
}
