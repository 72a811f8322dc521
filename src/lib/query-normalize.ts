/**
 * Query normalization for the site search: turns what people type into the words the catalogue uses, before
 * Pagefind runs. Pagefind matches a page only when every query word is on it and knows no synonyms, so
 * "钱扣了没到账" must become "扣款 未到账" to find anything.
 *
 * Pure and dependency-free: the header search and /search/ run it in the browser, the entry pages run it at build
 * time (the canonical forms of their aliases become search keywords), and the tests run it in Node. The data is
 * the compiled vocabulary (src/editorial/vocabulary.yaml → src/content/generated/search-vocabulary.json).
 */

/** The vocabulary as the pipeline compiles it for the browser (see scripts/pipeline/search-vocabulary.ts). */
export interface SearchVocabulary {
	/** Traditional → Simplified, one character each, only for characters whose Simplified form the site uses. */
	traditional: Record<string, string>;
	/** Misspelling → correct spelling. */
	typos: Record<string, string>;
	/** Variant → canonical term; every canonical term also maps to itself, so no shorter variant splits it. */
	synonyms: Record<string, string>;
	/** Words dropped from queries: one-character ones when they stand alone, longer ones wherever they occur. */
	fillers: string[];
	/** Sentence particles also stripped from the end of a word (扣了 → 扣: Pagefind's prefix match still finds 扣款). */
	particles: string[];
	/** Words that make a number a quantity (12点, 51元): such a number is not read as a response code. */
	units: string[];
	/** Response codes that have a page (/codes/<code>/). */
	codes: string[];
	/** Written before a detected code: every code page carries it, pages with the same digits in their ID do not. */
	codeTerm: string;
	/**
	 * The searchable words of each entry's own text (title, aliases and their canonical forms, summary), one
	 * space-separated list per entry. Lets a long query be cut down to words that can occur together on one page.
	 */
	entries: string[];
	/**
	 * Names that say nothing about the problem: terminal and acquirer brands, banks, cities (中国银行刷卡失败 is a
	 * 刷卡失败 question). Ranking gives them no weight; three characters or more are cut wherever they occur, shorter
	 * ones only as a word of their own (乐刷 but not the 刷 of 快乐刷卡). Optional: older compiled files lack it.
	 */
	names?: string[];
	/** Circumstance words that count for a third in the ranking (信用卡, 超市). Optional like `names`. */
	minor?: string[];
	/** Terms that count only as a whole (预授权, 拒付). Optional like `names`. */
	wholeWords?: string[];
}

/** An entry ID as people type it: R-07, r07, R 07, R－07 (after width folding), one or two digits. */
const ENTRY_ID = /(?<![A-Za-z0-9])([SCRPKscrpk])[\s_-]*(\d{1,2})(?![0-9])/g;
/** A two-character alphanumeric token standing on its own: a response code candidate (51, A0). */
const CODE_TOKEN = /(?<![A-Za-z0-9])([0-9A-Za-z]{2})(?![A-Za-z0-9])/g;
/** Punctuation and symbols separate words; they never carry meaning in a query. */
const SEPARATORS = /[\p{P}\p{S}\s]+/gu;
const HAN = /\p{Script=Han}/u;
/** A space with Chinese characters on both sides. */
const HAN_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/** Phrases grouped by first character, longest first: a left-to-right longest-match scan needs no regex. */
export type PhraseTable = Map<string, Array<[string, string]>>;

/** Lookup structures built once per vocabulary object. */
export interface Compiled {
	typos: PhraseTable;
	/** Synonyms and long fillers in one table: one longest-match scan, so a synonym that contains a filler wins. */
	phrases: PhraseTable;
	/** Words of the canonical terms: known symptom vocabulary, weighted up when a long query is cut down. */
	canonical: Set<string>;
	fillers: Set<string>;
	particles: readonly string[];
	codes: Set<string>;
	units: readonly string[];
	entries: string[][];
}

const cache = new WeakMap<SearchVocabulary, Compiled>();

function table(pairs: Iterable<[string, string]>): PhraseTable {
	const byFirst: PhraseTable = new Map();
	for (const [from, to] of pairs) {
		const first = from[0];
		if (first === undefined) continue;
		const list = byFirst.get(first) ?? [];
		list.push([from, to]);
		byFirst.set(first, list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
	return byFirst;
}

/** Phrases match case-insensitively (WiFi, wifi, POS, pos): queries are lowercased before the phrase scans. */
const lowerKeys = (pairs: Array<[string, string]>): Array<[string, string]> => pairs.map(([from, to]) => [from.toLowerCase(), to]);

/**
 * Synonym pairs plus, for a variant that ends with the start of its canonical term (被冻 → 冻结), the variant run on
 * into the canonical term (被冻结 → 冻结): otherwise 被冻结 would become 冻结 + a stray 结.
 */
function completeVariants(synonyms: Record<string, string>): Array<[string, string]> {
	const pairs = Object.entries(synonyms);
	for (const [variant, canonical] of Object.entries(synonyms)) {
		const term = canonical.replace(/\s+/g, '');
		for (let k = Math.min(variant.length, term.length - 1); k >= 1; k--) {
			const longer = variant + term.slice(k);
			if (variant.endsWith(term.slice(0, k)) && !(longer in synonyms)) {
				pairs.push([longer, canonical]);
				break;
			}
		}
	}
	return pairs;
}

/**
 * The typo table, with every longer filler kept as it is: the scan is left to right, longest first, so a misspelling
 * is not "corrected" inside a filler that starts earlier (出现额度 is 出现 + 额度, not 出 + 现额 → 限额).
 */
function protectedTypos(vocabulary: SearchVocabulary): Array<[string, string]> {
	const typos = Object.entries(vocabulary.typos);
	const known = new Set(typos.map(([wrong]) => wrong.toLowerCase()));
	const kept = vocabulary.fillers
		.filter((f) => [...f].length >= 2)
		.map((phrase) => phrase.toLowerCase())
		.filter((phrase) => !known.has(phrase));
	return [...[...new Set(kept)].map((phrase): [string, string] => [phrase, phrase]), ...typos];
}

export function compile(vocabulary: SearchVocabulary): Compiled {
	let compiled = cache.get(vocabulary);
	if (!compiled) {
		compiled = {
			typos: table(lowerKeys(protectedTypos(vocabulary))),
			phrases: table([
				...lowerKeys(completeVariants(vocabulary.synonyms)),
				...vocabulary.fillers.filter((f) => f.length >= 2).map((f): [string, string] => [f.toLowerCase(), '']),
			]),
			fillers: new Set(vocabulary.fillers.map((f) => f.toLowerCase())),
			canonical: new Set(Object.values(vocabulary.synonyms).flatMap((term) => segmentWords(term))),
			particles: vocabulary.particles,
			codes: new Set(vocabulary.codes),
			units: vocabulary.units,
			entries: vocabulary.entries.map((list) => list.split(' ')),
		};
		cache.set(vocabulary, compiled);
	}
	return compiled;
}

const ASCII_LETTER = /[a-z]/i;

/**
 * An English phrase matches whole words only (swipe is not the start of swiped); a phrase that starts or ends with a
 * Chinese character may touch anything.
 */
function asciiBounded(text: string, start: number, length: number): boolean {
	const first = text[start] as string;
	const last = text[start + length - 1] as string;
	if (ASCII_LETTER.test(first) && ASCII_LETTER.test(text[start - 1] ?? '')) return false;
	if (ASCII_LETTER.test(last) && ASCII_LETTER.test(text[start + length] ?? '')) return false;
	return true;
}

/**
 * Replaces phrases left to right, longest match first; replaced text is not scanned again, so a canonical term
 * is never rewritten by another rule. `pad` puts spaces around replacements so they stay separate words.
 */
export function replacePhrases(text: string, phrases: PhraseTable, pad: boolean): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		const candidates = phrases.get(text[i] as string);
		const hit = candidates?.find(([from]) => text.startsWith(from, i) && asciiBounded(text, i, from.length));
		if (hit) {
			out += pad ? ` ${hit[1]} ` : hit[1];
			i += hit[0].length;
		} else {
			out += text[i];
			i++;
		}
	}
	return out;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Words of a text as the browser segments Chinese: Pagefind splits queries with the same `Intl.Segmenter`, so
 * these are the words it will look up. Without `Intl.Segmenter` (very old browsers) text splits at spaces only.
 */
export function segmentWords(text: string): string[] {
	const out: string[] = [];
	for (const chunk of text.split(SEPARATORS)) {
		if (!chunk) continue;
		if (typeof Intl.Segmenter !== 'function') {
			out.push(chunk);
			continue;
		}
		segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
		for (const { segment, isWordLike } of segmenter.segment(chunk)) if (isWordLike) out.push(segment);
	}
	return out;
}

/**
 * Full-width forms, compatibility characters and odd spaces to their plain forms (ＰＯＳ５１ → POS51), and every run of
 * whitespace to one space, so an English phrase of the vocabulary (do not honor) matches however it was spaced.
 */
export function foldWidth(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, ' ');
}

export function toSimplified(text: string, vocabulary: SearchVocabulary): string {
	let out = '';
	for (const char of text) out += vocabulary.traditional[char] ?? char;
	return out;
}

/** Words without fillers, particles stripped from their ends (扣了 → 扣: a prefix, so Pagefind still finds 扣了). */
function contentWords(text: string, c: Compiled): string[] {
	const out: string[] = [];
	for (const raw of segmentWords(text)) {
		let word = raw;
		while (word.length > 1 && c.particles.includes(word.slice(-1))) word = word.slice(0, -1);
		if (!c.fillers.has(raw.toLowerCase()) && !c.fillers.has(word.toLowerCase())) out.push(word);
	}
	return out;
}

/** Joins words back into running text: Chinese words touch (so phrases spanning them match), others keep a space. */
function rejoin(words: readonly string[]): string {
	let out = '';
	for (const word of words) {
		const previous = out.at(-1);
		out += previous !== undefined && !(HAN.test(previous) && HAN.test(word[0] ?? '')) ? ` ${word}` : word;
	}
	return out;
}

/**
 * Colloquial text → canonical search words. Phrases are rewritten twice: before fillers are dropped (钱扣了 needs
 * its 了) and after (钱一直没到 → 钱没到 → 未到账). Canonical terms map to themselves, so the second pass is stable.
 */
function canonicalWords(text: string, c: Compiled): string[] {
	const first = contentWords(replacePhrases(replacePhrases(text, c.typos, false), c.phrases, true), c);
	const second = contentWords(replacePhrases(rejoin(first), c.phrases, true), c);
	const seen = new Set<string>();
	return second.filter((word) => {
		const key = word.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The words of a page's text as queries see them: fillers removed the way queries lose them (so 怎么办 in an alias
 * does not leave 办 behind), particles stripped, no synonyms (the page says what it says). For the entry word lists.
 */
export function pageWords(text: string, vocabulary: SearchVocabulary): string[] {
	const c = compile(vocabulary);
	const withoutFillers = replacePhrases(
		text.toLowerCase(),
		table([...c.phrases].flatMap(([, list]) => list.filter(([, to]) => to === ''))),
		true,
	);
	return contentWords(withoutFillers, c);
}

/**
 * Whether an entry's word list contains `word`: a word starting with it (Pagefind matches words by prefix), or, for
 * a single character, the character as a word of its own. The segmenter splits many two-character terms (密钥 →
 * 密 钥, 签到 → 签 到); counting 密 as present wherever 密码 is would make every 密码 entry cover 密钥错误.
 */
const entryHas = (entry: readonly string[], word: string): boolean => {
	const key = word.toLowerCase();
	return [...key].length === 1 ? entry.includes(key) : entry.some((w) => w.startsWith(key));
};

/**
 * Pagefind needs every query word on a page, so a long description ("下雨天在外面摆摊刷卡机就不好用了") finds
 * nothing when one incidental word is missing from the answer. When no entry contains all the words, keep the
 * words of the entry that covers the query best, each word weighted by how few entries have it (rarer words say
 * more): Pagefind then finds that entry and ranks it among the others that share those words.
 */
function relax(words: string[], c: Compiled): string[] {
	const { entries } = c;
	if (words.length < 2 || entries.length === 0) return words;
	const matches = entries.map((entry) => words.map((word) => entryHas(entry, word)));
	if (matches.some((m) => m.every(Boolean))) return words;
	const frequency = words.map((_, i) => matches.filter((m) => m[i]).length);
	// Words no entry contains only occur in incidental text (source statements): they cannot identify an answer.
	// Words of the vocabulary's canonical terms are what the reader's problem is; the rest is often circumstance
	// (店里, 晚上, 摆摊), so they count double.
	// A single character (让, 可, 换) is often a fragment of the reader's sentence rather than a word of the problem:
	// it counts half.
	const weight = frequency.map((df, i) => {
		const word = words[i] as string;
		const kind = (c.canonical.has(word) ? 2 : 1) * (word.length === 1 && HAN.test(word) ? 0.5 : 1);
		return df === 0 ? 0 : Math.log(1 + entries.length / df) * kind;
	});
	let best: boolean[] | undefined;
	let bestScore = 0;
	for (const m of matches) {
		const score = m.reduce((sum, hit, i) => sum + (hit ? (weight[i] as number) : 0), 0);
		if (score > bestScore) {
			best = m;
			bestScore = score;
		}
	}
	return best ? words.filter((_, i) => best[i]) : words;
}

/**
 * Normalizes a search query: full-width → half-width, Traditional → Simplified, typos corrected, entry IDs in
 * their canonical form (r07 → R-07), a response code rewritten to `应答码 51`, colloquial phrases rewritten to
 * the catalogue's terms, filler words dropped, and a long description cut to words that can occur on one entry.
 * Returns space-separated search words; an input that is nothing but filler is returned folded but otherwise
 * unchanged, so the reader still gets results for what they typed.
 */
export function normalizeQuery(query: string, vocabulary: SearchVocabulary): string {
	return analyze(query, vocabulary, true);
}

function analyze(query: string, vocabulary: SearchVocabulary, relaxed: boolean): string {
	const c = compile(vocabulary);
	// A space between two Chinese characters is the reader's pause (刷 不了 卡, 钱 扣了): phrases and particles are
	// matched across it, as if it were not there.
	let text = toSimplified(foldWidth(query), vocabulary).replace(HAN_SPACE, '');

	// IDs first: they are the most specific thing a reader can type, and must survive the code and word rules.
	const ids: string[] = [];
	text = text.replace(ENTRY_ID, (_whole, prefix: string, digits: string) => {
		ids.push(`${prefix.toUpperCase()}-${digits.padStart(2, '0')}`);
		return ' ';
	});

	// A response code answers the query by itself; the words around it (刷卡显示, 交易失败, 是什么意思) are
	// the reader's framing, and would only exclude the code page when it happens not to contain them.
	if (ids.length === 0) {
		for (const match of text.matchAll(CODE_TOKEN)) {
			const code = (match[1] as string).toUpperCase();
			const after = text.slice(match.index + 2).trimStart();
			if (c.codes.has(code) && !c.units.some((unit) => after.startsWith(unit))) return `${vocabulary.codeTerm} ${code}`;
		}
	}

	const words = canonicalWords(text.toLowerCase(), c);
	const kept = [...new Set(ids), ...(relaxed ? relax(words, c) : words)];
	return kept.length ? kept.join(' ') : foldWidth(query).trim();
}

/**
 * Search words of an entry's texts for a Pagefind metadata field (keywords: its aliases; terms: its own names, the
 * title and, on a code page, the terminal message). Pagefind splits metadata at spaces only and matches a query word
 * against the start of each chunk, so "刷卡失败，显示交易失败" would be one chunk that 失败 and 交易 never match: the
 * words are segmented the way queries are, fillers and particles dropped, and the canonical forms of each text added
 * (连不上网 → 网络 连接 失败), so a normalized query meets every word of the entry's own phrasing. With `literal`,
 * only the words the texts themselves contain: for the terms, so that an entry whose name merely rewrites to the
 * query's words (密码输错次数超限 → 密码 输入错误 …) does not outrank the entry named by them (交易信息输入错误).
 *
 * On a code page (`code`), the code itself is left out (the `id` field has it), and with `skipCodeForms` so are texts
 * that contain it (应答码51, 51错误): normalization reduces such a query to the code, and their framing words (错误,
 * 显示) would only make every code page match unrelated queries.
 */
export function metaWords(
	texts: readonly string[],
	vocabulary: SearchVocabulary,
	{ code, skipCodeForms = false, literal = false }: { code?: string | undefined; skipCodeForms?: boolean; literal?: boolean } = {},
): string[] {
	const omit = code?.toLowerCase();
	const out = new Set<string>();
	for (const text of texts) {
		if (omit && skipCodeForms && text.toLowerCase().includes(omit)) continue;
		const canonical = literal ? [] : analyze(text, vocabulary, false).split(' ');
		for (const word of [...pageWords(toSimplified(foldWidth(text), vocabulary), vocabulary), ...canonical]) {
			const key = word.toLowerCase();
			if (key && key !== omit) out.add(key);
		}
	}
	return [...out];
}

/**
 * Canonical forms of an entry's aliases, for its search keywords: whatever a query is rewritten to, the entry it
 * was written for still contains it. Returns the words of those forms that the aliases do not already contain.
 */
export function canonicalKeywords(aliases: readonly string[], vocabulary: SearchVocabulary): string[] {
	const present = aliases.join(' ');
	const out = new Set<string>();
	for (const alias of aliases) {
		for (const word of analyze(alias, vocabulary, false).split(' ')) if (word && !present.includes(word)) out.add(word);
	}
	return [...out];
}
