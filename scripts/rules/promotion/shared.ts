import type { Lexicon, RuleContext } from './types.ts';

/**
 * Helpers shared by several rule modules. Every regex here is compiled once (module level or per lexicon, cached).
 */

/** Mobile numbers (1[3-9]x, optional +86, spaces/dashes), landlines with area code, 400/800 service numbers. */
export const PHONE_NUMBER = new RegExp(
	[
		'(?<![\\d.])(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![\\d.])',
		'(?<![\\d.])(?:[(（]0\\d{2,3}[)）]|0\\d{2,3})[ -]?\\d{7,8}(?![\\d.])',
		'(?<![\\d.])[48]00[ -]?\\d{3}[ -]?\\d{4}(?![\\d.])',
	].join('|'),
	'u',
);

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

/** A messenger label (微信, vx, QQ…) followed by an ID of 5–20 letters/digits: `微信:pos2024abc`, `QQ 123456789`. */
export function messengerIdRegExp(lexicon: Lexicon): RegExp {
	return derivedRegExp(
		lexicon,
		'messenger-id',
		(l) =>
			new RegExp(
				`(?<![A-Za-z])(?:${l.messengerLabels.source})\\s?(?:号码?)?\\s?[:：]?\\s?[A-Za-z0-9][A-Za-z0-9_-]{4,19}(?![A-Za-z0-9])`,
				'iu',
			),
	);
}

/** True when the text mentions a payment/POS brand. */
export const mentionsBrand = (text: string, context: RuleContext): boolean => context.lexicon.brands.test(text);
