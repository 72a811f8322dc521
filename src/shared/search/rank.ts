/**
 * Entry ranking for the site search: which catalogue entries answer a query, best first, and whether any answers it
 * fully. Runs in the browser over the entry index the build writes (/search-index.json, see entry-index.ts), and in
 * Node in the relevance harness over the same file: one implementation.
 *
 * How: the query is rewritten into the catalogue's words (rewrite.ts). Its text is compared with each entry's fields
 * (name, aliases, summary, body) as character pairs, the way Chinese search engines match text the word segmenter
 * cuts badly (商户 → 商|户), plus single characters and ASCII words. Each pair weighs by how few entries contain it
 * (inverse document frequency: 余额 says more than 刷卡) and by the field it is found in (an entry named by the words
 * outranks one that mentions them). A partial match is ranked by how much of the query it explains: the entry's score
 * is the weight it matches, scaled by its coverage of the query's characters. Filler (怎么回事, 是什么意思), names of
 * brands, banks and cities weigh nothing; a long question keeps all its words with their weights.
 *
 * Declining: when the best entry explains too little of the query (a topic the knowledge base does not cover: 跳码,
 * 二清机, 预授权), or the query names a code no page has, the search says "没有找到完全对应的条目" and shows the
 * nearest entries as such — one stray matching word never makes a confident first answer.
 */

import { HAN_CHAR as HAN, HAN as HAN_CLASS } from '../chinese/han.ts';
import { problemClauses } from './clauses.ts';
import { READING_TERMS } from './readings.ts';
import { isCanonicalRun, type RewrittenQuery, rewriteQuery } from './rewrite.ts';
import type { SearchVocabulary } from './vocabulary.ts';

/** Entry types the index holds; `table` is the response-code table (/codes/). */
export type IndexedType = 'symptom' | 'cause' | 'remedy' | 'prevention' | 'case' | 'code' | 'table';

/** One entry as the search sees it. */
export interface IndexedEntry {
	id: string;
	type: IndexedType;
	/** The page title as results show it (ID and title). */
	title: string;
	url: string;
	/** First sentence of the summary, shown under the title. */
	snippet: string;
	category?: string;
	audience?: string[];
	/**
	 * Searchable text per field, Simplified and lower case, each text followed by its canonical rewriting:
	 * [name (title; a code's meaning and terminal message), aliases, summary, body (steps, checks, explanation),
	 * English messages a terminal or host prints for it].
	 */
	fields: [string, string, string, string, string];
}

/** The file /search-index.json: the vocabulary that rewrites queries, and the entries. */
export interface EntryIndex {
	vocabulary: SearchVocabulary;
	entries: IndexedEntry[];
	/**
	 * Terms learned from labelled real phrasings (scripts/pipeline/search-learned.ts, `npm run train:search`): entry ID →
	 * query term (a character pair or an English word or word pair, as {@link learnedQueryTerms} reads a query) → weight,
	 * the share of the training phrasings with that term that asked for the entry. Optional: an index built without the
	 * trained file ranks by the entries' own words alone.
	 */
	learned?: Record<string, Record<string, number>>;
}

/** How much a match counts in each field: name, aliases, summary, body, English messages. */
export const FIELD_WEIGHTS = [3, 2.4, 1.1, 0.6, 2.4] as const;

/** The field of English messages, and the length of its text when an entry has none (the empty field's separator). */
const MESSAGE_FIELD = 4;
const MESSAGE_EMPTY = 4;

/** A whole word counts in the name and aliases only: an entry is about it, not one that mentions it in passing. */
const WHOLE_WORD_FIELDS = 2;

/**
 * How much each type of entry counts when words alone decide (a typed ID or code comes first anyway): a symptom is
 * where a reader starts, and a code page answers a code or its own distinctive meaning (不予承兑), not words that many
 * codes share (交易失败 is the message of twenty codes); a case tells one story of a symptom.
 */
export const TYPE_WEIGHTS: Record<IndexedType, number> = {
	symptom: 1.15,
	cause: 1.05,
	remedy: 1,
	prevention: 0.85,
	case: 0.75,
	code: 0.9,
	table: 1.2,
};

/**
 * The ranking's settings, measured with `npm run eval:search` on the real-phrasing sets (tests/search/real/).
 * `coverageFloor` 0.4 and `unknownWeight` 2 (were 0.2 and 1) are what the leave-one-set-out check
 * (tests/search/crossval.ts, 2026-12-02) chose in every fold from the other sets alone:
 * - `coverageFloor`: the share of an entry's score kept at zero coverage (1 would ignore coverage);
 * - `declineCoverage`: below this coverage of the query by the best entry, the search declines;
 * - `declineScore`: below this score of the best entry, the search declines (almost nothing matched);
 * - `unknownWeight`: weight (inverse document frequency) of a query character no entry contains in any pair: a word the
 *   knowledge base does not know may carry meaning it cannot answer, or be circumstance (第二天, 跨行): as much as a
 *   fairly common word;
 * - `unknownWholeWeight`: weight, as a share of the rarest pair's, of a character of a whole word (wholeWords) no entry
 *   is named by: a payment term the knowledge base does not cover (预授权, 跳码) is meaning it cannot answer;
 * - `lengthNorm`: how much a long alias list or summary is discounted (BM25's b): an entry with many aliases matches
 *   scattered words by chance; `nameLengthNorm` the same for names (密码错误 names 55 more than 密码错误次数超限 does);
 * - `singleWeight`: factor for a lone character (单, 有, 机): mostly a fragment of the sentence, not a word;
 * - `canonicalBoost`: factor for a run that is a canonical term of the vocabulary (the reader's problem);
 * - `runBonus`: extra weight when a whole run of three characters or more occurs in one field (a phrase, not pairs
 *   scattered over the text);
 * - `nameMatch`: extra weight for the share of the entry's own name the query accounts for: the entry the query names
 *   outranks one named by more (交易失败 → 刷卡失败，显示交易失败, not 交易失败但已扣款);
 * - `minorWeight`: factor for the vocabulary's circumstance words (`minor`: 信用卡, 超市);
 * - `exactBonus`: extra weight when a phrase of the query is one of the entry's names or aliases exactly (密码错误 is an
 *   alias of 55, and only a part of 38's 密码错误次数超限): the entry people call by that phrase;
 * - `wordWeight`: factor for an English word on its own; `wordPairWeight` for two adjacent English words found
 *   adjacent in an entry (KEEP CARD, not "card keep saying"): English messages match by their words in order;
 * - `offTopic`: factor for an entry whose own name carries a whole-word topic term (wholeWords: 预授权, 降级, 拒付) the
 *   query does not: the entry is about that topic, and a query that does not name it asks about something else
 *   (怎么撤销付款 is no 预授权 question, though 预授权完成或撤销失败 shares 撤销);
 * - `seamCap`: a pair whose characters both belong to known pairs on either side (卡成 of 刷卡成功, 效卡 of 无效卡号) weighs
 *   at most this times the heavier of those two pairs (0: no cap). Such a seam is rare because the whole phrase is, and
 *   let an entry that writes the phrase outrank the one the query is about (刷卡成功后还能撤销吗 → 刷卡成功但未到账); chosen
 *   2026-12-02 by the leave-one-set-out check (tests/search/measurements.md);
 * - `circumstanceWeight`: factor for the words of the clauses of a long question that set the scene (when, where, who,
 *   what was bought) and state no problem (clauses.ts): the clause with 显示/失败/扣/没到账 says what the story is about;
 * - `learnedWeight`: score per unit of learned-term weight (EntryIndex `learned`) a query term earns the entry it was
 *   learned for (0: learned terms are ignored); 32 with `learnedExplains` 1 chosen 2026-12-03 by `npm run
 *   crossval:learned` (leave-one-set-out, tests/search/measurements.md: 16, 32 and 64 tried);
 * - `learnedExplains`: 1 when a query term matched by a learned term counts as explained for the coverage (and so for
 *   the decline), 0 when only the entries' own words explain the query.
 */
export const RANKING = {
	coverageFloor: 0.4,
	declineCoverage: 0.45,
	declineScore: 4,
	unknownWeight: 2,
	unknownWholeWeight: 1.5,
	singleWeight: 0.35,
	canonicalBoost: 1.3,
	runBonus: 0.5,
	minorWeight: 0.3,
	lengthNorm: 0.5,
	nameLengthNorm: 0.3,
	nameMatch: 0.3,
	offTopic: 0.55,
	exactBonus: 1,
	wordWeight: 0.6,
	wordPairWeight: 1.5,
	seamCap: 1,
	circumstanceWeight: 0.5,
	learnedWeight: 32,
	learnedExplains: 1,
};

/** One ranked entry. */
export interface RankedEntry {
	id: string;
	score: number;
	/** Share of the query (weighted characters) the entry explains, 0–1. */
	coverage: number;
}

export interface Ranking {
	/** Entries with any match, best first (typed IDs and codes first of all). */
	results: RankedEntry[];
	/** No entry answers the query fully: the results are the nearest entries, not answers. */
	declined: boolean;
	/** Why it declined: a code no page has, or too little of the query explained. */
	reason?: 'unknown-code' | 'partial';
	/** Codes the query names that no page has (shown in the message). */
	unknownCodes: string[];
	/** The query typed an entry ID or a code that has a page: that page is the answer, first. */
	pinned: boolean;
	/** The query as the search understood it: IDs, codes and content runs. */
	understood: string;
}

interface Compiled {
	entries: IndexedEntry[];
	/** Per entry, per field: the set of units (character pairs, single characters, ASCII words). */
	units: Array<Array<Set<string>>>;
	/** Per entry, per field: the text, for whole-run matches. */
	texts: string[][];
	/** Per entry, per field: every three-character window of the text, to rule out whole-run matches quickly. */
	trigrams: Array<Array<Set<string>>>;
	/** Number of entries containing each unit in any field. */
	df: Map<string, number>;
	byId: Map<string, number>;
	n: number;
	/** Per entry, per field: the length discount (1 for a field of average length). */
	norms: number[][];
	/** Per entry: the Han characters of its own name (the name field before its canonical rewriting). */
	names: string[][];
	/** Per entry: each English message as the query rewriting reads it (its canonical words, in order). */
	messages: string[][][];
	/** Per entry: the whole-word topic terms (wholeWords) its own name contains. */
	topics: string[][];
	/** Per entry, for the name and alias fields: each name or alias as the entry writes it, whole, without spaces. */
	exact: Array<Array<Set<string>>>;
	/** Per entry: its learned terms and their weights (empty when the index has none for it). */
	learned: Array<Map<string, number>>;
}

const cache = new WeakMap<EntryIndex, Compiled>();
const PIECES = new RegExp(`${HAN_CLASS}+|[a-z0-9+]+`, 'gu');

/** A run of ASCII words separated by single spaces (an English message: pick up card). */
const ASCII_PHRASE = /[a-z0-9+]+(?: [a-z0-9+]+)+/g;

/**
 * Units of a text: every Han character and every pair of adjacent ones in a Han run, each ASCII word, and each pair of
 * adjacent ASCII words (keep card): word order carries meaning in English as character order does in Chinese.
 */
export function textUnits(text: string): Set<string> {
	const out = new Set<string>();
	for (const [phrase] of text.toLowerCase().matchAll(ASCII_PHRASE)) {
		const words = phrase.split(' ');
		for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
	}
	for (const [piece] of text.toLowerCase().matchAll(PIECES)) {
		if (!HAN.test(piece)) {
			out.add(piece);
			continue;
		}
		const chars = [...piece];
		chars.forEach((char, i) => {
			out.add(char);
			if (i > 0) out.add(chars[i - 1] + char);
		});
	}
	return out;
}

function compileIndex(index: EntryIndex): Compiled {
	let c = cache.get(index);
	if (!c) {
		const units = index.entries.map((e) => e.fields.map((f) => textUnits(f)));
		const df = new Map<string, number>();
		for (const fields of units) {
			const all = new Set(fields.flatMap((f) => [...f]));
			for (const u of all) df.set(u, (df.get(u) ?? 0) + 1);
		}
		const lengths = index.entries.map((e) => e.fields.map((f) => f.length));
		// The message field is empty on most entries: its average is over the entries that have messages.
		const averages = FIELD_WEIGHTS.map((_, f) => {
			const present = lengths.filter((l) => f !== MESSAGE_FIELD || (l[f] as number) > MESSAGE_EMPTY);
			return present.reduce((sum, l) => sum + (l[f] as number), 0) / Math.max(present.length, 1);
		});
		const norms = lengths.map((l) =>
			l.map((len, f) => {
				const b = f === 0 || f === MESSAGE_FIELD ? RANKING.nameLengthNorm : RANKING.lengthNorm;
				return 1 / (1 - b + (b * len) / Math.max(averages[f] as number, 1));
			}),
		);
		const wholeWords = (index.vocabulary.wholeWords ?? []).map((w) => w.toLowerCase());
		c = {
			names: index.entries.map((e) => [...(e.fields[0].split(' || ')[0] ?? '')].filter((ch) => HAN.test(ch))),
			exact: index.entries.map((e) =>
				e.fields.slice(0, WHOLE_WORD_FIELDS).map(
					(f) =>
						new Set(
							(f.split(' || ')[0] ?? '')
								.split(' | ')
								.map((part) => part.replace(/\s+/g, ''))
								.filter(Boolean),
						),
				),
			),
			messages: index.entries.map((e) =>
				[
					...new Set(
						(e.fields[MESSAGE_FIELD].split(' || ')[1] ?? '')
							.split(' | ')
							.map((m) => m.trim())
							.filter(Boolean),
					),
				].map((m) => m.split(/\s+/)),
			),
			topics: index.entries.map((e) => {
				const name = e.fields[0].split(' || ')[0] ?? '';
				return wholeWords.filter((w) => name.includes(w));
			}),
			norms,
			entries: index.entries,
			units,
			texts: index.entries.map((e) => e.fields.map((f) => f)),
			// UTF-16 windows (cheap to build); a phrase with characters outside the BMP skips the shortcut (longestShared).
			trigrams: index.entries.map((e) =>
				e.fields.map((f) => {
					const set = new Set<string>();
					for (let k = 0; k + 3 <= f.length; k++) set.add(f.slice(k, k + 3));
					return set;
				}),
			),
			df,
			learned: index.entries.map((e) => new Map(Object.entries(index.learned?.[e.id] ?? {}))),
			byId: new Map(index.entries.map((e, i) => [e.id, i])),
			n: index.entries.length,
		};
		cache.set(index, c);
	}
	return c;
}

/** A query unit with its weight and the query characters it stands for. */
interface QueryUnit {
	unit: string;
	weight: number;
	/** Indexes into the query's character list. */
	chars: number[];
	/** A whole word (wholeWords): matched where an entry's text contains it, not by its pairs. */
	whole?: boolean;
}

interface QueryChars {
	units: QueryUnit[];
	/** Weight of each query character (its most informative known unit, or unknownWeight). */
	charWeights: number[];
	/** Phrases of three characters or more, for whole-phrase matches, with their mean character weight. */
	longRuns: Array<{ run: string; weight: number }>;
	/** Han phrases of two characters or more (runs and phrases, without spaces), with the weight of their pairs. */
	exactPhrases: Array<{ phrase: string; weight: number }>;
}

/** Where the words of `list` occur in `text`: a mark per character. */
function marks(text: readonly string[], list: readonly string[]): boolean[] {
	const joined = text.join('');
	const out = text.map(() => false);
	for (const word of list) {
		const chars = [...word];
		for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
			// Character positions, not UTF-16 offsets: every Han character here is one UTF-16 unit.
			for (let k = 0; k < chars.length; k++) out[at + k] = true;
		}
	}
	return out;
}

function analyse(
	runs: readonly string[],
	phrases: readonly string[],
	c: Compiled,
	vocabulary: SearchVocabulary,
	runFactors: readonly number[] = [],
	phraseFactors: readonly number[] = [],
): QueryChars {
	const idf = (df: number): number => (df === 0 ? 0 : Math.log(1 + (c.n - df + 0.5) / (df + 0.5)));
	const unitIdf = (unit: string): number => idf(c.df.get(unit) ?? 0);
	const maxIdf = idf(1);
	const minor = minorWords(vocabulary);
	const wholeWords = (vocabulary.wholeWords ?? []).map((w) => w.toLowerCase());
	const units: QueryUnit[] = [];
	const charWeights: number[] = [];
	// The previous ASCII word of the query and its character index, for word pairs (English words stay in order).
	let previousWord: { word: string; at: number } | undefined;
	for (const [r, run] of runs.entries()) {
		// A run of a circumstance clause (clauses.ts) weighs less, known or not, in the score and in the coverage.
		const factor = runFactors[r] ?? 1;
		const boost = (isCanonicalRun(run, vocabulary) ? RANKING.canonicalBoost : 1) * factor;
		for (const [piece] of run.matchAll(PIECES)) {
			const base = charWeights.length;
			if (!HAN.test(piece)) {
				// Numbers are amounts and counts here: a code is recognised before ranking (rewrite.ts).
				if (/^\d+$/.test(piece)) continue;
				const w = unitIdf(piece);
				charWeights.push(w > 0 ? w * boost : RANKING.unknownWeight * factor);
				if (w > 0) units.push({ unit: piece, weight: w * boost * RANKING.wordWeight, chars: [base] });
				if (previousWord) {
					const pair = `${previousWord.word} ${piece}`;
					const pw = unitIdf(pair);
					if (pw > 0) units.push({ unit: pair, weight: pw * RANKING.wordPairWeight, chars: [previousWord.at, base] });
				}
				previousWord = { word: piece, at: base };
				continue;
			}
			previousWord = undefined;
			const chars = [...piece];
			const small = marks(chars, minor).map((m) => (m ? RANKING.minorWeight : 1));
			const whole = marks(chars, wholeWords);
			const weights = chars.map(() => 0);
			if (chars.length === 1) {
				const w = unitIdf(piece) * RANKING.singleWeight * boost * (small[0] as number);
				charWeights.push(w > 0 ? w : RANKING.unknownWeight * RANKING.singleWeight * factor);
				if (w > 0) units.push({ unit: piece, weight: w, chars: [base] });
				continue;
			}
			// Each pair's inverse document frequency; a pair that takes a character of a whole word (期刷 of 分期刷卡) does not
			// explain it: the whole word must.
			const pairIdf = chars.map((ch, i) => (i === 0 || whole[i - 1] || whole[i] ? 0 : unitIdf((chars[i - 1] as string) + ch)));
			for (let i = 1; i < chars.length; i++) {
				if (whole[i - 1] || whole[i]) continue;
				const pair = (chars[i - 1] as string) + chars[i];
				let idfOfPair = pairIdf[i] as number;
				// A pair joining two known pairs (卡成 of 刷卡成功) is the seam between two words: rare because the phrase is, it
				// says no more than the words it joins (the whole phrase is rewarded by runBonus).
				const left = pairIdf[i - 1] ?? 0;
				const right = pairIdf[i + 1] ?? 0;
				if (RANKING.seamCap > 0 && left > 0 && right > 0) idfOfPair = Math.min(idfOfPair, RANKING.seamCap * Math.max(left, right));
				const w = idfOfPair * boost * Math.min(small[i - 1] as number, small[i] as number);
				if (w <= 0) continue;
				units.push({ unit: pair, weight: w, chars: [base + i - 1, base + i] });
				weights[i - 1] = Math.max(weights[i - 1] as number, w);
				weights[i] = Math.max(weights[i] as number, w);
			}
			for (const word of wholeWords) {
				for (let at = piece.indexOf(word); at >= 0; at = piece.indexOf(word, at + 1)) {
					const df = c.texts.filter((fields) => fields.slice(0, WHOLE_WORD_FIELDS).some((t) => t.includes(word))).length;
					const w = df > 0 ? idf(df) * boost : 0;
					const span = [...word].map((_, k) => base + at + k);
					for (const i of span) weights[i - base] = Math.max(weights[i - base] as number, w);
					if (w > 0) units.push({ unit: word, weight: w * [...word].length, chars: span, whole: true });
				}
			}
			weights.forEach((w, i) => {
				const unknown = whole[i] ? maxIdf * RANKING.unknownWholeWeight : RANKING.unknownWeight;
				charWeights.push(w > 0 ? w : unknown * (small[i] as number) * factor);
			});
		}
	}
	const longRuns: QueryChars['longRuns'] = [];
	for (const [p, phrase] of phrases.entries()) {
		for (const [piece] of phrase.matchAll(PIECES)) {
			if (!HAN.test(piece) || [...piece].length < 3) continue;
			const chars = [...piece];
			let sum = 0;
			for (let i = 1; i < chars.length; i++) sum += unitIdf((chars[i - 1] as string) + chars[i]);
			longRuns.push({ run: piece, weight: (sum / chars.length) * (phraseFactors[p] ?? 1) });
		}
	}
	const exactPhrases: QueryChars['exactPhrases'] = [];
	// Each phrase weighs by the heaviest clause it comes from.
	const factorOf = new Map<string, number>();
	const note = (text: string, factor: number): void => {
		const key = text.replace(/\s+/g, '');
		factorOf.set(key, Math.max(factorOf.get(key) ?? 0, factor));
	};
	for (const [r, run] of runs.entries()) note(run, runFactors[r] ?? 1);
	for (const [p, phrase] of phrases.entries()) note(phrase, phraseFactors[p] ?? 1);
	for (const phrase of factorOf.keys()) {
		const chars = [...phrase];
		if (chars.length < 2 || !chars.every((ch) => HAN.test(ch))) continue;
		let sum = 0;
		for (let i = 1; i < chars.length; i++) sum += unitIdf((chars[i - 1] as string) + chars[i]);
		if (sum > 0) exactPhrases.push({ phrase, weight: sum * (factorOf.get(phrase) ?? 1) });
	}
	return { units, charWeights, longRuns, exactPhrases };
}

/**
 * The longest part (three characters or more) of a phrase that one of the texts contains, and the first field that
 * has it: a phrase the entry writes out (受限制, 交易超时), not pairs scattered over its text.
 */
function longestShared(phrase: string, texts: readonly string[], trigrams: ReadonlyArray<ReadonlySet<string>>): [number, number] {
	const chars = [...phrase];
	if (chars.length < 3) return [0, -1];
	const bmp = chars.length === phrase.length;
	// Per field, how many of the phrase's three-character windows up to each position the field contains: a part can
	// only occur in a field that has all of its windows, so most parts need no substring search at all.
	const present = trigrams.map((set) => {
		const sums = [0];
		for (let k = 0; k + 3 <= chars.length; k++) sums.push((sums[k] as number) + (set.has(chars.slice(k, k + 3).join('')) ? 1 : 0));
		return sums;
	});
	for (let length = chars.length; length >= 3; length--) {
		for (let start = 0; start + length <= chars.length; start++) {
			const windows = length - 2;
			const part = chars.slice(start, start + length).join('');
			const f = texts.findIndex(
				(t, i) => (!bmp || (present[i] as number[])[start + windows]! - (present[i] as number[])[start]! === windows) && t.includes(part),
			);
			if (f >= 0) return [length, f];
		}
	}
	return [0, -1];
}

/** The share of an entry's name the query's matched pairs and characters account for (交易失败 names S-01 more than 交易失败但已扣款). */
function nameCoverage(name: readonly string[], units: readonly QueryUnit[]): number {
	if (name.length === 0) return 0;
	const wanted = new Set(units.map((u) => u.unit));
	const covered = name.map(() => false);
	for (let i = 0; i < name.length; i++) {
		if (i > 0 && wanted.has((name[i - 1] as string) + name[i])) covered[i - 1] = covered[i] = true;
	}
	return covered.filter(Boolean).length / name.length;
}

/** Inverse document frequency of a unit over the index's entries (0 for a unit no entry has). */
function unitIdfOf(c: Compiled, unit: string): number {
	const df = c.df.get(unit) ?? 0;
	return df === 0 ? 0 : Math.log(1 + (c.n - df + 0.5) / (df + 0.5));
}

/** Whether `words` occur in `tokens` as a contiguous run, in order. */
function containsRun(tokens: readonly string[], words: readonly string[]): boolean {
	if (words.length === 0 || words.length > tokens.length) return false;
	for (let start = 0; start + words.length <= tokens.length; start++) {
		if (words.every((w, k) => tokens[start + k] === w)) return true;
	}
	return false;
}

/** The content of a query as the ranking weighs it: runs and phrases, each with its weight factor. */
interface WeighedContent {
	runs: string[];
	phrases: string[];
	runFactors: number[];
	phraseFactors: number[];
}

/**
 * The rewritten query's content, weighed by clause: in a long question (clauses.ts) the consecutive clauses that set the
 * scene and the others are rewritten apart, and the runs and phrases of a scene weigh circumstanceWeight. A clause whose
 * rewriting yields a canonical term (重复刷卡 of 再刷一次) tells the story's turn, whatever its setting. Otherwise the
 * whole query's rewriting, every factor 1.
 */
function weighedContent(query: string, rewritten: RewrittenQuery, vocabulary: SearchVocabulary): WeighedContent {
	const whole = { runs: rewritten.runs, phrases: rewritten.phrases, runFactors: [], phraseFactors: [] };
	const clauses = problemClauses(query).map((cl) => ({
		...cl,
		circumstance: cl.circumstance && !rewriteQuery(cl.text, vocabulary).runs.some((r) => isCanonicalRun(r, vocabulary)),
	}));
	if (!clauses.some((cl) => cl.circumstance)) return whole;
	const segments: Array<{ text: string; circumstance: boolean }> = [];
	for (const cl of clauses) {
		const last = segments.at(-1);
		if (last && last.circumstance === cl.circumstance) last.text += ` ${cl.text}`;
		else segments.push({ text: cl.text, circumstance: cl.circumstance });
	}
	const out: WeighedContent = { runs: [], phrases: [], runFactors: [], phraseFactors: [] };
	for (const segment of segments) {
		const part = rewriteQuery(segment.text, vocabulary);
		const factor = segment.circumstance ? RANKING.circumstanceWeight : 1;
		// Codes and IDs are read from the whole query; a segment's content only.
		for (const run of part.runs) {
			out.runs.push(run);
			out.runFactors.push(factor);
		}
		for (const phrase of part.phrases) {
			out.phrases.push(phrase);
			out.phraseFactors.push(factor);
		}
	}
	// What the whole story tells (readings.ts: two amounts in two clauses) is read from the whole query.
	for (const run of rewritten.runs) {
		if (READING_TERMS.has(run) && !out.runs.includes(run)) {
			out.runs.push(run);
			out.runFactors.push(1);
		}
	}
	return out;
}

/** The vocabulary's circumstance words (`minor`: 信用卡, 超市), lower case as queries are matched. */
function minorWords(vocabulary: SearchVocabulary): string[] {
	return (vocabulary.minor ?? []).map((w) => w.toLowerCase());
}

/** A query term as learned terms are matched: a Han character pair, an English word or two adjacent English words. */
export interface QueryTerm {
	term: string;
	/** Indexes into the query's character list, as the ranking's coverage counts them (analyse). */
	chars: number[];
	/** The weight factor of the clause it comes from (circumstanceWeight in a scene-setting clause, else 1). */
	factor: number;
}

/**
 * The terms of a query's content runs, with the character positions the coverage uses: every pair of adjacent Han
 * characters, every English word that is not a number, and every two adjacent English words. The same walk over the
 * runs as analyse (numbers take no position; an English word takes one; the previous English word carries over runs
 * until a Han piece), so a term's characters are the ones its pair or word stands for. A pair touching one of the
 * `minor` circumstance words weighs minorWeight.
 */
export function runTerms(runs: readonly string[], runFactors: readonly number[] = [], minor: readonly string[] = []): QueryTerm[] {
	const out: QueryTerm[] = [];
	let at = 0;
	let previousWord: { word: string; at: number } | undefined;
	for (const [r, run] of runs.entries()) {
		const factor = runFactors[r] ?? 1;
		for (const [piece] of run.matchAll(PIECES)) {
			if (!HAN.test(piece)) {
				if (/^\d+$/.test(piece)) continue;
				out.push({ term: piece, chars: [at], factor });
				if (previousWord) out.push({ term: `${previousWord.word} ${piece}`, chars: [previousWord.at, at], factor });
				previousWord = { word: piece, at };
				at += 1;
				continue;
			}
			previousWord = undefined;
			const chars = [...piece];
			const small = marks(chars, minor);
			for (let i = 1; i < chars.length; i++) {
				// A pair touching a circumstance word (超市, 酒店) weighs as the ranking weighs that word (minorWeight).
				const f = small[i - 1] || small[i] ? factor * RANKING.minorWeight : factor;
				out.push({ term: (chars[i - 1] as string) + chars[i], chars: [at + i - 1, at + i], factor: f });
			}
			at += chars.length;
		}
	}
	return out;
}

/**
 * The terms of a query as the ranking matches learned terms against them (rewriteQuery, then the clause weighing of a
 * long question, then runTerms), and the IDs and codes it names: the trainer reads its labelled phrasings with this
 * function, so what it learns is what a query is matched by.
 */
export function learnedQueryTerms(query: string, vocabulary: SearchVocabulary): { terms: QueryTerm[]; pinned: boolean } {
	const rewritten = rewriteQuery(query, vocabulary);
	const content = weighedContent(query, rewritten, vocabulary);
	const minor = minorWords(vocabulary);
	return { terms: runTerms(content.runs, content.runFactors, minor), pinned: rewritten.ids.length + rewritten.codes.length > 0 };
}

/** Ranks the index's entries for a query. */
export function rankEntries(query: string, index: EntryIndex): Ranking {
	const c = compileIndex(index);
	const rewritten = rewriteQuery(query, index.vocabulary);
	const content = weighedContent(query, rewritten, index.vocabulary);
	const q = analyse(content.runs, content.phrases, c, index.vocabulary, content.runFactors, content.phraseFactors);
	const totalWeight = q.charWeights.reduce((a, b) => a + b, 0);
	const terms = RANKING.learnedWeight > 0 && index.learned ? runTerms(content.runs, content.runFactors, minorWords(index.vocabulary)) : [];
	const queryText = [...rewritten.runs, ...rewritten.phrases].join(' ');

	// The query's words in order (its runs split at spaces), for whole-message matches.
	const tokens = rewritten.runs.flatMap((r) => r.split(/\s+/)).filter(Boolean);
	const weights = new Map<string, number>();
	const wordWeight = (word: string): number => {
		let w = weights.get(word);
		if (w === undefined) {
			const chars = [...word];
			w = 0;
			if (!HAN.test(word)) w = unitIdfOf(c, word);
			else for (let i = 1; i < chars.length; i++) w += unitIdfOf(c, (chars[i - 1] as string) + chars[i]);
			weights.set(word, w);
		}
		return w;
	};

	const scored: RankedEntry[] = c.entries.map((entry, e) => {
		const fields = c.units[e] as Array<Set<string>>;
		let score = 0;
		const explained = new Set<number>();
		const texts = c.texts[e] as string[];
		for (const { unit, weight, chars, whole } of q.units) {
			let best = 0;
			const han = HAN.test(unit);
			fields.forEach((set, f) => {
				// The message field answers English words; its Chinese (the messages' canonical rewriting) counts only in
				// whole-message matches below, so English messages do not reorder entries for Chinese queries.
				if (f === MESSAGE_FIELD && han) return;
				const hit = whole ? f < WHOLE_WORD_FIELDS && (texts[f] as string).includes(unit) : set.has(unit);
				if (hit) best = Math.max(best, (FIELD_WEIGHTS[f] as number) * (c.norms[e]?.[f] as number));
			});
			if (best === 0) continue;
			score += weight * best;
			for (const i of chars) explained.add(i);
		}
		for (const { run, weight } of q.longRuns) {
			const [length, f] = longestShared(run, texts, c.trigrams[e] as Array<Set<string>>);
			if (length >= 3) score += weight * length * RANKING.runBonus * (FIELD_WEIGHTS[f] as number);
		}
		for (const { phrase, weight } of q.exactPhrases) {
			const f = (c.exact[e] as Array<Set<string>>).findIndex((set) => set.has(phrase));
			if (f >= 0) score += weight * RANKING.exactBonus * (FIELD_WEIGHTS[f] as number);
		}
		// A terminal message the query contains whole, its words in order (PLEASE REMOVE CARD → remov card): the entry
		// that message is listed for, more than one that merely shares its words (APPLICATION BLOCKED REMOVE CARD).
		let message = 0;
		for (const words of c.messages[e] as string[][]) {
			if (containsRun(tokens, words))
				message = Math.max(
					message,
					words.reduce((sum, w) => sum + wordWeight(w), 0),
				);
		}
		score += message * RANKING.exactBonus * (FIELD_WEIGHTS[MESSAGE_FIELD] as number);
		// Terms people used for this entry in labelled phrasings (EntryIndex `learned`): each distinct term once.
		const learned = c.learned[e] as Map<string, number>;
		if (learned.size > 0 && terms.length > 0) {
			const seen = new Set<string>();
			for (const { term, chars, factor } of terms) {
				const w = learned.get(term);
				if (w === undefined || seen.has(term)) continue;
				seen.add(term);
				score += w * factor * RANKING.learnedWeight;
				if (RANKING.learnedExplains > 0) for (const i of chars) explained.add(i);
			}
		}
		let covered = 0;
		for (const i of explained) covered += q.charWeights[i] as number;
		const coverage = totalWeight > 0 ? covered / totalWeight : 0;
		const named = 1 + RANKING.nameMatch * nameCoverage(c.names[e] as string[], q.units);
		const offTopic = (c.topics[e] as string[]).some((w) => !queryText.includes(w)) ? RANKING.offTopic : 1;
		const scale = named * offTopic * TYPE_WEIGHTS[entry.type] * (RANKING.coverageFloor + (1 - RANKING.coverageFloor) * coverage);
		return { id: entry.id, score: score * scale, coverage };
	});

	// Typed IDs first, then codes that have a page, in the order typed; then the rest by score.
	const pinned = [...rewritten.ids, ...rewritten.codes].filter((id) => c.byId.has(id));
	const pinnedSet = new Set(pinned);
	const rest = scored.filter((r) => r.score > 0 && !pinnedSet.has(r.id)).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
	const results = [...pinned.map((id) => scored[c.byId.get(id) as number] as RankedEntry), ...rest];

	const understood = [
		...rewritten.ids,
		...rewritten.codes.map((code) => `应答码 ${code}`),
		...rewritten.unknownCodes.map((code) => `应答码 ${code}`),
		...rewritten.runs,
	].join(' ');
	if (rewritten.unknownCodes.length && pinned.length === 0) {
		const table = c.byId.has('codes') ? [scored[c.byId.get('codes') as number] as RankedEntry] : [];
		return {
			results: [...table, ...results.filter((r) => r.id !== 'codes')],
			declined: true,
			reason: 'unknown-code',
			unknownCodes: rewritten.unknownCodes,
			pinned: false,
			understood,
		};
	}
	const top = rest[0];
	// An entry about a topic the query does not name (offTopic) is the nearest entry, never the answer.
	const topOffTopic = top !== undefined && (c.topics[c.byId.get(top.id) as number] as string[]).some((w) => !queryText.includes(w));
	const declined =
		pinned.length === 0 && (!top || top.coverage < RANKING.declineCoverage || top.score < RANKING.declineScore || topOffTopic);
	return {
		results,
		declined,
		...(declined ? { reason: 'partial' as const } : {}),
		unknownCodes: rewritten.unknownCodes,
		pinned: pinned.length > 0,
		understood,
	};
}
