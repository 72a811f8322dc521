import { HAN_CHAR } from '../../../src/shared/chinese/han.ts';
import type { DocumentLine, DocumentRule, Span, WordsRule } from './types.ts';

/**
 * English prose inside a Chinese article: the untranslated half of a machine translation, a template's English
 * changelog table, English bullet lists of an AI-generated page. A Chinese reader's article is Chinese; what it quotes
 * in Latin letters is a terminal message (`DECLINED`, “Read card timeout”), a code, a brand or a technical term — short,
 * quoted or without the grammar words of an English sentence. A run of Latin words that reads as an English sentence (at
 * least {@link MIN_WORDS} words, {@link MIN_GRAMMAR} of them grammar words: the, to, you, with, is …) is not part of
 * the Chinese article and is removed; an English page (Latin letters outnumber Han) keeps every line.
 */

/** An English sentence has at least this many words… */
const MIN_WORDS = 5;
/** …and at least this many grammar words (articles, pronouns, prepositions, auxiliaries). */
const MIN_GRAMMAR = 2;
/** Grammar words of English sentences; a list of terms or a terminal message has few of them. */
const GRAMMAR =
	/^(?:the|a|an|to|of|and|or|is|are|was|were|be|been|you|your|it|its|this|that|these|with|for|on|in|by|from|as|at|not|can|will|must|should|would|could|may|if|do|does|has|have|how|which|who|what|their|they|we|our|there|into|than|then|when|so)$/iu;
/**
 * A Latin word: letters (with inner apostrophes and hyphens between letters) bounded by neither a letter nor a digit, so
 * an identifier, a hex digest or a file name (real-00692-p-85a07a453d.txt, 8EE9BB66CD20) does not count as words of a
 * sentence: its letters between digits ("a" of 85a07a453d) are not the English article.
 */
const LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z]+(?:['’-][A-Za-z]+)*(?![\p{L}\p{N}])/gu;

/** Counts of a text's Han characters and Latin letters. */
function scriptCounts(text: string): { han: number; latin: number } {
	let han = 0;
	let latin = 0;
	for (const char of text) {
		if (HAN_CHAR.test(char)) han++;
		else if (/[A-Za-z]/u.test(char)) latin++;
	}
	return { han, latin };
}

/** True when the text reads as an English sentence: enough words, enough of them grammar words, letters Latin. */
export function isEnglishProse(text: string): boolean {
	const words = text.match(LATIN_WORD) ?? [];
	if (words.length < MIN_WORDS) return false;
	if (words.filter((word) => GRAMMAR.test(word)).length < MIN_GRAMMAR) return false;
	const { han, latin } = scriptCounts(text);
	return latin > 3 * han;
}

/**
 * True when the page is Chinese: at least 50 Han characters, and 1.5 times as many Han characters as Latin words (a Han
 * character is about a word; the page's English bullets and tables may hold more letters than its Chinese text).
 */
function chinesePage(lines: readonly DocumentLine[]): boolean {
	let han = 0;
	let words = 0;
	for (const { text } of lines) {
		han += scriptCounts(text).han;
		words += (text.match(LATIN_WORD) ?? []).length;
	}
	return han >= 50 && han >= 1.5 * words;
}

/** A line quoted whole (“Please insert card”): a message the article cites. */
const QUOTED = /^[\s\-•·*\d.、]*["“'‘「『][^"”'’」』]*["”'’」』][\s。.,，]*$/u;

/** A table row: cells between pipes (also a row cut off before its last pipe). */
const TABLE_ROW = /^\s*\|/u;
/** A code in a line (SYSTEM_EXCEPTION, a leading 05 / A0 / 1000): a code table's line, whose English text is a message. */
const CODE_TOKEN = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|^\s*[A-Z0-9]{2,6}\s/u;
/** A cell that is a code (05, A0, E001, 0x1F) or a number: a row with one is a code or figures table, content. */
const CODE_CELL = /^(?:[A-Z0-9]{1,4}|0x[0-9A-F]+|[\d.,%]+)$/iu;

/** True when the row has cells of Latin words only, none a code (| UnionPay 3.0 | active | — |). */
export function isLatinTableRow(text: string): boolean {
	if (!/^\s*\|.*\|\s*$/u.test(text) || HAN_CHAR.test(text)) return false;
	const cells = text
		.trim()
		.replace(/^\||\|$/gu, '')
		.split('|')
		.map((cell) => cell.trim())
		.filter((cell) => cell !== '' && !/^[-–—:\s]+$/u.test(cell));
	if (cells.length === 0 || cells.some((cell) => CODE_CELL.test(cell))) return false;
	return cells.some((cell) => /[A-Za-z]{2}/u.test(cell));
}

export const latinProseRule: DocumentRule = {
	id: 'latin-prose',
	scope: 'document',
	phase: 'after',
	articleOnly: true,
	description:
		'On a Chinese page (at least 50 Han characters, 1.5 times as many as Latin words), a line that is an English sentence (at least 5 Latin words, 2 of them grammar words — the, to, you, with, is… — and Latin letters more than three times its Han ones) or a table row whose cells are Latin words and none a code or a number (| UnionPay 3.0 | active | — |) is the untranslated or template part of the page — an English bullet list, a changelog table — and is removed. A line quoted whole (“Please insert card”), a terminal message or a list of terms (Apple Pay, Google Pay, Samsung Pay: no grammar words), a code table row (| 05 | Do not honor |, also with an English message of several words, or cut off before its last pipe), a line with a code (SYSTEM_EXCEPTION 1000 … This transaction failed…) and every line of an English page stay.',
	examples: {
		removes: [
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\n- Advising the user to switch to cash only — China is largely cashless; many merchants do not accept cash.',
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\n| 版本 | 状态 |\n| POS Terminal FW 2.4.1 | active |',
		],
		keeps: [
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\nApple Pay, Google Pay, Samsung Pay\n| 05 | Do not honor |\n| 301002 | 交易被拒绝 | Transaction declined, please contact the issuing bank to confirm the limit |\n| Your transaction has reached the security payment limit. Please switch to\nSYSTEM_EXCEPTION 1000 未知的系统异常,网络系统异常,请稍后再试。 This transaction failed because the network system was busy.',
			'The chip may be damaged and unreadable.\nThe cashier should check the name on the card.',
		],
	},
	select(lines) {
		if (!chinesePage(lines)) return [];
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index === 0 || QUOTED.test(text) || CODE_TOKEN.test(text)) return;
			if (TABLE_ROW.test(text) ? isLatinTableRow(text) : isEnglishProse(text)) selected.push(index);
		});
		return selected;
	},
};

/** Sentences of a mixed line: Chinese ones end at 。!?；, English ones at `. ` / `! ` / `? ` before a capital letter. */
function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	for (const match of text.matchAll(/[。!?！？;；]+|[.!?](?=\s+[A-Z*])/gu)) {
		const end = match.index + match[0].length;
		if (text.slice(start, end).trim() !== '') spans.push([start, end]);
		start = end;
	}
	if (text.slice(start).trim() !== '') spans.push([start, text.length]);
	return spans;
}

/** A Chinese sentence has at least this many Han characters. */
const CHINESE_SENTENCE_HAN = 10;

export const latinSentenceRule: WordsRule = {
	id: 'latin-sentence',
	scope: 'words',
	description:
		'In a line that holds a Chinese sentence (at least 10 Han characters), a sentence that is English prose (at least 5 Latin words, 2 of them grammar words, Latin letters more than three times its Han ones) is the untranslated part of a machine translation (…覆盖MCC。 To temporarily add the declined MCC, you must use the 卡维修申请表格…) and is removed; the Chinese sentences stay. A quoted message (“Please insert card”), the English text of a code’s line (SYSTEM_EXCEPTION 1000 … This transaction failed…) and a term or code in a Chinese sentence (使用Apple Pay支付) stay.',
	examples: {
		removes: ['您可以为该购买请求覆盖商户类别代码。 To temporarily add the declined MCC, you must use the request form.'],
		keeps: [
			'终端显示“Please insert the card into the reader”时,请改为插卡交易。',
			'使用Apple Pay或Google Pay支付时,请把手机靠近读卡区。',
			'终端会把每笔失败交易写进日志文件,请把日志发给收单机构查询。文件:real-00692-p-85a07a453d.txt。',
		],
	},
	spans(text) {
		if (scriptCounts(text).han < CHINESE_SENTENCE_HAN || CODE_TOKEN.test(text)) return [];
		const spans = sentenceSpans(text).filter(([start, end]) => {
			const sentence = text.slice(start, end);
			return !/["“「『‘]/u.test(sentence) && isEnglishProse(sentence);
		});
		// The line is Chinese only if some sentence is left with Han in it.
		const kept = spans.reduce((rest, [start, end]) => rest.replace(text.slice(start, end), ''), text);
		return scriptCounts(kept).han >= CHINESE_SENTENCE_HAN ? spans : [];
	},
};

/** The English text of a teaser's link, glued to the Chinese text it opens (`more聚赢家POS机…`). */
const GLUED_LINK_WORD = /^(?:(?:read|learn|view|see)\s+)?(?:more|details?)(?:\s*[>»]+)?(?=\s*\p{Script=Han})/iu;

export const linkWordRule: WordsRule = {
	id: 'link-word',
	scope: 'words',
	description:
		'The English text of a teaser link (more, Read more, details, more>>) glued to the start of the Chinese text it opens (more频繁大额交易:…) is the link of a list page, not a word of the sentence, and is removed; the sentence stays. The same words inside an English sentence, or not before Chinese text, stay.',
	examples: {
		removes: ['more频繁大额交易:若商户在短时间内频繁进行大额刷卡交易,可能会触发风控系统。', 'Read more>> 交易失败时先查询交易状态。'],
		keeps: ['Learn more about the card at the bank.', '交易失败时先查询交易状态,more信息请咨询银行。'],
	},
	spans(text) {
		const match = GLUED_LINK_WORD.exec(text.trimStart());
		if (!match) return [];
		const offset = text.length - text.trimStart().length;
		return [[offset, offset + match[0].length]];
	},
};
