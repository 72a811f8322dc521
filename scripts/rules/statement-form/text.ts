/** Text helpers shared by the statement-form rules: how a statement begins and ends. */

/** A response code at the start of a statement, with what it means after it: "04：没收卡", "05 ——交易失败", "13——…". */
export const CODE_ROW = /^\s*[“"]?(?:\d{2}|[A-Z]\d|[A-Z]{2})[”"]?\s*(?:——|—|--|-|－|：|:)(?!\s*\d)/u;
/** Characters that end a sentence (with the closing quotes and brackets that may follow them). */
export const TERMINAL = /[。！!；;…][”’」』）)]*$|[”」』]$/u;
/** Leading numbering of a list item left in the text: "1、", "2.", "（三）", "①". */
const LEADING_NUMBER = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[①-⑳])\s*/u;
/** Letters and digits: what a statement says, without its punctuation and spaces. */
const CONTENT = /[\p{L}\p{N}]/gu;
export const contentLength = (text: string): number => text.match(CONTENT)?.length ?? 0;

/** The statement without its leading numbering and its label ("解决方案："), as its first words are read. */
export function opening(text: string): string {
	const unnumbered = text.replace(LEADING_NUMBER, '');
	const label = /^[^：:，,。；;？?！!]{1,12}[：:]\s*/u.exec(unnumbered);
	return label && !CODE_ROW.test(unnumbered) ? unnumbered.slice(label[0].length) : unnumbered;
}
