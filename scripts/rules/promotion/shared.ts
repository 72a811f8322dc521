import type { Lexicon, RuleContext, Span } from './types.ts';

/**
 * Helpers shared by several rule modules. Every regex here is compiled once (module level or per lexicon, cached).
 */

/**
 * Mobile numbers (1[3-9]x, optional +86, spaces/dashes/dots/middle dots), landlines with area code (also in brackets or
 * with a dash, local number grouped 3–4 + 4), numbers with a country code, 400/800 service numbers.
 */
export const PHONE_NUMBER = new RegExp(
	[
		'(?<![\\d.])(?:\\+?86[ -]?)?1[3-9]\\d(?:[ .·•-]?\\d{4}){2}(?![\\d.])',
		'(?<![\\d.])(?:[(（]0\\d{2,3}[)）]|0\\d{2,3})[ -]?\\d{7,8}(?![\\d.])',
		// 400/800 numbers grouped any way (400-123-4567, 4008-520-520): ten digits, a separator between any two.
		'(?<![\\d.])[48]00(?:[ .·•-]?\\d){7}(?![\\d.])',
		// A local number grouped 3–4 + 4 after an area code in brackets or with a dash ((04)2220-8176, 02-2345-6789).
		'(?<![\\d.-])(?:[(（]0\\d{1,3}[)）]\\s?|0\\d{1,3}-)\\d{3,4}[ -]?\\d{4}(?![\\d.-])',
		// A country code, an area code and the local number with dashes or spaces (886-4-2220-8176, +852 2345 6789).
		'(?<![\\d.-])\\+?(?:86|85[23]|886|\\d{1,3})[ -][(（]?0?\\d{1,4}[)）]?[ -]\\d{3,4}[ -]\\d{4}(?![\\d.-])',
		'(?<![\\d.])\\+(?:85[23]|886)[ -]?\\d{4}[ -]?\\d{4}(?![\\d.])',
		// Freephone and local-rate numbers abroad grouped 4 + 3 + 3–4 (0800 476 278, 1800 123 4567, 1300-555-123).
		'(?<![\\d.])(?:0800|0808|0508|1800|1300)[ .-]\\d{3}[ .-]?\\d{3,4}(?!\\d|\\.\\d)',
	].join('|'),
	'u',
);

/** Chinese numerals as these sites spell phone numbers (一三九, 幺八六, 壹叁玖), digit by digit. */
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
	〇: '0',
	零: '0',
	一: '1',
	壹: '1',
	幺: '1',
	二: '2',
	贰: '2',
	两: '2',
	三: '3',
	叁: '3',
	四: '4',
	肆: '4',
	五: '5',
	伍: '5',
	六: '6',
	陆: '6',
	七: '7',
	柒: '7',
	八: '8',
	捌: '8',
	九: '9',
	玖: '9',
};
/**
 * A local number of 4 + 4 digits (Hong Kong, Macau, Singapore: 3550-8574, 2345 6789) right after a phone label (电话, 致电,
 * 热线, 客服, Tel, Phone, 联系, 拨打 and a colon or a few characters): unlabelled, 4 + 4 digits are as often a range of
 * years or an amount, so the label is the evidence.
 */
const LABELLED_LOCAL_NUMBER =
	/(?:电话|電話|致电|致電|热线|熱線|客服|拨打|撥打|联系|聯絡|联络|tel|phone)[^\d\n]{0,8}(?<![\d.])\d{4}[-\s]\d{4}(?![\d年.%元])/iu;
/** A run of at least 7 spelled digits (with spaces or dashes between groups): long enough to be a phone number only. */
const CHINESE_DIGIT_RUN = /[〇零一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖](?:[ \-—－]?[〇零一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖]){6,}/gu;

/**
 * True when the text contains a phone number, also one spelled in Chinese numerals (`幺八六 二七七零 三三九一`,
 * `壹叁玖-零零贰捌-捌捌陆柒`): runs of 7 or more numerals are read digit by digit and checked like written digits.
 */
export function hasPhoneNumber(text: string): boolean {
	if (PHONE_NUMBER.test(text) || LABELLED_LOCAL_NUMBER.test(text)) return true;
	const spelled = text.replace(CHINESE_DIGIT_RUN, (run) => run.replace(/./gu, (char) => CHINESE_DIGITS[char] ?? char));
	return spelled !== text && PHONE_NUMBER.test(spelled);
}

/**
 * A domain with its dot written out to get past link filters: `fuxiaobao点com`, `www点abc点cn`, `abc[.]com`, `abc(.)cn`,
 * `abc（点）com`, `abc【dot】cn`.
 * Latin before the written dot, a common top-level domain right after, so `WiFi点连接` or `点击` never match.
 */
const OBFUSCATED_DOMAIN =
	/(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9-]{1,62}\s?(?:点|。|[[(（【]\s?(?:\.|点|dot)\s?[\])）】]|\s?dot\s)\s?(?:com|cn|net|org|cc|top|vip|xyz|info|wang|shop|site)(?![A-Za-z0-9])/iu;

export const hasObfuscatedDomain = (text: string): boolean => OBFUSCATED_DOMAIN.test(text);

/**
 * 5-digit service hotlines (95xxx, 96xxx), not amounts: not followed by a unit (元, 万, %, 笔…) and not inside a longer
 * number. Whether one may stay is decided against the official list.
 */
export const HOTLINE = /(?<![\d.])(9[56]\d{3})(?![\d.%元万千百块笔次个年月日天号位])/gu;

/** List numbering at the start of an item: `1.`, `1、`, `(一)`, `一、`, `a.`, `-`, `•`. */
export const NUMBERING =
	/^\s*(?:\d{1,3}\s*[.、．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[a-zA-Z]\s*[.、．)]|[-*•·]\s)\s*/u;

/** Text for comparing lines: no numbering, no spaces, no trailing punctuation, lower case. */
export function comparable(text: string): string {
	return text
		.replace(NUMBERING, '')
		.replace(/\s+/g, '')
		.replace(/[,，.。:：;；!！?？…]+$/u, '')
		.toLowerCase();
}

const derived = new WeakMap<Lexicon, Map<string, RegExp>>();

/** A regex built from the lexicon, compiled once per lexicon and key. */
export function derivedRegExp(lexicon: Lexicon, key: string, build: (lexicon: Lexicon) => RegExp): RegExp {
	let cache = derived.get(lexicon);
	if (!cache) {
		cache = new Map();
		derived.set(lexicon, cache);
	}
	let regex = cache.get(key);
	if (!regex) {
		regex = build(lexicon);
		cache.set(key, regex);
	}
	return regex;
}

/**
 * The words of the subject (promotion/claims.yaml `topicWords`) as one case-insensitive pattern, built once per lexicon
 * and shared by every rule that asks whether a line or sentence is about card payments.
 */
export function topicWordsRegExp(lexicon: Lexicon): RegExp {
	return derivedRegExp(lexicon, 'topic-words', (l) => new RegExp(l.topicWords.source, 'iu'));
}

/**
 * The Latin words of the trade (promotion/claims.yaml `latinTopicWords`, whole words only) as one case-insensitive
 * pattern, shared by the rules that ask whether an English line or sentence is about card payments.
 */
export function latinTopicRegExp(lexicon: Lexicon): RegExp {
	return derivedRegExp(lexicon, 'latin-topic-words', (l) => new RegExp(l.latinTopicWords.source, 'iu'));
}

/**
 * A messenger label (微信, vx, QQ…) followed by an ID of 5–20 letters/digits (`微信:pos2024abc`, `QQ 123456789`) or by
 * digits in groups (`扣扣 2893 5561 7`, `QQ 2893-5561-7`).
 */
export function messengerIdRegExp(lexicon: Lexicon): RegExp {
	return derivedRegExp(
		lexicon,
		'messenger-id',
		(l) =>
			new RegExp(
				`(?<![A-Za-z])(?:${l.messengerLabels.source})\\s?(?:号码?)?\\s?[:：]?\\s?(?:[A-Za-z0-9][A-Za-z0-9_-]{4,19}(?![A-Za-z0-9])|\\d{2,5}(?:[ -]\\d{1,5}){1,4}(?![A-Za-z0-9])|\\d{5,12}(?!\\d))`,
				'iu',
			),
	);
}

/** E-mail addresses, also with the @ written out (`abc(at)qq.com`, `abc＃163.com`). */
export const EMAIL =
	/[A-Za-z0-9._%+-]{1,64}\s?(?:@|＠|\(at\)|\[at\]|（at）|#(?=(?:qq|163|126|139|gmail|sina|sohu|foxmail|outlook|hotmail|yeah|aliyun)\.))\s?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,10}(?![A-Za-z])/iu;

/** True when the text mentions a payment/POS brand. */
export const mentionsBrand = (text: string, context: RuleContext): boolean => context.lexicon.brands.test(text);

/** Sentences of a line: up to and including 。!?！？; or the end of the line. */
export function sentences(text: string): Array<[start: number, end: number]> {
	const spans: Array<[number, number]> = [];
	let start = 0;
	for (const match of text.matchAll(/[。!?！？;；]+/gu)) {
		const end = match.index + match[0].length;
		if (text.slice(start, end).trim() !== '') spans.push([start, end]);
		start = end;
	}
	if (text.slice(start).trim() !== '') spans.push([start, text.length]);
	return spans;
}

/**
 * The spans of every match of the patterns (each global), in pattern order: the words rules that remove what a pattern
 * matches share this instead of each repeating the loop. Empty matches are skipped.
 */
export function spansOf(text: string, patterns: readonly RegExp[]): Span[] {
	const spans: Span[] = [];
	for (const pattern of patterns)
		for (const match of text.matchAll(pattern)) if (match[0] !== '') spans.push([match.index, match.index + match[0].length]);
	return spans;
}
