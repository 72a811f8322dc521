import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { type Phrasing, phrasingsOf } from '../../scripts/pipeline/search-learned.ts';
import { kindOfId } from '../../src/shared/relations.ts';
import { type EntryIndex, rankEntries } from '../../src/shared/search/rank.ts';

/**
 * The real-phrasing query sets (tests/search/real/*.yaml) and how a ranking is scored against them: hit@3 and MRR@5
 * per set and per kind, the worst queries, and the count of queries whose first result is an unrelated entry.
 * Shared by the relevance test (tests/search/relevance.test.ts) and `npm run eval:search` (tests/search/eval.ts).
 */

export const REAL_KINDS = ['code', 'english', 'traditional', 'typo', 'ticket', 'long', 'settlement', 'edge', 'plain'] as const;

/** The pseudo-ID of the response-code table (/codes/): an answer for questions about codes in general. */
export const CODE_TABLE = 'codes';

export const realQuerySchema = z.object({
	/** What a person types: the page's title or opening question, shortened only to what a person would type. */
	q: z.string().min(1),
	/** The form of the phrasing; an edge topic that is phrased plainly is `edge`. */
	kind: z.enum(REAL_KINDS),
	/** Entry IDs (or `codes`) a fair reader accepts as a right page; empty when nothing in the catalogue answers it. */
	expect: z.array(z.string()),
	/** Nothing in today's catalogue answers it: the right behaviour is to say so and show the nearest entries. */
	noAnswer: z.boolean().optional(),
	/** Entries that are not right answers but not unrelated either (e.g. the dispute remedy for a chargeback question). */
	related: z.array(z.string()).optional(),
	/** A topic at the edge of the knowledge base (拒付, 调单, 预授权 …), for re-labelling when entries are added. */
	topic: z.string().optional(),
	/** The page the phrasing comes from. */
	source: z.string().url(),
	/** The title or sentence as the page had it. */
	title: z.string().min(1),
});
export type RealQuery = z.infer<typeof realQuerySchema>;

const setSchema = z.array(realQuerySchema).superRefine((queries, ctx) => {
	queries.forEach((q, i) => {
		if (q.noAnswer && q.expect.length > 0)
			ctx.addIssue({ code: 'custom', path: [i, 'expect'], message: `${q.q}: noAnswer with expected entries` });
		if (!q.noAnswer && q.expect.length === 0)
			ctx.addIssue({ code: 'custom', path: [i, 'expect'], message: `${q.q}: no expected entry and not noAnswer` });
	});
});

export interface RealSet {
	name: string;
	file: string;
	/** Held-out sets are reported, never enforced, and must not be tuned against before their first measurement. */
	heldOut: boolean;
	/**
	 * A development set: at most this many queries may put an unrelated entry first. The goal is none; the ceiling is
	 * what the search reaches today (2026-12-02, fifth round: 4, 4, 6, 1 and 0, listed by `npm run eval:search`; were
	 * 5, 5, 6, 1, 0 since the English messages), so any regression fails. heldout-3 2 since 2026-12-03: the three
	 * entries of content-3 shift the ranking's term statistics, and 盛付通POS機刷卡金額與商家不一致 (read 「刷卡金额与 商户 不一致」:
	 * the query reader keeps 刷卡金额与 as one unknown chunk, so 金额 carries nothing) crossed the decline gate with S-12 first
	 * (score 27.2 → 27.3). Since the learned terms it ranks C-07 (expected) first; splitting such chunks into words was
	 * measured leave-one-set-out in the eleventh round (tests/search/measurements.md) and not adopted: the ranking reads a
	 * run as its character pairs, so 金额 already weighs as a word, and the split moved only seam pairs (额与).
	 */
	unrelatedCeiling?: number;
	/** Fewer queries than a batch (60) for a probe of one kind: the English probe has 20. */
	minQueries?: number;
}

/** What a development set must reach (issue 15's acceptance bar). */
export const REAL_TARGETS = { hit3: 0.9, mrr5: 0.85 };

/**
 * The sets in the order they are reported. A held-out set joins development after its first measurement (recorded in
 * tests/search/measurements.md); heldout-1 was first measured on 2026-12-01, heldout-2 and heldout-3 on 2026-12-02.
 */
export const REAL_SETS: RealSet[] = [
	{ name: 'real dev', file: 'dev.yaml', heldOut: false, unrelatedCeiling: 4 },
	{ name: 'real heldout-1 (development since its first measurement)', file: 'heldout-1.yaml', heldOut: false, unrelatedCeiling: 4 },
	{ name: 'real heldout-2 (development since its first measurement)', file: 'heldout-2.yaml', heldOut: false, unrelatedCeiling: 6 },
	{ name: 'real heldout-3 (development since its first measurement)', file: 'heldout-3.yaml', heldOut: false, unrelatedCeiling: 2 },
	{
		name: 'English terminal messages probe (development since its first measurement)',
		file: 'english-probe.yaml',
		heldOut: false,
		unrelatedCeiling: 0,
		minQueries: 20,
	},
	{
		name: 'real heldout-4 (development since its first measurement; report-only while below the targets)',
		file: 'heldout-4.yaml',
		heldOut: true,
	},
	{ name: 'real heldout-5 (held out: collected 2026-12-02, first measured on 2026-12-02)', file: 'heldout-5.yaml', heldOut: true },
	{ name: 'real heldout-6 (held out: collected 2026-12-02, first measured 2026-12-02 at ab23724)', file: 'heldout-6.yaml', heldOut: true },
	{
		name: 'real heldout-7 (held out: collected 2026-12-02, first measured 2026-12-02 at ac9f5bb; development since)',
		file: 'heldout-7.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-8 (held out: collected 2026-12-02, first measured 2026-12-02 at 5c2cc73; development since)',
		file: 'heldout-8.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-9 (held out: collected 2026-12-02, first measured 2026-12-02 at d74fc72; development since)',
		file: 'heldout-9.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-10 (held out: collected 2026-12-03, first measured 2026-12-03 at 3201b1f; development since)',
		file: 'heldout-10.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-11 (held out: collected 2026-12-03, first measured 2026-12-03 at 6dc3b2c; development since)',
		file: 'heldout-11.yaml',
		heldOut: true,
		// The stored pages of the genre are used up at the head: 75 of 121 candidates were on addresses already in the corpus.
		minQueries: 30,
	},
	{
		name: 'real heldout-12 (held out: collected 2026-12-03, first measured 2026-12-03 at ac181e6; development since)',
		file: 'heldout-12.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-13 (held out: collected 2026-12-03, first measured 2026-12-03 at 051b9bd; development since)',
		file: 'heldout-13.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-14 (held out: collected 2026-12-03, first measured 2026-12-03 at fdcb646; development since)',
		file: 'heldout-14.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-15 (held out: collected 2026-12-03, first measured 2026-12-03 at a4037c8; development since)',
		file: 'heldout-15.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-16 (held out: collected 2026-12-03, first measured 2026-12-03 at 07ca2d6; development since)',
		file: 'heldout-16.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-17 (held out: collected 2026-12-04, first measured 2026-12-04 at 8dcbe72; development since)',
		file: 'heldout-17.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-18 (held out: collected 2026-12-04, first measured 2026-12-04 at 202d56c; development since)',
		file: 'heldout-18.yaml',
		heldOut: true,
	},
	{
		name: 'real heldout-19 (held out: collected 2026-12-04, first measured 2026-12-04 at b628a5b; development since)',
		file: 'heldout-19.yaml',
		heldOut: true,
	},
];

export function loadRealSet(file: string): RealQuery[] {
	const url = new URL(`./real/${file}`, import.meta.url);
	return setSchema.parse(parse(readFileSync(url, 'utf8')));
}

/** Every labelled phrasing of every set, as the learned-terms trainer reads them (scripts/pipeline/search-learned.ts). */
export function realPhrasings(): Phrasing[] {
	return REAL_SETS.flatMap((set) => phrasingsOf(set.file.replace('.yaml', ''), loadRealSet(set.file)));
}

/** What a search returns for a query: entry IDs in rank order, and whether it said that nothing matches fully. */
export interface Ranked {
	ids: string[];
	/** The search said "没有找到完全对应的条目" (or found nothing): its entries are the nearest, not answers. */
	declined: boolean;
	/** The query as the search understood it, for reports. */
	understood: string;
}
export type Engine = (query: string) => Promise<Ranked>;

/** Entry ID → the entries its page links to (dist/api/entries.json `related`). */
export type Relations = ReadonlyMap<string, readonly string[]>;

/** How many of a symptom's causes count as linked to it: the catalogue lists a symptom's causes most likely first. */
const LIKELY_CAUSES = 3;

/**
 * Whether `id` is unrelated to the query: not expected, not listed as related, and not linked to an expected entry
 * in the catalogue (dist/api/entries.json `related`, both directions). A symptom is a hub: it lists every possible
 * cause (刷卡失败 lists weather, ageing, training …) and every code that displays it, and an entry the query does not
 * name is no answer to a bare symptom question — the weather page first for "pos机刷卡失败" is exactly the confident
 * wrong answer this catches. So from an expected symptom only its most likely causes (the first three it lists) count
 * as linked. The response-code table (`codes`) is linked to every code and every code to it.
 */
export function isUnrelated(id: string, query: RealQuery, relations: Relations): boolean {
	if (query.expect.includes(id) || query.related?.includes(id)) return false;
	for (const expected of query.expect) {
		if (expected === CODE_TABLE) {
			if (kindOfId(id) === 'code') return false;
			continue;
		}
		if (id === CODE_TABLE && kindOfId(expected) === 'code') return false;
		const links = relations.get(expected) ?? [];
		const linked = kindOfId(expected) === 'symptom' ? links.filter((l) => kindOfId(l) === 'cause').slice(0, LIKELY_CAUSES) : links;
		if (linked.includes(id)) return false;
	}
	return true;
}

export interface Outcome {
	query: RealQuery;
	ranked: Ranked;
	/** 1-based rank of the first expected ID within the top five, or 0. */
	rank: number;
	/** The first result is an unrelated entry and the search presented it as an answer (did not decline). */
	unrelatedFirst: boolean;
}

export async function runSet(queries: readonly RealQuery[], engine: Engine, relations: Relations): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const query of queries) {
		const ranked = await engine(query.q);
		const top = ranked.ids.slice(0, 5);
		const rank = top.findIndex((id) => query.expect.includes(id)) + 1;
		const first = ranked.ids[0];
		outcomes.push({ query, ranked, rank, unrelatedFirst: !ranked.declined && first !== undefined && isUnrelated(first, query, relations) });
	}
	return outcomes;
}

/**
 * The entry ranking alone (no Pagefind fallback) over `index`, scored as runSet scores an engine: for the
 * leave-one-set-out checks (crossval.ts, crossval-learned.ts), which rank each fold's index in process.
 */
export function rankedOutcomes(queries: readonly RealQuery[], index: EntryIndex, relations: Relations): Outcome[] {
	// A fresh copy of the index: the compiled index (length norms, learned terms) is cached per object.
	const fresh: EntryIndex = { ...index };
	return queries.map((query) => {
		const r = rankEntries(query.q, fresh);
		const ids = r.results.map((x) => x.id);
		const rank = ids.slice(0, 5).findIndex((id) => query.expect.includes(id)) + 1;
		const first = ids[0];
		return {
			query,
			ranked: { ids, declined: r.declined, understood: r.understood },
			rank,
			unrelatedFirst: !r.declined && first !== undefined && isUnrelated(first, query, relations),
		};
	});
}

const reciprocal = (rank: number): number => (rank > 0 && rank <= 5 ? 1 / rank : 0);
const hit3 = (rank: number): number => (rank > 0 && rank <= 3 ? 1 : 0);
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

export interface Figures {
	/** Queries with an expected entry (hit@3 and MRR@5 are over these). */
	n: number;
	hit3: number;
	mrr5: number;
	/** Queries nothing in the catalogue answers, and how many of them the search declined. */
	noAnswer: number;
	declined: number;
	/** Queries (of either sort) whose first result is an unrelated entry presented as an answer. */
	unrelatedFirst: number;
	/** Answerable queries the search declined anyway (it showed its entries as nearest, not as answers). */
	falseDeclined: number;
}

export function figures(outcomes: readonly Outcome[]): Figures {
	const answerable = outcomes.filter((o) => !o.query.noAnswer);
	const none = outcomes.filter((o) => o.query.noAnswer);
	return {
		n: answerable.length,
		hit3: mean(answerable.map((o) => hit3(o.rank))),
		mrr5: mean(answerable.map((o) => reciprocal(o.rank))),
		noAnswer: none.length,
		declined: none.filter((o) => o.ranked.declined).length,
		unrelatedFirst: outcomes.filter((o) => o.unrelatedFirst).length,
		falseDeclined: answerable.filter((o) => o.ranked.declined).length,
	};
}

export function figuresByKind(outcomes: readonly Outcome[]): Array<[string, Figures]> {
	const kinds = REAL_KINDS.filter((k) => outcomes.some((o) => o.query.kind === k));
	return [...kinds.map((k): [string, Figures] => [k, figures(outcomes.filter((o) => o.query.kind === k))]), ['all', figures(outcomes)]];
}

const row = (label: string, f: Figures): string =>
	`${label.padEnd(12)} n=${String(f.n).padStart(3)}  hit@3 ${(f.hit3 * 100).toFixed(1).padStart(5)} %  MRR@5 ${f.mrr5.toFixed(3)}` +
	`  no-answer ${f.declined}/${f.noAnswer} declined  answerable declined ${f.falseDeclined}  unrelated first ${f.unrelatedFirst}`;

const describe = (o: Outcome): string =>
	`  ${o.query.noAnswer ? (o.ranked.declined ? 'declined' : 'answered') : o.rank ? `#${o.rank}` : 'miss'}${o.unrelatedFirst ? ' (unrelated first)' : ''}` +
	`  ${o.query.q}  →  「${o.ranked.understood}」${o.ranked.declined ? ' [没有完全对应]' : ''}  expected ${o.query.expect.join('/') || '—'}, got ${o.ranked.ids.slice(0, 5).join(' ') || 'nothing'}`;

/** A plain-text report: figures per kind, the worst queries, every unrelated-first query (and with `all`, every query). */
export function report(title: string, outcomes: readonly Outcome[], { all = false, worst = 15 } = {}): string {
	const misses = outcomes
		.filter((o) => !o.query.noAnswer && o.rank !== 1)
		.sort((a, b) => reciprocal(a.rank) - reciprocal(b.rank))
		.slice(0, worst);
	const unrelated = outcomes.filter((o) => o.unrelatedFirst);
	return [
		title,
		...figuresByKind(outcomes).map(([k, f]) => row(k, f)),
		'worst queries:',
		...(misses.length ? misses.map(describe) : ['  (none: every answerable query ranks an expected entry first)']),
		`unrelated first (${unrelated.length}):`,
		...unrelated.map(describe),
		...(all ? ['every query:', ...outcomes.map(describe)] : []),
	].join('\n');
}

/** A Markdown table of the figures per kind, for the measurements file. */
export function markdownTable(outcomes: readonly Outcome[]): string {
	const lines = ['| kind | n | hit@3 | MRR@5 | no-answer declined | unrelated first |', '| --- | --- | --- | --- | --- | --- |'];
	for (const [k, f] of figuresByKind(outcomes)) {
		lines.push(
			`| ${k} | ${f.n} | ${(f.hit3 * 100).toFixed(1)} % | ${f.mrr5.toFixed(3)} | ${f.declined}/${f.noAnswer} | ${f.unrelatedFirst} |`,
		);
	}
	return lines.join('\n');
}
