import type { Span, WordsRule } from './types.ts';

/**
 * The anti-copy noise of a Discuz forum (its `jammer` font runs, flattened to text): random runs of one- or
 * two-character tokens of Latin letters, digits and ASCII punctuation, separated by single spaces and spliced between
 * sentences (`公仔箱论坛7 d- x+ v# E. X# s( O`, `4 E* d; r0 k9 H% p`). The generator writes pairs of a character from
 * space to `;` (digits and most punctuation), a space and a character from `?` to `~` (letters and the rest), one after
 * the other: a run opens with a lone low character and closes with a lone high one, each of which may be glued to the
 * text around it (`…bttvb, i$ g:`, `H% ptvb now`). They go with the run, so no stray letter is left.
 */

/** ASCII punctuation. */
const PUNCT = /[!-/:-@[-`{-~]/u;
const PUNCT_ALL = /[!-/:-@[-`{-~]/gu;
/** Four or more tokens of one or two printable ASCII characters separated by single spaces. */
const RUN = /(?<![!-~])(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?![!-~])/gu;
/** The generator's low characters (space to `;`) and high characters (`?` to `~`). */
const LOW = /^[!-;]$/u;
const HIGH = /^[?-~]$/u;

/**
 * True when a run is noise, not a list or code: at least three of its tokens carry punctuation, of at least two kinds,
 * and at least one carries a letter (a row of numbers `", 8, 0, 0, 2,` has none; a list `A. B. C.` one kind of
 * punctuation).
 */
function isNoise(run: string): boolean {
	const tokens = run.trim().split(' ');
	const punctuated = tokens.filter((token) => PUNCT.test(token)).length;
	const kinds = new Set(run.match(PUNCT_ALL) ?? []).size;
	return punctuated >= 3 && kinds >= 2 && tokens.some((token) => /[A-Za-z]/u.test(token));
}

/**
 * The run widened by the generator's lone characters glued to the text around it: a run whose last token is a pair
 * ending in a low character (`H%`) still has its closing high character after the next space (`H% p|tvb`); one whose
 * first token is a pair opening with a high character (`i$`) has its opening low character before the space (`bttvb|, i$`).
 */
function widened(text: string, start: number, end: number): [number, number] {
	const run = text.slice(start, end);
	const first = run.slice(0, run.indexOf(' '));
	const last = run.slice(run.lastIndexOf(' ') + 1);
	let from = start;
	let to = end;
	if (last.length === 2 && LOW.test(last[1] ?? '') && text[end] === ' ' && HIGH.test(text[end + 1] ?? '')) to = end + 2;
	if (first.length === 2 && HIGH.test(first[0] ?? '') && text[start - 1] === ' ' && LOW.test(text[start - 2] ?? '')) from = start - 2;
	return [from, to];
}

/** Spans of jammer noise in a text. */
function jammerSpans(text: string): Span[] {
	return [...text.matchAll(RUN)].filter((m) => isNoise(m[0])).map((m) => widened(text, m.index, m.index + m[0].length));
}

/** The text without its jammer noise: what rules that judge a raw line as a whole (latin-furniture) look at. */
export function withoutJammer(text: string): string {
	let kept = '';
	let position = 0;
	for (const [start, end] of jammerSpans(text)) {
		kept += text.slice(position, start);
		position = end;
	}
	return (kept + text.slice(position)).trim();
}

export const jammerNoiseRule: WordsRule = {
	id: 'jammer-noise',
	scope: 'words',
	description:
		'The anti-copy noise of a Discuz forum spliced between sentences: a run of four or more one- or two-character tokens of Latin letters, digits and ASCII punctuation separated by single spaces, at least three of them with punctuation of at least two kinds and one with a letter (7 d- x+ v# E. X# s( O, 4 E* d; r0 k9 H% p), with the generator\'s lone opening or closing character where it is glued to the text around it (…bttvb, i$ g:, H% ptvb now: the generator writes pairs of a character from space to ; and one from ? to ~), so no stray letter is left. Runs after markup and before masked-text, so a sentence glued to the noise (…?! p2 o+ F) g苹果公司在2014年推出Apple Pay…) is kept, not withheld. Code and number rows (", 8, 0, 0, 2,), response codes (05 51 55) and lists (A. B. C.) stay.',
	examples: {
		removes: [
			// p-e538f3fcc0 and p-e0e8f5fd76 (heldout-11), after stage 2.
			'7 _- O, ?! p2 o+ F) g苹果公司在2014年推出Apple Pay系统,昨起终可在港使用。付款时,将iPhone放在读卡器上便能完成。公仔箱论坛7 d- x+ v# E. X# s( O',
			'0 D8 ~+ u2 T9 I3 N% O# w$ W+ I" D公仔箱论坛记者实测 付款需时约5秒- t+ q" c* o0 t, R5 D% O) ]',
			'4 E* d; r0 k9 H% ptvb now,tvbnow,bttvb',
			'tvb now,tvbnow,bttvb, i$ g: P. o, a" \\# j5 C',
			'^" |7 b! @ I5 C',
		],
		keeps: [
			// p-075209508f (heldout-8), a C array row; p-e4810c9caa (heldout-9), an APDU log.
			'{0,"BIT MAP,EXTENDED ", 8, 0, 0, 2, NULL,0}',
			'SendAPDU data: 00 a4 04 00 0e 32 50 41 59 2e 53 59 53 2e 44 44 46 30 31 00,tw:3',
			'常见应答码有 05 51 55 等。',
		],
	},
	spans(text): Span[] {
		return jammerSpans(text);
	},
};

/** A run of eight or more digits spliced into words: glued before a Chinese character or a letter, after one or after punctuation. */
const DIGIT_RUN = /(?<=[\p{Script=Han}A-Za-z。，,;；:：!！?？、】#])\d{8,}(?=[\p{Script=Han}A-Za-z])/gu;
/** Fewest such runs in a line for them to be a hijacked page's injection rather than a number of the text. */
const MIN_DIGIT_RUNS = 3;

/**
 * The digit noise a hijacked page splices into a copied article (冲正指的6592029425279243当系统检测到…所2914208345565381采取的
 * 40067944一种补救方式): runs of eight or more digits glued before a Chinese character or a letter, three or more in one line. A card
 * or account number in a sentence has a label before it and a unit, a space or punctuation around it, and is never
 * repeated three times between words; the digits go, the sentence they were spliced into stays.
 */
export const digitInjectionRule: WordsRule = {
	id: 'digit-injection',
	scope: 'words',
	description:
		'Digit noise spliced into a copied article by a hijacked page: runs of eight or more digits glued before a Chinese character or a letter (after one, or after punctuation), at least three in one line (冲正指的6592029425279243当系统检测到用户交易失败时所2914208345565381采取的40067944一种补救方式), are removed and the sentence they were spliced into stays. A number in a sentence (商户编号为123456789012345的终端, 卡号6222021234567890) occurs once or twice and stays.',
	examples: {
		removes: [
			// A hijacked finance page (heldout-15, p-258b9e4bd7).
			'冲正指的6592029425279243当系统检测到用户交易失败时所2914208345565381采取的40067944一种补救方式。',
			'冲正指的是一种补救方式。11490633如果用户在19669610POS机上取款时出现问题,一般在72772798三个工作日内退回。',
		],
		keeps: ['商户编号为123456789012345的终端需要重新签到。', '卡号6222021234567890的交易和卡号6222029876543210的交易都失败了。'],
	},
	spans(text) {
		const runs = [...text.matchAll(DIGIT_RUN)];
		if (runs.length < MIN_DIGIT_RUNS) return [];
		return runs.map((match) => [match.index, match.index + match[0].length] as const);
	},
};
