/**
 * Width folding and invisible characters: one policy for the pages (the cleaner's normalize stage) and the queries
 * (the browser's search), so a query typed in full-width forms meets the page text as the cleaner wrote it.
 * Pure and dependency-free.
 */

/**
 * Full-width punctuation that Chinese text uses legitimately and keeps: ！（），：；？.
 * Every other full-width ASCII form (letters, digits, ％ ＃ ／ ．…) becomes half-width.
 */
export const KEEP_FULL_WIDTH: ReadonlySet<string> = new Set(['！', '（', '）', '，', '：', '；', '？']);

/** Format (zero-width, bidi, soft hyphen, BOM), private-use, unassigned, surrogate and control characters other than tab/LF. */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]|(?![\t\n])\p{Cc}/gu;
/** Spaces that are not U+0020: tab, no-break, en/em/thin spaces, line/paragraph separators, ideographic space. */
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** The full-width forms of printable ASCII (U+FF01–U+FF5E). */
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** Drops invisible characters (see {@link INVISIBLE}); tab and line feed stay. */
export function removeInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

/** Odd spaces to U+0020 and canonical composition (NFC). */
export function foldSpaces(text: string): string {
	return text.replace(ODD_SPACE, ' ').normalize('NFC');
}

/**
 * Full-width ASCII forms to half-width except the punctuation Chinese text keeps ({@link KEEP_FULL_WIDTH}):
 * ＰＯＳ５１ → POS51, ３．５％ → 3.5%, 失败，请重试 stays.
 */
export function foldFullWidth(text: string): string {
	return text.replace(FULL_WIDTH, (char) => (KEEP_FULL_WIDTH.has(char) ? char : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/** The width policy as one step: {@link foldSpaces}, then {@link foldFullWidth}. */
export function foldWidth(text: string): string {
	return foldFullWidth(foldSpaces(text));
}

/**
 * What a typed query (or a text compared with one) is folded to: invisible characters dropped, widths folded, and every
 * run of white space one space, so an English phrase (do not honor) matches however it was spaced.
 */
export function foldQuery(text: string): string {
	return foldWidth(removeInvisible(text)).replace(/\s+/g, ' ');
}
