import { HAN, isHan } from '../../../src/shared/chinese/han.ts';
import { isPinyinAnnotation } from '../../../src/shared/chinese/pinyin.ts';
import { countTraditional, toSimplified } from '../../../src/shared/chinese/standard.ts';
import { foldFullWidth, foldSpaces, removeInvisible } from '../../../src/shared/chinese/width.ts';
import type { DecodedSource, NormalizedSource, SourceLine } from '../types.ts';

/**
 * Stage 2 applies the project's one Chinese-text core (src/shared/chinese/): its width policy, its Traditional →
 * Simplified standard and its pinyin grammar, the same the site's search applies to queries. What stays here is the
 * stage's own policy: when an article or a line counts as Traditional, and which brackets are pinyin annotations.
 */

/** Conversion names recorded in {@link NormalizedSource.conversions}. */
export const CONVERSIONS = {
	traditional: 'traditional-to-simplified',
	traditionalLines: 'traditional-lines-to-simplified',
	fullWidth: 'full-width-to-half-width',
	invisible: 'invisible-characters-removed',
	pinyin: 'pinyin-annotations-removed',
	entities: 'html-entities-decoded',
} as const;

/** Named HTML character references a scraped page leaves as text (&mdash;, &nbsp;), and numeric ones with their &. */
const ENTITY_NAMES: Readonly<Record<string, string>> = {
	mdash: '—',
	ndash: '–',
	amp: '&',
	nbsp: ' ',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	middot: '·',
	times: '×',
	yen: '¥',
};
const ENTITY = /&(?:([a-z]{2,6})|#(\d{2,6})|#x([0-9a-f]{2,5}));/giu;

/** Decodes the character references of {@link ENTITY_NAMES} and numeric references; unknown names stay as they are. */
export function decodeEntities(text: string): string {
	return text.replace(ENTITY, (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
		if (name) return ENTITY_NAMES[name.toLowerCase()] ?? whole;
		const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
		return code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
	});
}

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
 * A bracketed Latin run right after a Chinese character (the characters themselves are counted in code, so the regex
 * never backtracks over long runs of Chinese), e.g. `刷卡(shuā kǎ)`, `刷卡（shua ka）`.
 * Whether the bracket holds pinyin is decided in code ({@link isPinyinAnnotation}); English like `(Point of Sale)` stays.
 */
const BRACKETED_LATIN = new RegExp(`(?<=${HAN})\\s?[(（]\\s*((?:[A-Za-z\\u00c0-\\u024f1-5'’·\\- ]|\\p{M}){1,80}?)\\s*[)）]`, 'gu');

/**
 * Stage 2, normalize: Unicode and script normalization. Pure; keeps one output line per decoded line (blank ones included),
 * so line numbers stay those of the decoded text.
 */
export function normalize(doc: DecodedSource): NormalizedSource {
	const conversions: string[] = [];
	let text = doc.text;

	const decoded = decodeEntities(text);
	if (decoded !== text) conversions.push(CONVERSIONS.entities);
	text = decoded;

	const visible = removeInvisible(text);
	if (visible !== text) conversions.push(CONVERSIONS.invisible);
	text = foldSpaces(visible);

	const halfWidth = foldFullWidth(text);
	if (halfWidth !== text) conversions.push(CONVERSIONS.fullWidth);
	text = halfWidth;

	if (isTraditional(text)) {
		text = toSimplified(text);
		conversions.push(CONVERSIONS.traditional);
	} else {
		let converted = false;
		text = text
			.split('\n')
			.map((line) => {
				if (!isTraditionalLine(line)) return line;
				converted = true;
				return toSimplified(line);
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
	for (let i = offset - 1; i >= 0 && count < 20 && isHan(text[i]); i--) count++;
	return count;
}

// --- Traditional script -------------------------------------------------------------------------------------------

/** Detection looks at the first ideographs only: an article's script does not change halfway. */
const DETECTION_SAMPLE = 1000;

/** True when enough of the ideographs are Traditional-only forms (thresholds of a whole article unless given). */
export function isTraditional(text: string, minChars = TRADITIONAL_MIN_CHARS, minShare = TRADITIONAL_SHARE): boolean {
	const { ideographs, traditional } = countTraditional(text, DETECTION_SAMPLE);
	return traditional >= minChars && traditional / ideographs >= minShare;
}

/** True when stage 2 converts `line` on its own in a Simplified article (copied furniture in Traditional script). */
export function isTraditionalLine(line: string): boolean {
	return isTraditional(line, TRADITIONAL_LINE_MIN_CHARS, TRADITIONAL_LINE_SHARE);
}
