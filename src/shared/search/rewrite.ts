/**
 * A query rewritten into the catalogue's words for ranking (rank.ts): entry IDs, response codes (with or without
 * 应答码/返回码/错误码/代码/代号, 显示05, 05错误, error 05), code-like tokens no page has, and the remaining text as
 * runs — the reader's words with typos corrected, colloquial phrases replaced by canonical terms and filler cut out,
 * kept as contiguous runs (not cut into the segmenter's words: it splits 商户 into 商|户, and a run keeps the
 * characters together for the ranking's character pairs).
 *
 * Pure and browser-safe; the same data (the compiled vocabulary) and the same phrase machinery as the Pagefind
 * normalization (src/shared/search/query.ts), so the two agree on what a phrase means.
 */

import { applyDeobfuscation } from '../chinese/deobfuscate.ts';
import { HAN_CHAR as HAN, HAN_SPACE } from '../chinese/han.ts';
import { foldQuery } from '../chinese/width.ts';
import { foldEnglish } from './english.ts';
import { readingTerms } from './readings.ts';
import { type Compiled, compile, type SearchVocabulary, toSimplified } from './vocabulary.ts';
import { type PhraseTable, replacePhrases, segmentWords } from './words.ts';

export interface RewrittenQuery {
	/** Entry IDs typed as such (R-07, r07), canonical form. */
	ids: string[];
	/** Response codes that have a page, in the order typed. */
	codes: string[];
	/** Code-like tokens framed as codes (状态码 L1, 应答码 23, ER012) that no page has. */
	unknownCodes: string[];
	/** The content: runs of Simplified, lower-case text between cut-out filler, canonical terms in place of variants. */
	runs: string[];
	/**
	 * The same content with canonical terms written into the reader's run instead of beside it (交易 超时 → 交易超时):
	 * what the reader wrote as one phrase, for whole-phrase matches.
	 */
	phrases: string[];
}

/** An entry ID as people type it (R-07, r07, R 07), not when code framing follows it (S3错误码 is a code). */
const ENTRY_ID = /(?<![A-Za-z0-9])([SCRPKscrpk])[\s_-]*(\d{1,2})(?![0-9])(?!\s*(?:错误码|错误代码|代码|码|号|错误))/g;
/** A two-character alphanumeric token standing on its own: a response code candidate (51, A0, l1). */
const CODE_TOKEN = /(?<![A-Za-z0-9])([0-9A-Za-z]{2})(?![A-Za-z0-9])/g;
/** A longer code-like token (ER012, E05, 1001): a code only where the query frames it as one. */
const LONG_CODE_TOKEN = /(?<![A-Za-z0-9])([A-Za-z]{1,3}\d{2,4}|\d{3,4})(?![A-Za-z0-9])/g;
/**
 * Words that frame a token as a code: the reader names the number as what the terminal showed. Around a code that
 * has a page they are dropped (the code page is the answer; 错误, 显示 would only pull in other pages).
 */
const CODE_FRAMING =
	/应答码|应答吗|应达码|应答|返回码|返回吗|返回|错误码|错误代码|故障代码|故障码|交易代码|异常代号|代号|代码|状态码|响应码|提示码|报错|错误|显示|提示|出现|跳出|弹出|error|code|err|(?<![a-z])(?:rsp|resp|rc)(?![a-z])|码/gi;
/**
 * One digit right after explicit code framing (Code 6, RC 5, 应答码5, 返回码：3): the code written without its leading
 * zero, as processor documents and English terminals print it (RC 05 is "Code 5"). Only the framing words that name a
 * code as such, directly before the digit: 显示5 or 错误3次 are no codes.
 */
const SINGLE_DIGIT_CODE = /(?<![A-Za-z])(code|rc|应答码|返回码|错误码|响应码|错误代码|代码)(\s*[-:：#]?\s*)(\d)(?![0-9A-Za-z.])/gi;
/**
 * Code framing written onto the code without a space (RSP98, RC05, ERR05, Error05, Code05, resp 98 as rsp98): terminals
 * and processor logs print the response field that way. The framing is split off so the two characters stand on their
 * own as a code token; only before exactly two characters starting with a digit, so ER012 or E05 stay one code-like
 * token and rspa0 (where the word ends is a guess) is left alone.
 */
const GLUED_FRAMING = /(?<![A-Za-z])(rsp|resp|rc|err|error|code)(?=[0-9][0-9A-Za-z](?![0-9A-Za-z]))/gi;
/**
 * A person named in a story (王女士, 李先生, 陈小姐, 张师傅): who it happened to does not tell entries apart, and the
 * surname would otherwise match entries by a stray character.
 */
const PERSON = /\p{Script=Han}(?:先生|女士|小姐|师傅)/gu;
/** A currency sign right before a number: the number is an amount (£20, $ 51, ￥99, €5). */
const CURRENCY_BEFORE = /[£$€¥￥]\s*$/u;
/** How far (characters) framing may be from an unknown code-like token for it to count as a code. */
const FRAMING_REACH = 6;
const SEPARATORS = /[\p{P}\p{S}\s]+/u;
/** A hyphen or underscore between two letters. */
const ASCII_JOINER = /(?<=[A-Za-z])[-_](?=[A-Za-z])/g;

interface Rewriter {
	/** The compiled vocabulary with its English words folded (foldedVocabulary). */
	c: Compiled;
	/** English word forms (abbreviations, spellings), for folding query text. */
	forms: Readonly<Record<string, string>>;
	/** Long names (three characters or more), cut like long fillers. */
	names: PhraseTable;
	/** Every name, for words of their own. */
	nameWords: Set<string>;
	/** Names shorter than three characters, cut where they name a terminal (通刷POS机, 乐刷机) but not inside words (开通刷卡). */
	shortNames: RegExp | undefined;
	/**
	 * Canonical terms without spaces that some non-English variant is rewritten to: a run that is one carries the
	 * vocabulary's meaning (ranking weighs it up).
	 */
	canonical: Set<string>;
}

const cache = new WeakMap<SearchVocabulary, Rewriter>();

/**
 * The vocabulary with every English word of its phrases folded (english.ts) the way query text is: a variant written
 * "comms fail" or "authorisation declined" then matches however the query writes those words. Where two variants fold
 * to the same phrase, the first listed keeps it.
 */
function foldedVocabulary(vocabulary: SearchVocabulary): SearchVocabulary {
	const forms = vocabulary.english ?? {};
	const fold = (text: string): string => foldEnglish(text, forms);
	const keys = (record: Record<string, string>, values: boolean): Record<string, string> => {
		const out: Record<string, string> = {};
		for (const [from, to] of Object.entries(record)) out[fold(from)] ??= values ? fold(to) : to;
		return out;
	};
	return {
		...vocabulary,
		typos: keys(vocabulary.typos, true),
		synonyms: keys(vocabulary.synonyms, false),
		fillers: [...new Set(vocabulary.fillers.map(fold))],
		names: [...new Set((vocabulary.names ?? []).map(fold))],
	};
}

function rewriter(vocabulary: SearchVocabulary): Rewriter {
	let r = cache.get(vocabulary);
	if (!r) {
		const folded = foldedVocabulary(vocabulary);
		const names = (folded.names ?? []).map((n) => n.toLowerCase());
		const byFirst: PhraseTable = new Map();
		for (const name of names.filter((n) => [...n].length >= 3)) {
			const list = byFirst.get(name[0] as string) ?? [];
			list.push([name, '']);
			byFirst.set(name[0] as string, list);
		}
		for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
		const short = names.filter((n) => [...n].length < 3).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		r = {
			c: compile(folded),
			forms: vocabulary.english ?? {},
			names: byFirst,
			shortNames: short.length ? new RegExp(`(?:${short.join('|')})(?=\\s*(?:pos|机|刷卡机))`, 'gi') : undefined,
			nameWords: new Set(names),
			// A term only English words are rewritten to (sale → 消费, system → 系统) is the bilingual lexicon's translation,
			// not what a Chinese reader's phrase names as the problem: it is not boosted where a reader writes it in Chinese.
			canonical: new Set(
				Object.entries(vocabulary.synonyms)
					.filter(([variant]) => !/^[\x20-\x7e]+$/.test(variant))
					.flatMap(([, t]) => t.split(/\s+/)),
			),
		};
		cache.set(vocabulary, r);
	}
	return r;
}

/** Whether code framing occurs within FRAMING_REACH characters before or after [start, end). */
function framed(text: string, start: number, end: number): boolean {
	const around = `${text.slice(Math.max(0, start - FRAMING_REACH), start)} ${text.slice(end, end + FRAMING_REACH)}`;
	CODE_FRAMING.lastIndex = 0;
	return CODE_FRAMING.test(around);
}

/**
 * Cuts text into runs: at separators, at filler and name words (as the segmenter finds them), and after stripping
 * sentence particles from the end of a word (扣了 → 扣). A run is the characters of consecutive kept words.
 */
function cutRuns(text: string, r: Rewriter): string[] {
	const runs: string[] = [];
	for (const chunk of text.split(SEPARATORS)) {
		if (!chunk) continue;
		// A canonical term standing on its own is kept whole: a filler word inside it (报 of 报修) is part of the term.
		if (HAN.test(chunk) && r.canonical.has(chunk)) {
			runs.push(chunk);
			continue;
		}
		let run = '';
		for (const word of segmentWords(chunk)) {
			let kept = word;
			while ([...kept].length > 1 && r.c.particles.includes(kept.slice(-1))) kept = kept.slice(0, -1);
			const lower = kept.toLowerCase();
			if (r.c.fillers.has(word.toLowerCase()) || r.c.fillers.has(lower) || r.nameWords.has(lower)) {
				if (run) runs.push(run);
				run = '';
				continue;
			}
			// ASCII words stay separate runs; Han words join the run they continue.
			if (/^[a-z0-9+]+$/i.test(kept) || /[a-z0-9]$/i.test(run)) {
				if (run) runs.push(run);
				run = kept.toLowerCase();
			} else run += kept;
			if (kept !== word) {
				runs.push(run);
				run = '';
			}
		}
		if (run) runs.push(run);
	}
	return runs;
}

/** Runs back into text: Chinese runs touch (so a phrase spanning cut-out filler matches), others keep a space. */
function rejoin(runs: readonly string[]): string {
	let out = '';
	for (const run of runs) {
		const previous = out.at(-1);
		out += previous !== undefined && !(HAN.test(previous) && HAN.test(run[0] ?? '')) ? ` ${run}` : run;
	}
	return out;
}

/**
 * The query as the ranking reads it. With `text` (an entry's own text for the index, entry-index.ts), nothing is read
 * as an ID or a code: a code page's name says "密码错误次数超限（V3：38-密码错误次数超限）", and treating its 38 as a typed
 * code would strip the code framing (码, 错误, 显示) from the rest and leave 密次数超限.
 */
export function rewriteQuery(
	query: string,
	vocabulary: SearchVocabulary,
	{ text: asText = false }: { text?: boolean } = {},
): RewrittenQuery {
	const r = rewriter(vocabulary);
	// English terminal messages come hyphenated or underscored (Do-Not-Honor, CARD_LIMIT_EXCEEDED): words, as spaced.
	let text = toSimplified(foldQuery(query), vocabulary);
	// A query copied from an SEO page carries its obfuscation (刷ka卡, 信*卡): undone as the cleaner undoes it in articles
	// (stage 3, after width and script folding).
	if (!asText && vocabulary.deobfuscation) text = applyDeobfuscation(text, vocabulary.deobfuscation);
	// The story's readings (readings.ts) see its clauses as typed: a space between Han words parts two clauses.
	const storyText = text;
	text = text.replace(HAN_SPACE, '').replace(ASCII_JOINER, ' ');

	const ids: string[] = [];
	if (!asText)
		text = text.replace(ENTRY_ID, (_whole, prefix: string, digits: string) => {
			ids.push(`${prefix.toUpperCase()}-${digits.padStart(2, '0')}`);
			return ' ';
		});

	if (!asText) text = text.replace(GLUED_FRAMING, '$1 ');
	if (!asText) text = text.replace(SINGLE_DIGIT_CODE, (_whole, frame: string, gap: string, digit: string) => `${frame}${gap}0${digit}`);
	const codes: string[] = [];
	const unknownCodes: string[] = [];
	const cuts: Array<[number, number]> = [];
	for (const match of asText ? [] : text.matchAll(CODE_TOKEN)) {
		const token = (match[1] as string).toUpperCase();
		const start = match.index;
		const after = text.slice(start + 2).trimStart();
		if (r.c.units.some((unit) => after.startsWith(unit))) continue;
		// A decimal amount (39.9元, 0.55): the digits on either side of the point are no code.
		if (/^[.．]\d/.test(text.slice(start + 2)) || /\d[.．]$/.test(text.slice(0, start))) continue;
		// An amount with its currency sign (扣了£20, $51, ￥99): money, not a code.
		if (CURRENCY_BEFORE.test(text.slice(0, start))) continue;
		// The letter O typed for the digit 0 (返回码ao, 应答码o5): the code, where the query frames it as one.
		const zero = token.replace(/O/g, '0');
		if (r.c.codes.has(token) || (zero !== token && r.c.codes.has(zero) && framed(text, start, start + 2))) {
			const code = r.c.codes.has(token) ? token : zero;
			if (!codes.includes(code)) codes.push(code);
			cuts.push([start, start + 2]);
		} else if (/\d/.test(token) && framed(text, start, start + 2)) {
			if (!unknownCodes.includes(token)) unknownCodes.push(token);
			cuts.push([start, start + 2]);
		}
	}
	for (const match of asText ? [] : text.matchAll(LONG_CODE_TOKEN)) {
		const token = (match[1] as string).toUpperCase();
		const end = match.index + token.length;
		if (CURRENCY_BEFORE.test(text.slice(0, match.index))) continue;
		if (r.c.units.some((unit) => text.slice(end).trimStart().startsWith(unit))) continue;
		if (framed(text, match.index, end) && !unknownCodes.includes(token)) {
			unknownCodes.push(token);
			cuts.push([match.index, end]);
		}
	}
	for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) text = `${text.slice(0, start)} ${text.slice(end)}`;
	if (codes.length || unknownCodes.length) text = text.replace(CODE_FRAMING, ' ');

	// English words folded (COMMS → communicat, DECLINED → declin) after codes are read: code framing (error, code)
	// is matched as typed.
	if (!asText) text = text.replace(PERSON, ' ');
	let lower = replacePhrases(foldEnglish(text, r.forms), r.c.typos, false);
	lower = replacePhrases(lower, r.names, true);
	if (r.shortNames) lower = lower.replace(r.shortNames, ' ');
	// Phrases twice: before fillers are cut (钱扣了 needs its 了) and after (钱一直没到 → 钱没到 → 未到账).
	const first = cutRuns(replacePhrases(lower, r.c.phrases, true), r);
	const second = cutRuns(replacePhrases(rejoin(first), r.c.phrases, true), r);
	const runs = [...new Set(second)];
	const phrases = [
		...new Set(cutRuns(replacePhrases(rejoin(cutRuns(replacePhrases(lower, r.c.phrases, false), r)), r.c.phrases, false), r)),
	];
	// What a story is about when its words do not say it (two amounts compared, a time and the money arriving …):
	// the catalogue's terms for it (readings.ts).
	if (!asText) for (const term of readingTerms(storyText)) if (!runs.includes(term)) runs.push(term);
	return { ids: [...new Set(ids)], codes, unknownCodes, runs, phrases };
}

/** Whether a run is (a word of) a canonical term of the vocabulary: what the reader's problem is, not circumstance. */
export function isCanonicalRun(run: string, vocabulary: SearchVocabulary): boolean {
	return rewriter(vocabulary).canonical.has(run);
}
