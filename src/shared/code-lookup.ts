import { foldQuery } from './chinese/width.ts';

/**
 * The code lookup of the code index (查应答码): what the reader typed → the pages it names. A response code in any
 * form (51, ５１, 应答码51, 返回码 a0, 51 余额不足) or an English terminal message (INSUFF FUNDS, do not honor) of a
 * code or of a foreign-scheme code. Shared by the index page (which builds the table) and the browser (which reads it).
 */

/** Lookup key → the pages it leads to (one page for a code; an English message may name several codes). */
export type CodeLookupTable = Record<string, string[]>;

/** The key of an English message: capitals and digits only (INSUFF. FUNDS, insuff funds → INSUFFFUNDS). */
export const englishKey = (text: string): string =>
	foldQuery(text)
		.toUpperCase()
		.replace(/[^A-Z0-9]/g, '');

/** Words people put before or after a code (应答码51, 显示51, 51错误). */
const CODE_WORDS = /应答码|返回码|错误码|响应码|交易码|代码|编码|码|显示|提示|报|错误|失败|交易|刷卡|是|[:：\s]/gu;

/** The lookup keys a typed text can mean, most specific first: the text as a code, then as an English message. */
export function lookupKeys(text: string): string[] {
	const plain = foldQuery(text).trim().toUpperCase();
	const keys: string[] = [];
	const stripped = plain.replace(CODE_WORDS, '');
	if (/^[0-9A-Z]{2}$/.test(stripped)) keys.push(stripped);
	// A code at the start of a longer text: "51 余额不足", "A0校验错".
	const lead = /^([0-9A-Z]{2})(?![0-9A-Z])/.exec(stripped)?.[1];
	if (lead && !keys.includes(lead)) keys.push(lead);
	const english = englishKey(plain);
	if (english.length > 2) keys.push(english);
	return keys;
}

/** The pages a typed text leads to: those of its first key the table knows, or none. */
export function lookUp(table: CodeLookupTable, text: string): string[] {
	for (const key of lookupKeys(text)) if (table[key]?.length) return table[key]!;
	return [];
}
