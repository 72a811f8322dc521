import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { type EntryIndex, learnedQueryTerms, textUnits } from '../../src/shared/search/rank.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import { type Diagnostic, error, type StageResult } from '../diagnostics.ts';

/**
 * Learned search terms (issue 15): which words people use for each entry, counted over the labelled real phrasings
 * (tests/search/real/*.yaml: each names the entries a fair reader accepts). The hand-written vocabulary lifts the batch
 * it was written from and no other; this learns the same kind of knowledge — "people who write 卡纸 want R-xx" — from
 * every labelled phrasing at once, and ships it as data with the entry index (EntryIndex `learned`, ranked in
 * src/shared/search/rank.ts).
 *
 * How: each phrasing is read exactly as the ranking reads a query (learnedQueryTerms: the search's own normalization,
 * vocabulary rewrite, filler and name cutting, then character pairs and English words). For a term t and an entry e,
 * the weight is the smoothed share of the phrasings containing t that asked for e, c(t,e) / (c(t) + smoothing): a term
 * many entries' phrasings share (刷卡, 失败) weighs little everywhere, one that nearly always means e weighs near 1. A
 * term is kept for e only with support from at least `minSupport` phrasings on `minHosts` distinct source hosts and
 * `minSets` distinct sets (one page's wording, or one batch's collector, is not a habit of readers; a term no entry writes
 * needs `minSetsUnwritten` sets and hosts), a weight of at least
 * `minWeight`, and never when it is a name the vocabulary drops (brands, acquirers, cities) or a part of one that no
 * entry writes, or an English word of a source host (a site or vendor name). The `topK` heaviest per entry are kept.
 * No-answer phrasings count in c(t): a term of questions the catalogue cannot answer is evidence for no entry.
 */

/** One labelled phrasing, as the trainer reads it. */
export interface Phrasing {
	/** What the person typed. */
	q: string;
	/** The entries a fair reader accepts (empty for a no-answer phrasing). */
	expect: readonly string[];
	/** The set it belongs to (dev, heldout-3 …). */
	set: string;
	/** The host of the page it was taken from. */
	host: string;
}

/** The trainer's settings. */
export interface LearnOptions {
	/** Phrasings (of the entry) a term needs. */
	minSupport: number;
	/** Distinct source hosts among them. */
	minHosts: number;
	/** Distinct sets among them. */
	minSets: number;
	/**
	 * Distinct sets and hosts a term needs when no entry writes it (a word of readers only, such as 有钱 or 着急, but
	 * also the circumstance of one syndicated story: a country, a shop): stricter than for the catalogue's own words.
	 */
	minSetsUnwritten: number;
	/** Added to c(t) in the weight's denominator: a term seen once or twice cannot weigh 1. */
	smoothing: number;
	/** Lowest weight kept. */
	minWeight: number;
	/** Terms kept per entry, heaviest first. */
	topK: number;
}

export const LEARN_DEFAULTS: LearnOptions = {
	minSupport: 2,
	minHosts: 2,
	minSets: 1,
	minSetsUnwritten: 3,
	smoothing: 1,
	minWeight: 0.2,
	topK: 32,
};

/** Learned terms: entry ID → term → weight (two decimals), as EntryIndex `learned` holds them. */
export type LearnedTerms = Record<string, Record<string, number>>;

/** The file the trainer writes and the pipeline reads (src/editorial/): the terms, and how they were trained. */
export const LEARNED_FILE = 'search-learned.yaml';

export const learnedFileSchema = z.object({
	/** What produced the file, for a reader of it. */
	about: z.string(),
	/** The settings it was trained with. */
	options: z.object({
		/** LearnOptions.minSupport. */
		minSupport: z.number().int().positive(),
		/** LearnOptions.minHosts. */
		minHosts: z.number().int().positive(),
		/** LearnOptions.minSets. */
		minSets: z.number().int().positive(),
		/** LearnOptions.minSetsUnwritten. */
		minSetsUnwritten: z.number().int().positive(),
		/** LearnOptions.smoothing. */
		smoothing: z.number().nonnegative(),
		/** LearnOptions.minWeight. */
		minWeight: z.number().nonnegative(),
		/** LearnOptions.topK. */
		topK: z.number().int().positive(),
	}),
	/** How many labelled phrasings it was trained on. */
	phrasings: z.number().int().nonnegative(),
	/** Entry ID → term → weight (0–1]. */
	terms: z.record(z.string(), z.record(z.string(), z.number().positive().max(1))),
});
export type LearnedFile = z.infer<typeof learnedFileSchema>;

/** The labelled queries of a set as the trainer reads them (the set's name, each query's source host). */
export function phrasingsOf(set: string, queries: ReadonlyArray<{ q: string; expect: readonly string[]; source: string }>): Phrasing[] {
	return queries.map((q) => ({ q: q.q, expect: q.expect, set, host: hostOf(q.source) }));
}

/** The hostname of a page address, lower case ('' when it is no address). */
export function hostOf(address: string): string {
	try {
		return new URL(address).hostname.toLowerCase();
	} catch {
		return '';
	}
}

/**
 * Whether a term may be shipped: not a name the vocabulary drops, not a pair inside such a name that no entry writes
 * (拉卡 of 拉卡拉; 银行 of 中国银行 stays, the entries write it), and not an English word of a source host (clover,
 * moneris, squareup: site and vendor names). `written`: the units some entry writes, when the caller has them already.
 */
export function termFilter(
	index: EntryIndex,
	hosts: Iterable<string>,
	written: ReadonlySet<string> = writtenUnits(index),
): (term: string) => boolean {
	const names = (index.vocabulary.names ?? []).map((n) => n.toLowerCase());
	const nameSet = new Set(names);
	const labels = new Set<string>();
	for (const host of hosts) for (const label of host.split('.')) if (label.length >= 4) labels.add(label);
	const hostWord = (word: string): boolean => {
		if (word.length < 3) return false;
		for (const label of labels) if (label.startsWith(word) || (word.startsWith(label) && label.length >= 4)) return true;
		return false;
	};
	return (term) => {
		if (nameSet.has(term)) return false;
		if (/^[a-z0-9+ ]+$/.test(term)) return !term.split(' ').some(hostWord);
		// A character no entry writes (韓 of 韓国: a name's own character, left unsimplified) makes no word of the catalogue.
		if (![...term].every((ch) => written.has(ch))) return false;
		return written.has(term) || !names.some((n) => n.includes(term));
	};
}

/** Every unit (character, pair, English word) some entry's text contains. */
export function writtenUnits(index: EntryIndex): Set<string> {
	const written = new Set<string>();
	for (const e of index.entries) for (const f of e.fields) for (const u of textUnits(f)) written.add(u);
	return written;
}

/** How a phrasing is read: its terms and whether it names an ID or a code (learnedQueryTerms). */
export type Reader = (q: string) => { terms: ReadonlyArray<{ term: string }>; pinned: boolean };

/** A reader with the index's vocabulary that remembers what it read (a fold reads every phrasing once). */
export function cachedReader(vocabulary: SearchVocabulary): Reader {
	const seen = new Map<string, ReturnType<Reader>>();
	return (q) => {
		let r = seen.get(q);
		if (!r) {
			r = learnedQueryTerms(q, vocabulary);
			seen.set(q, r);
		}
		return r;
	};
}

/**
 * Trains the learned terms on labelled phrasings, reading each with the index's vocabulary (or `read`, which must use
 * the same vocabulary).
 */
export function learnTerms(
	phrasings: readonly Phrasing[],
	index: EntryIndex,
	options: LearnOptions = LEARN_DEFAULTS,
	read: Reader = cachedReader(index.vocabulary),
): LearnedTerms {
	const known = new Set(index.entries.map((e) => e.id));
	const written = writtenUnits(index);
	const allowed = termFilter(
		index,
		phrasings.map((p) => p.host),
		written,
	);
	/** c(t): phrasings containing t. */
	const total = new Map<string, number>();
	/** Per entry, per term: the phrasings, hosts and sets that support it. */
	const support = new Map<string, Map<string, { n: number; hosts: Set<string>; sets: Set<string> }>>();
	for (const p of phrasings) {
		const { terms: found, pinned } = read(p.q);
		// A typed ID or code is its own answer: the words around it teach nothing about the entry.
		if (pinned) continue;
		const terms = [...new Set(found.map((t) => t.term))].filter(allowed);
		for (const t of terms) total.set(t, (total.get(t) ?? 0) + 1);
		for (const id of new Set(p.expect)) {
			if (!known.has(id)) continue;
			let byTerm = support.get(id);
			if (!byTerm) {
				byTerm = new Map();
				support.set(id, byTerm);
			}
			for (const t of terms) {
				let s = byTerm.get(t);
				if (!s) {
					s = { n: 0, hosts: new Set(), sets: new Set() };
					byTerm.set(t, s);
				}
				s.n += 1;
				s.hosts.add(p.host);
				s.sets.add(p.set);
			}
		}
	}
	const out: LearnedTerms = {};
	for (const id of [...support.keys()].sort()) {
		const kept: Array<[string, number]> = [];
		for (const [t, s] of support.get(id) ?? []) {
			if (s.n < options.minSupport || s.hosts.size < options.minHosts || s.sets.size < options.minSets) continue;
			if (!written.has(t) && (s.sets.size < options.minSetsUnwritten || s.hosts.size < options.minSetsUnwritten)) continue;
			const weight = s.n / ((total.get(t) ?? s.n) + options.smoothing);
			if (weight >= options.minWeight) kept.push([t, Math.round(weight * 100) / 100]);
		}
		kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		const top = kept.slice(0, options.topK);
		if (top.length) out[id] = Object.fromEntries(top);
	}
	return out;
}

/** The file's text: the terms and their provenance. */
export function serializeLearned(terms: LearnedTerms, options: LearnOptions, phrasings: number): string {
	const file: LearnedFile = {
		about:
			'Search terms learned from the labelled real phrasings of tests/search/real/ by `npm run train:search` (scripts/pipeline/search-learned.ts); do not edit by hand.',
		options: { ...options },
		phrasings,
		terms,
	};
	return stringify(file, { lineWidth: 0 });
}

/** Parses and validates the trained file (src/editorial/search-learned.yaml). */
export function parseLearned(text: string, file: string): StageResult<LearnedFile> {
	const fail = (message: string): StageResult<LearnedFile> => ({
		ok: false,
		diagnostics: [error('search/learned-invalid', { file }, message, 'Rebuild it with `npm run train:search`.')],
	});
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (cause) {
		return fail(`Cannot parse the learned search terms: ${String(cause)}.`);
	}
	const parsed = learnedFileSchema.safeParse(raw);
	if (!parsed.success) return fail(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
	const diagnostics: Diagnostic[] = [];
	return { ok: true, value: parsed.data, diagnostics };
}
