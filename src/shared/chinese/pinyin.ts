/**
 * Pinyin: the syllable grammar (which Latin tokens can be pinyin at all) and the project's one pinyin lexicon
 * (src/editorial/deobfuscation.yaml `pinyin`: the syllables of the characters people spell out), used by the cleaner's
 * de-obfuscation (`ka卡`, `银行ka`) and, through {@link wholeWordSpellings}, by the query side (`shuaka`, `daozhang`
 * typed in a query). Pure and dependency-free.
 */

/** Character → its toneless syllables, lower case (行: hang, xing). */
export type PinyinLexicon = Readonly<Record<string, readonly string[]>>;

/** Toneless pinyin syllables (ü written u or v). Over-generates a little; English words still fail it. */
const PINYIN_SYLLABLE = new RegExp(
	'^(?:' +
		[
			'[bpmf](?:a|o|ai|ei|ao|ou|an|en|ang|eng|i|ie|iao|ian|in|ing|u)',
			'[dt](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|i|ie|iao|iu|ian|ing|u|uo|ui|uan|un)',
			'[nl](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|i|ie|iao|iu|ian|in|iang|ing|u|uo|uan|un|v|ve|ue)',
			'[gkh](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|u|ua|uo|uai|ui|uan|un|uang)',
			'[jqx](?:i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ue|uan|un)',
			'(?:zh|ch|sh|[zcs])(?:a|e|i|ai|ei|ao|ou|an|en|ang|eng|ong|u|ua|uo|uai|ui|uan|un|uang)',
			'r(?:e|i|ao|ou|an|en|ang|eng|ong|u|ua|uo|ui|uan|un)',
			'y(?:a|e|i|o|ao|ou|an|in|ang|ing|ong|u|ue|uan|un)',
			'w(?:a|o|u|ai|ei|an|en|ang|eng)',
			'a|o|e|ai|ei|ao|ou|an|en|ang|eng|er',
		].join('|') +
		')[1-5]?$',
);

/** True when `token` (lower case) is one toneless pinyin syllable, optionally with a tone digit. */
export const isPinyinSyllable = (token: string): boolean => PINYIN_SYLLABLE.test(token);

/** Number of pinyin syllables a token splits into, or 0 when it is not pinyin (dynamic programming, tokens ≤ 80 chars). */
export function countPinyinSyllables(token: string): number {
	const best: number[] = [0];
	for (let end = 1; end <= token.length; end++) {
		best[end] = Number.POSITIVE_INFINITY;
		for (let start = Math.max(0, end - 7); start < end; start++) {
			const before = best[start] ?? Number.POSITIVE_INFINITY;
			if (before !== Number.POSITIVE_INFINITY && PINYIN_SYLLABLE.test(token.slice(start, end)))
				best[end] = Math.min(best[end] ?? Infinity, before + 1);
		}
	}
	const count = best[token.length] ?? Number.POSITIVE_INFINITY;
	return count === Number.POSITIVE_INFINITY ? 0 : count;
}

/**
 * True when a bracket after `hanziCount` Chinese characters holds their pinyin: every token splits into pinyin syllables,
 * there are no more syllables than characters, and it is written like pinyin (tone marks or digits, or all lower case with
 * at least two syllables). `(Point of Sale)`, `(POS)`, `(China)` and `(a)` fail.
 */
export function isPinyinAnnotation(inside: string, hanziCount: number): boolean {
	const hasTones = /[\u00c0-\u024f1-5]|\p{M}/u.test(inside);
	if (!hasTones && inside !== inside.toLowerCase()) return false;
	const plain = inside.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	if (/[^a-z1-5'’·\- ]/.test(plain)) return false;
	let syllables = 0;
	for (const token of plain.split(/[\s'’·-]+/)) {
		if (token === '') continue;
		const count = countPinyinSyllables(token);
		if (count === 0) return false;
		syllables += count;
	}
	return syllables > 0 && syllables <= hanziCount && (hasTones || syllables >= 2);
}

/** Every syllable the lexicon knows (for spotting leftover pinyin next to a Chinese character). */
export function lexiconSyllables(lexicon: PinyinLexicon): Set<string> {
	return new Set(Object.values(lexicon).flat());
}

/**
 * The ways a whole word is typed in pinyin without choosing the characters, by the lexicon: each character's
 * syllables in order, in the standard orthography (a syllable that starts with a, o or e after another one takes an
 * apostrophe: 余额 yu'e, 限额 xian'e) and also without the apostrophe, unless that is one syllable, which is some other
 * character's (yue is 月, 约, 越, not 余额; xiane and yuebuzu stay). Empty when a character has no entry.
 */
export function wholeWordSpellings(word: string, lexicon: PinyinLexicon): string[] {
	let spellings: Array<{ marked: string; plain: string }> = [{ marked: '', plain: '' }];
	for (const char of word) {
		const syllables = lexicon[char];
		if (!syllables?.length) return [];
		spellings = spellings.flatMap(({ marked, plain }) =>
			syllables.map((s) => ({ marked: marked + (marked !== '' && /^[aoe]/.test(s) ? `'${s}` : s), plain: plain + s })),
		);
	}
	const out = new Set<string>();
	for (const { marked, plain } of spellings) {
		out.add(marked);
		if (plain !== marked && countPinyinSyllables(plain) !== 1) out.add(plain);
	}
	return [...out];
}

/** A separator between the items of a list (、 , ， / ; ；) or a joining word (和 或 及 与), with spaces around it. */
const SEPARATOR = String.raw`\s*(?:[、,，/;；]|以及|和|或|及|与|and|or)\s*`;
const LIST_SEPARATOR = new RegExp(`^${SEPARATOR}`, 'iu');
const LIST_SEPARATOR_AT_END = new RegExp(`${SEPARATOR}$`, 'iu');
const LATIN_WORD_AT_START = /^[A-Za-z][A-Za-z0-9.+#-]*/;
const LATIN_WORD_AT_END = /[A-Za-z][A-Za-z0-9.+#-]*$/;

/**
 * True when the Latin word at `text[start, end)` is one item of a list of Latin words (`如Ping、Traceroute等`,
 * `TCP/IP和Telnet`) in which some item is not pinyin at all: such a list names tools, protocols or products, so a
 * word of it that happens to spell a syllable (Ping, Telnet's neighbour Ma) is a name, not a pinyin leftover. A
 * lone syllable next to a character (`刷ka卡`) and a list of syllables only (`ka、xi`) stay suspect.
 */
export function isInLatinNameList(text: string, start: number, end: number): boolean {
	const items = [text.slice(start, end)];
	// Walk the list to the right and to the left, item by item.
	let rest = text.slice(end);
	for (let separator = LIST_SEPARATOR.exec(rest); separator; separator = LIST_SEPARATOR.exec(rest)) {
		const word = LATIN_WORD_AT_START.exec(rest.slice(separator[0].length));
		if (!word) break;
		items.push(word[0]);
		rest = rest.slice(separator[0].length + word[0].length);
	}
	let head = text.slice(0, start);
	for (;;) {
		const separator = LIST_SEPARATOR_AT_END.exec(head);
		if (!separator) break;
		const word = LATIN_WORD_AT_END.exec(head.slice(0, separator.index));
		if (!word) break;
		items.push(word[0]);
		head = head.slice(0, separator.index - word[0].length);
	}
	if (items.length < 2) return false;
	return items.some((item) => countPinyinSyllables(item.toLowerCase()) === 0);
}
