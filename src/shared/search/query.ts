import { applyDeobfuscation } from '../chinese/deobfuscate.ts';
import { HAN_CHAR as HAN, HAN_SPACE } from '../chinese/han.ts';
import { foldQuery } from '../chinese/width.ts';
import { type Compiled, canonicalWords, compile, type SearchVocabulary, toSimplified } from './vocabulary.ts';

/**
 * Query normalization for the site search: turns what people type into the words the catalogue uses, before
 * Pagefind runs. Pagefind matches a page only when every query word is on it and knows no synonyms, so
 * "钱扣了没到账" must become "扣款 未到账" to find anything.
 *
 * Pure and dependency-free: the header search and /search/ run it in the browser, the entry pages run it at build
 * time (src/shared/search/index-words.ts), and the tests run it in Node.
 */

/** An entry ID as people type it: R-07, r07, R 07, R－07 (after width folding), one or two digits. */
const ENTRY_ID = /(?<![A-Za-z0-9])([SCRPKscrpk])[\s_-]*(\d{1,2})(?![0-9])/g;
/** A two-character alphanumeric token standing on its own: a response code candidate (51, A0). */
const CODE_TOKEN = /(?<![A-Za-z0-9])([0-9A-Za-z]{2})(?![A-Za-z0-9])/g;

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

/**
 * The words a query (or, at build time, an entry's text) is rewritten to; `relaxed` cuts a long description down to
 * the words one entry can contain ({@link normalizeQuery} does, the index words do not).
 */
export function analyze(query: string, vocabulary: SearchVocabulary, relaxed: boolean): string {
	const c = compile(vocabulary);
	// A space between two Chinese characters is the reader's pause (刷 不了 卡, 钱 扣了): phrases and particles are
	// matched across it, as if it were not there.
	// De-obfuscated as rewrite.ts does (刷ka卡 is 刷卡), so Pagefind looks up the words the entry ranking reads.
	const folded = toSimplified(foldQuery(query), vocabulary);
	let text = (vocabulary.deobfuscation ? applyDeobfuscation(folded, vocabulary.deobfuscation) : folded).replace(HAN_SPACE, '');

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
	return kept.length ? kept.join(' ') : foldQuery(query).trim();
}
