import { HAN } from '../../../src/shared/chinese/han.ts';
import { isEnglishProse } from './latin-prose.ts';
import { latinTopicRegExp, topicWordsRegExp } from './shared.ts';
import type { DocumentLine, DocumentRule, RuleContext } from './types.ts';

/**
 * Positive evidence of article text (issue 13): a passage is kept because it reads as the article, not because no rule
 * recognised it as furniture. Every fresh batch of real pages brought furniture of a kind no rule had seen (a widget
 * label, a category tag, a creator byline, an app pitch, a print footer); what they share is that they do not read as
 * the article. The thresholds are few and do not depend on any page's wording:
 *
 * - {@link MIN_SENTENCE_HAN}: a passage of article form has at least this many Chinese characters;
 * - sentence form: a clause ended by sentence punctuation (，、。；！？：, either width), or a numbered or bulleted item;
 * - domain: a word of the subject (promotion/claims.yaml `topicWords`, judged on the Chinese text; Latin words only as
 *   whole words of the trade, promotion/claims.yaml `latinTopicWords`);
 * - {@link LEAD_IN}: how many heading lines right above the first article passage belong to it.
 */

/** Chinese characters an article passage has at least: shorter lines are headings, labels or list items. */
export const MIN_SENTENCE_HAN = 10;
/** Heading lines (short lines of the subject) kept right above the main block. */
export const LEAD_IN = 2;

const HAN_CHARS = new RegExp(HAN, 'gu');
const SENTENCE_PUNCTUATION = /[。！？!?；;，,：:、]/u;
/** Two runs of Chinese separated by a space: clauses of a sentence written without a comma (异常交易被拒 联络银行解锁交易). */
const SPACED_CLAUSES = /\p{Script=Han}{4,}\s+\p{Script=Han}{4,}/u;
/** An English sentence: English prose (latin-prose.ts) ended by a full stop. */
const ENGLISH_SENTENCE = (text: string): boolean => /[.]["”’')]*\s*$/u.test(text) && isEnglishProse(text);
/** A numbered item or heading: 1. 1、 1.2 (1) (五) 一、 a. ① 第一步. */
const NUMBERED =
	/^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.、．)）:：]?(?=\s*[\p{Script=Han}A-Za-z])|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．:：]|[A-Za-z]\s*[.、．)）](?=\s*\p{Script=Han})|[①-⑳]|第[\d一二三四五六七八九十]{1,3}[步条点章节部分])/u;
/** A bulleted item. */
const BULLETED = /^\s*[-•·*●▪◆■◇○]\s*/u;
/** A question: a question mark or a question word (什么, 怎么, 如何, 为什么, 吗, 呢, 哪). */
const QUESTION = /[?？]|什么|怎么|怎样|如何|为何|吗|呢|哪/u;
/** A finished sentence: a full stop, question or exclamation mark at the end (a closing quote or bracket may follow). */
const TERMINATED = /[。！？!?][”"’'）)」』]*\s*$/u;
/** A line that ends with a colon introduces what follows (举个例子:, 需要注意的是:). */
const INTRODUCES = /[:：]\s*$/u;
const LATIN_WORD = /[A-Za-z]{2,}/gu;
const LATIN_RUN = /[A-Za-z][A-Za-z'’.+-]*/gu;
/**
 * A code-table row or a response code at the start (`05 不予承兑`, `A0 | 校验错`), also a row whose cells the page extraction glued
 * (`100222Card decline rate limit exceeded卡支付频率超出限制而被拒绝`: code, English message, Chinese meaning): rows of a table
 * continue the block. A glued code and English message without a Chinese meaning is not a row of the article.
 */
const TABLE_ROW = /^\s*[0-9A-Z]{2,6}\s*[|｜:：\s(（“"]|\||^\s*\d{2,6}[A-Z][A-Za-z ,.'-]*\p{Script=Han}/u;

/** The evidence a line shows. */
export interface ArticleEvidence {
	/** Chinese characters, plus Latin words (an English sentence counts by its words). */
	han: number;
	sentence: boolean;
	/** Numbered or bulleted. */
	listItem: boolean;
	/** Numbered (structure of the article: a numbered heading or step). */
	numbered: boolean;
	/** Ends with a colon. */
	introduces: boolean;
	/** Ends with a full stop, a question or an exclamation mark: a finished sentence. */
	terminated: boolean;
	domain: boolean;
	tableRow: boolean;
}

/** True when the editorial data has no words of the subject: without them there is no evidence to judge by. */
const noVocabulary = (context: RuleContext): boolean => context.lexicon.topicWords.source === '(?!)';

/** What a line shows of article form. Pure. */
export function articleEvidence(text: string, context: RuleContext): ArticleEvidence {
	const han = (text.match(HAN_CHARS)?.length ?? 0) + (text.match(LATIN_WORD)?.length ?? 0);
	const chinese = text.replace(LATIN_RUN, ' ');
	return {
		han,
		// An English sentence ends with a full stop (ASCII, which in Chinese text is also a decimal point or an abbreviation's).
		sentence: SENTENCE_PUNCTUATION.test(text.replace(/[:：]\s*$/u, '')) || SPACED_CLAUSES.test(text) || ENGLISH_SENTENCE(text),
		listItem: NUMBERED.test(text) || BULLETED.test(text),
		numbered: NUMBERED.test(text),
		introduces: INTRODUCES.test(text),
		terminated: TERMINATED.test(text),
		domain: topicWordsRegExp(context.lexicon).test(chinese) || latinTopicRegExp(context.lexicon).test(text),
		tableRow: TABLE_ROW.test(text),
	};
}

/** Article form: long enough, a sentence or an item of a list, of the subject. */
export const isArticlePassage = (e: ArticleEvidence): boolean =>
	e.domain && ((e.han >= MIN_SENTENCE_HAN && (e.sentence || e.listItem)) || e.tableRow);

/** A line that ends inside a sentence (with a comma, an enumeration comma or a semicolon) runs on into the next. */
const RUNS_INTO_NEXT = /[,，、;；]\s*$/u;

/**
 * The evidence of each line, judged on its passage: lines of one sentence broken across lines (仅靠一个小盒子,⏎短短几秒钟,⏎
 * 银行卡信息,⏎便唾手可得。) are one passage and share its evidence. `undefined` for lines other rules emptied.
 */
function passageEvidence(lines: readonly DocumentLine[], context: RuleContext): Array<ArticleEvidence | undefined> {
	const evidence: Array<ArticleEvidence | undefined> = lines.map(() => undefined);
	let run: number[] = [];
	const close = () => {
		if (run.length === 0) return;
		const e = articleEvidence(run.map((i) => lines[i]?.text ?? '').join(''), context);
		// The first line of a run keeps its own form (a numbered item, a table row).
		const first = articleEvidence(lines[run[0] as number]?.text ?? '', context);
		for (const i of run) evidence[i] = { ...e, listItem: first.listItem, numbered: first.numbered, tableRow: first.tableRow };
		run = [];
	};
	lines.forEach((line, i) => {
		if (line.text === '') return;
		if (i === 0) {
			evidence[0] = articleEvidence(line.text, context);
			return;
		}
		run.push(i);
		if (!RUNS_INTO_NEXT.test(line.text)) close();
	});
	close();
	return evidence;
}

/** A row of a table, a short sentence of the subject, or an item of a list (of the subject, or a sentence): what continues a block above or below. */
const runsOn = (e: ArticleEvidence): boolean =>
	e.tableRow || (e.domain && (e.sentence || e.introduces)) || (e.listItem && (e.domain || e.sentence));

/**
 * A label: no word of the subject, no sentence form, not a table row, not numbered, introducing nothing (a tag, a user
 * name, a widget label, a bulleted tag).
 */
const isLabel = (e: ArticleEvidence): boolean => !e.domain && !e.sentence && !e.tableRow && !e.numbered && !e.introduces;

/**
 * A heading: a line that is not bulleted, right above (the next line that is not empty) an article passage or a line
 * that continues one. A heading without a word of the subject (案例分析, 关键挑战) heads the passage below it.
 */
function isHeading(evidence: ReadonlyArray<ArticleEvidence | undefined>, index: number): boolean {
	const e = evidence[index];
	if (!e || (e.listItem && !e.numbered)) return false;
	for (let i = index + 1; i < evidence.length; i++) {
		const next = evidence[i];
		if (next) return isArticlePassage(next) || runsOn(next);
	}
	return false;
}

/**
 * True for an item of a list of the subject: a numbered or bulleted line in a run of such lines (blank lines aside) of
 * which one has a word of the subject or is a sentence (- 法人身份证正反面扫描件 in a list of documents to submit).
 */
function inListOfSubject(evidence: ReadonlyArray<ArticleEvidence | undefined>, index: number): boolean {
	if (!evidence[index]?.listItem) return false;
	const ofSubject = (e: ArticleEvidence) => e.domain || e.sentence;
	if (ofSubject(evidence[index] as ArticleEvidence)) return true;
	for (const step of [-1, 1]) {
		for (let i = index + step; i > 0 && i < evidence.length; i += step) {
			const e = evidence[i];
			if (!e) continue;
			if (!e.listItem) break;
			if (ofSubject(e)) return true;
		}
	}
	return false;
}

/** True when the next line that is not empty is numbered: a heading of a numbered list. */
function headsNumberedList(evidence: ReadonlyArray<ArticleEvidence | undefined>, index: number): boolean {
	for (let i = index + 1; i < evidence.length; i++) {
		const e = evidence[i];
		if (e) return e.numbered;
	}
	return false;
}

/** What evidence a line lacks, for the removal's detail. */
export function missingEvidence(e: ArticleEvidence): string[] {
	const missing: string[] = [];
	if (!e.domain) missing.push('no word of the subject');
	if (e.han < MIN_SENTENCE_HAN) missing.push(`${e.han} characters or words (< ${MIN_SENTENCE_HAN})`);
	if (!e.sentence && !e.listItem) missing.push('no sentence punctuation, not a list item');
	return missing;
}

/**
 * Indices of the lines to remove. The main block runs from the first to the last article passage; above it, full
 * sentences and lists that run on join it, then up to {@link LEAD_IN} headings (of the subject, or numbered); below it,
 * finished sentences, table rows and lists of the subject run on. Outside it every line goes; inside it a label goes
 * (no word of the subject, no sentence, table or numbered form, heading no passage: a tag, a user name, a widget
 * label). Lines already emptied by other rules are skipped. Without any article passage there is no block to judge by
 * (a fragment, a list of codes): nothing is removed.
 */
export function selectNotArticle(lines: readonly DocumentLine[], context: RuleContext): number[] {
	if (noVocabulary(context)) return [];
	const evidence = passageEvidence(lines, context);
	const articleIndices = evidence.flatMap((e, i) => (i > 0 && e && isArticlePassage(e) ? [i] : []));
	// Without any article passage there is no main block to judge by (a fragment, a code list): nothing is removed.
	if (articleIndices.length === 0) return [];
	let start = articleIndices[0] as number;
	let end = articleIndices.at(-1) as number;
	// A list or a table that runs on above the first passage, and headings of the subject right above that.
	for (let lead = 0, i = start - 1; i > 0; i--) {
		const e = evidence[i];
		if (!e) continue;
		// Right above the first passage: what runs on, and full sentences (an opening sentence may name no subject word).
		if (lead === 0 && (runsOn(e) || (e.sentence && e.han >= MIN_SENTENCE_HAN))) {
			start = i;
			continue;
		}
		if (lead >= LEAD_IN || !(e.domain || e.numbered)) break;
		start = i;
		lead++;
	}
	// A list, a table or finished sentences that run on below the last passage: once a numbered item or a line ending with a colon opens a
	// list, its short lines of the subject run on too (1. 判断原因⏎商户的银行账号有误⏎POS机故障或网络问题).
	for (let i = end + 1, inList = evidence[end]?.introduces === true; i < lines.length; i++) {
		const e = evidence[i];
		if (!e) continue;
		const opensList = e.domain && headsNumberedList(evidence, i);
		const continues = runsOn(e) || e.terminated || opensList || inListOfSubject(evidence, i);
		if (!(continues || (inList && (e.domain || e.numbered)))) break;
		inList ||= e.numbered || e.introduces || opensList;
		end = i;
	}
	const selected: number[] = [];
	evidence.forEach((e, i) => {
		if (i === 0 || !e) return;
		if (i < start || i > end || (isLabel(e) && !isHeading(evidence, i) && !inListOfSubject(evidence, i))) selected.push(i);
	});
	return selected;
}

export const articleTextRule: DocumentRule = {
	id: 'not-article-text',
	scope: 'document',
	phase: 'after',
	articleOnly: true,
	description:
		'Keeps what shows positive evidence of being the article, and removes the rest as furniture by default. An article ' +
		`passage has a word of the subject (promotion/claims.yaml topicWords) and either at least ${MIN_SENTENCE_HAN} Chinese ` +
		'characters or Latin words with sentence form (sentence punctuation, or a numbered or bulleted item) or the form of a ' +
		'table row; lines of one sentence broken after a comma are one passage. The main block runs from the first to the last ' +
		'such passage; right above it, full sentences and lists join it, then up to ' +
		`${LEAD_IN} headings (of the subject, or numbered); below it, finished sentences, table rows and lists of the subject run ` +
		'on. Lines outside it (menus, tags, bylines, footers, related titles) go; inside it a label goes (no word of the ' +
		'subject, no sentence, table or numbered form, heading nothing). A text with no article passage (a fragment) is left ' +
		'alone. Judged on the cleaned text, after every other rule; the detail says which evidence was missing.',
	examples: {
		removes: [
			'文章 问答 视频\n网络不稳定时,POS机交易可能超时失败。\n请检查网络信号后重新交易。\n人文关怀\n最后修改时间:2021-01-28',
			'网络不稳定时,POS机交易可能超时失败。\n• 生活常识\n请检查网络信号后重新交易。',
		],
		keeps: [
			'一、常见原因\n网络不稳定时,POS机交易可能超时失败。\n1. 余额不足\n2. 密码错误\n05 不予承兑',
			'应答码\n05 不予承兑\n51 余额不足',
			'错误码\n网络不稳定时,POS机交易可能超时失败。\n100222Card decline rate limit exceeded卡支付频率超出限制而被拒绝',
			'Card terminal troubleshooting\nThe majority of the time, a power cycle will fix the issue.\n- Unplug the power cable and wait 30 seconds\nMany devices have several cables connecting the printer and the POS.',
			'Password Hierarchy\nA higher level password will be accepted in place of a lower level password.\nIf the wrong password is attempted more than 3 times, the user will be locked for 30 minutes.\nTerminal batches should be closed regularly.',
		],
	},
	// A first line that is a label (文章 问答 视频, a widget's caption, a category tag) is not the title; a numbered heading
	// (一、引言) or a question (什么是二清) is, even without a word of the subject.
	rejectsTitle: (text, context) => !noVocabulary(context) && isLabel(articleEvidence(text, context)) && !QUESTION.test(text),
	explain(text, context) {
		const missing = missingEvidence(articleEvidence(text, context));
		return missing.length > 0 ? `not article text: ${missing.join('; ')}` : 'not article text: outside the main block';
	},
	select: selectNotArticle,
};
