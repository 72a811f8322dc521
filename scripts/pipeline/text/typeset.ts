/**
 * Chinese typesetting for published statements: the source sites write ASCII punctuation inside Chinese text
 * ("交易失败,请重试"); readers expect full-width marks ("交易失败，请重试"). Only marks next to a Chinese character
 * change, so numbers ("1,000", "3.5") and Latin text keep theirs.
 */
const HAN = '\\p{Script=Han}';
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const MARK_NEXT_TO_HAN = new RegExp(`(?<=${HAN})\\s*([,;:?!])\\s*|\\s*([,;:?!])\\s*(?=${HAN})`, 'gu');
const PARENS_AROUND_HAN = new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, 'gu');

export function typesetChinese(text: string): string {
	return text
		.replace(MARK_NEXT_TO_HAN, (_, a: string | undefined, b: string | undefined) => FULL_WIDTH[(a ?? b)!]!)
		.replace(PARENS_AROUND_HAN, '（$1）')
		.replace(/，{2,}/gu, '，')
		.replace(/^，|，$/gu, '');
}
