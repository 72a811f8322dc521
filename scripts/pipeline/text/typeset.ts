/**
 * Chinese typesetting for published statements: the source sites write ASCII punctuation inside Chinese text
 * ("交易失败,请重试"); readers expect full-width marks ("交易失败，请重试"). Only marks next to a Chinese character
 * change, so numbers ("1,000", "3.5") and Latin text keep theirs.
 */
const HAN = '\\p{Script=Han}';
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const MARK_NEXT_TO_HAN = new RegExp(`(?<=${HAN})\\s*([,;:?!])\\s*|\\s*([,;:?!])\\s*(?=${HAN})`, 'gu');
const ASCII_MARK = /[,;:?!]/;
const PARENS_AROUND_HAN = new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, 'gu');

export function typesetChinese(text: string): string {
	// Each replacement only where its mark occurs: most statements have none of them, and the lookbehind over
	// \p{Script=Han} is the costliest regular expression of the structuring stages (~465,000 statements at 10,000 articles).
	let out = text;
	if (ASCII_MARK.test(out))
		out = out.replace(MARK_NEXT_TO_HAN, (_, a: string | undefined, b: string | undefined) => FULL_WIDTH[(a ?? b)!]!);
	if (out.includes('(')) out = out.replace(PARENS_AROUND_HAN, '（$1）');
	if (out.includes('，')) out = out.replace(/，{2,}/gu, '，').replace(/^，|，$/gu, '');
	return out;
}
