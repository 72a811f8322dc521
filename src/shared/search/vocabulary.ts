import type { DeobfuscationTableData } from '../chinese/deobfuscate.ts';
import { simplifyByTable } from '../chinese/simplified.ts';
import { type PhraseTable, rejoin, replacePhrases, segmentWords, table } from './words.ts';

/**
 * The compiled search vocabulary (src/editorial/vocabulary.yaml → src/content/generated/search-vocabulary.json, written
 * by scripts/pipeline/search-vocabulary.ts) and the lookup structures built from it once per object. Pure and
 * dependency-free: the browser, the entry pages at build time and the tests all use it.
 */

/** The vocabulary as the pipeline compiles it for the browser (see scripts/pipeline/search-vocabulary.ts). */
export interface SearchVocabulary {
	/** Traditional → Simplified, one character each, only for characters whose Simplified form the site uses. */
	traditional: Record<string, string>;
	/**
	 * Taiwan and Hong Kong phrase → the mainland's, both Simplified (网路 → 网络, 列印 → 打印, 纸卷 → 打印纸, 碌卡 → 刷卡):
	 * OpenCC's regional phrase tables restricted to what the site writes, and the vocabulary's `regional` payment words.
	 * Applied right after the character table. Optional like `names`.
	 */
	regional?: Record<string, string>;
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
	/**
	 * English word forms: abbreviation or spelling → the form the search compares (comms → communication, centre →
	 * center), applied to every ASCII word of queries and entries before stemming (english.ts). Optional like `names`.
	 */
	english?: Record<string, string>;
	/**
	 * The cleaner's de-obfuscation table (src/editorial/deobfuscation.yaml without its descriptions and examples): a query
	 * copied from an SEO page is obfuscated as the page is (刷ka卡, 信*卡), and is undone by the same rules. Optional like
	 * `names`.
	 */
	deobfuscation?: DeobfuscationTableData;
}

/** Lookup structures built once per vocabulary object. */
export interface Compiled {
	/** Regional phrases (Simplified keys), applied after the character table. */
	regional: PhraseTable;
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
			regional: table(Object.entries(vocabulary.regional ?? {})),
			typos: table(lowerKeys(protectedTypos(vocabulary))),
			phrases: table([
				...lowerKeys(completeVariants(vocabulary.synonyms)),
				...vocabulary.fillers.filter((f) => f.length >= 2).map((f): [string, string] => [f.toLowerCase(), '']),
			]),
			fillers: new Set(vocabulary.fillers.map((f) => f.toLowerCase())),
			// Terms some non-English phrase maps to (a translation of English words alone names no reader's problem).
			canonical: new Set(
				Object.entries(vocabulary.synonyms)
					.filter(([variant]) => !/^[\x20-\x7e]+$/.test(variant))
					.flatMap(([, term]) => segmentWords(term)),
			),
			particles: vocabulary.particles,
			codes: new Set(vocabulary.codes),
			units: vocabulary.units,
			entries: vocabulary.entries.map((list) => list.split(' ')),
		};
		cache.set(vocabulary, compiled);
	}
	return compiled;
}

/**
 * Traditional → Simplified with the compiled table (derived from the one standard, src/shared/chinese/standard.ts),
 * then, for text written in Traditional characters (the table changed one), Taiwan and Hong Kong phrases in the
 * mainland's words (`regional`: 網路 → 网络, 碌卡 → 刷卡). Simplified text is left as it is: a mainland reader's 线上 or
 * 户口 means what it says, and entries (written in Simplified) are indexed unchanged.
 */
export function toSimplified(text: string, vocabulary: SearchVocabulary): string {
	const simplified = simplifyByTable(text, vocabulary.traditional);
	if (!vocabulary.regional || simplified === text) return simplified;
	return replacePhrases(simplified, compile(vocabulary).regional, false);
}

/** Words without fillers, particles stripped from their ends (扣了 → 扣: a prefix, so Pagefind still finds 扣了). */
export function contentWords(text: string, c: Compiled): string[] {
	const out: string[] = [];
	for (const raw of segmentWords(text)) {
		let word = raw;
		while (word.length > 1 && c.particles.includes(word.slice(-1))) word = word.slice(0, -1);
		if (!c.fillers.has(raw.toLowerCase()) && !c.fillers.has(word.toLowerCase())) out.push(word);
	}
	return out;
}

/**
 * Colloquial text → canonical search words. Phrases are rewritten twice: before fillers are dropped (钱扣了 needs
 * its 了) and after (钱一直没到 → 钱没到 → 未到账). Canonical terms map to themselves, so the second pass is stable.
 */
export function canonicalWords(text: string, c: Compiled): string[] {
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
