import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiEntries, assertBuilt, DIST } from '../helpers/dist.ts';
import { siteEngine } from './engine.ts';
import { type Engine, figures, loadRealSet, REAL_SETS, REAL_TARGETS, type Relations, report, runSet } from './real-sets.ts';

/**
 * Relevance harness: runs every query of each query set through the site's own search (the entry ranking of
 * src/shared/search/ and Pagefind's full text, tests/search/engine.ts) over the built site, and scores the ranking.
 * Prints hit@3 and MRR@5 per set and kind and the worst queries of each set; fails a set below the targets.
 *
 * The real-phrasing sets (tests/search/real/, issue 15) are the evidence: real page titles with their sources. The
 * development ones must reach REAL_TARGETS and put no more queries than the ceiling first on an unrelated entry; a
 * held-out one is reported only until its first measurement is recorded. The sets below are self-written
 * regression sets:
 *
 * - queries.yaml: the development set, written knowing the vocabulary and the aliases.
 * - holdout-queries.yaml: written from the entry titles only, before the vocabulary and aliases were read; the
 *   mechanisms (vocabulary, normalization, ranking) were then improved with both sets in view.
 * - holdout2-queries.yaml: written after all tuning and never tuned against: reported only, as the estimate of how
 *   search does on phrasings nobody here has seen. Do not tune against it; write a new batch instead.
 * - holdout3-queries.yaml: everyday wording for causes and situations, written from the entry titles only before the
 *   vocabulary and aliases were read; reported only. The vocabulary was then broadened by topic, not per query.
 * - holdout4-queries.yaml: counter and support-desk wording (pinyin mixes, terminal messages, Traditional characters,
 *   typos, English, long descriptions, code questions) on topics held-out 3 does not ask about, written from the entry
 *   titles and code meanings only, before the vocabulary and aliases were read; reported only. Its first measurement is
 *   the honest estimate; fixes after it were made by topic or mechanism (vocabulary, normalization), never per query.
 * - holdout5-queries.yaml: support-ticket wording (客户反映…, 商户投诉…), whole questions with filler words, a code mixed
 *   with a symptom, merchant settlement shorthand (T1, 秒到, 进账), chip / magstripe / contactless wording, settlement
 *   and refund timing, Traditional characters and typos; written from the entry titles and code meanings only, before
 *   the vocabulary and aliases were read; reported only. Its first measurement is the honest estimate; fixes after it
 *   were made by topic or mechanism, never per query.
 *
 * `RELEVANCE_VERBOSE=1 npx vitest run tests/search` prints every query with its normalized form and top five.
 */

const TARGET_HIT_AT_3 = 0.95;
const TARGET_MRR_AT_5 = 0.85;

const querySchema = z.object({
	/** The query as a reader types it. */
	q: z.string().min(1),
	/** colloquial, formal, codes, ids, terminal, traditional, typos or long. */
	kind: z.enum(['colloquial', 'formal', 'codes', 'ids', 'terminal', 'traditional', 'typos', 'long']),
	/** Entry IDs that are right first answers. */
	expect: z.array(z.string()).min(1),
});
type Query = z.infer<typeof querySchema>;

interface QuerySet {
	name: string;
	file: string;
	/** Whether the set must reach the targets (false: reported only). */
	enforced: boolean;
	minimum: number;
}

const SETS: QuerySet[] = [
	{ name: 'development', file: 'queries.yaml', enforced: true, minimum: 60 },
	{ name: 'held-out', file: 'holdout-queries.yaml', enforced: true, minimum: 60 },
	{ name: 'held-out 2 (report only)', file: 'holdout2-queries.yaml', enforced: false, minimum: 20 },
	{ name: 'held-out 3 (report only)', file: 'holdout3-queries.yaml', enforced: false, minimum: 30 },
	{ name: 'held-out 4 (report only)', file: 'holdout4-queries.yaml', enforced: false, minimum: 30 },
	{ name: 'held-out 5 (report only)', file: 'holdout5-queries.yaml', enforced: false, minimum: 30 },
];

const loadSet = (file: string): Query[] | undefined => {
	const url = new URL(`./${file}`, import.meta.url);
	return existsSync(url) ? z.array(querySchema).parse(parse(readFileSync(url, 'utf8'))) : undefined;
};

interface Outcome {
	query: Query;
	normalized: string;
	top: string[];
	/** 1-based rank of the first expected ID within the top five, or 0. */
	rank: number;
}

const reciprocal = (rank: number): number => (rank > 0 && rank <= 5 ? 1 / rank : 0);
const hit3 = (rank: number): number => (rank > 0 && rank <= 3 ? 1 : 0);
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
const row = (label: string, group: Outcome[]): string =>
	`${label.padEnd(12)} n=${String(group.length).padStart(3)}  hit@3 ${(mean(group.map((o) => hit3(o.rank))) * 100)
		.toFixed(1)
		.padStart(5)} %  MRR@5 ${mean(group.map((o) => reciprocal(o.rank))).toFixed(3)}`;
const describeOutcome = (o: Outcome): string =>
	`  ${o.rank ? `#${o.rank}` : 'miss'}  ${o.query.q}  →  「${o.normalized}」  expected ${o.query.expect.join('/')}, got ${o.top.join(' ') || 'nothing'}`;

let engine: Engine | undefined;
const ready = async (): Promise<Engine> => {
	if (!engine) {
		assertBuilt();
		engine = await siteEngine(DIST, JSON.parse(readFileSync(`${DIST}/search-index.json`, 'utf8')));
	}
	return engine;
};

for (const set of SETS) {
	const queries = loadSet(set.file);
	describe.skipIf(!queries)(`search relevance: ${set.name} (${set.file})`, () => {
		const outcomes: Outcome[] = [];

		beforeAll(async () => {
			const search = await ready();
			for (const query of queries ?? []) {
				const ranked = await search(query.q);
				const index = ranked.ids.findIndex((id) => query.expect.includes(id));
				outcomes.push({ query, normalized: ranked.understood, top: ranked.ids, rank: index + 1 });
			}
		});

		it('has a realistic query set', () => {
			expect(queries?.length).toBeGreaterThanOrEqual(set.minimum);
			expect(new Set(queries?.map((q) => q.q)).size).toBe(queries?.length);
		});

		it(`${set.enforced ? 'reaches' : 'reports'} hit@3 ≥ ${TARGET_HIT_AT_3 * 100} % and MRR@5 ≥ ${TARGET_MRR_AT_5}`, () => {
			const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
			const lines = kinds.map((kind) =>
				row(
					kind,
					outcomes.filter((o) => o.query.kind === kind),
				),
			);
			lines.push(row('all', outcomes));
			const misses = [...outcomes].sort((a, b) => reciprocal(a.rank) - reciprocal(b.rank)).filter((o) => o.rank !== 1);
			const worst = misses.slice(0, 12).map(describeOutcome);
			const all = process.env.RELEVANCE_VERBOSE ? ['every query:', ...outcomes.map(describeOutcome)] : [];
			console.log(
				[
					`search relevance: ${set.name} (${set.file})${set.enforced ? '' : ', reported only'}`,
					...lines,
					'worst queries:',
					...(worst.length ? worst : ['  (none: every query ranks an expected entry first)']),
					...all,
				].join('\n'),
			);
			if (set.enforced) {
				expect(mean(outcomes.map((o) => hit3(o.rank)))).toBeGreaterThanOrEqual(TARGET_HIT_AT_3);
				expect(mean(outcomes.map((o) => reciprocal(o.rank)))).toBeGreaterThanOrEqual(TARGET_MRR_AT_5);
			}
		});
	});
}

let relations: Relations | undefined;
for (const set of REAL_SETS) {
	describe(`search relevance: ${set.name} (tests/search/real/${set.file})`, () => {
		const queries = loadRealSet(set.file);
		let text = '';
		let outcomes: Awaited<ReturnType<typeof runSet>> = [];
		beforeAll(async () => {
			relations ??= new Map((await apiEntries()).map((e) => [e.id, e.related]));
			outcomes = await runSet(queries, await ready(), relations);
			text = report(
				`search relevance: ${set.name} (tests/search/real/${set.file})${set.heldOut ? ', held out: reported only' : ''}`,
				outcomes,
				{
					all: Boolean(process.env.RELEVANCE_VERBOSE),
				},
			);
		});

		it('has real phrasings, each with its source, asked once', () => {
			// A held-out batch keeps its size once it joins development (heldout-3: 63).
			expect(queries.length).toBeGreaterThanOrEqual(set.minQueries ?? (set.heldOut || set.file.startsWith('heldout') ? 60 : 70));
			expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
		});

		it(
			set.heldOut
				? 'reports its figures (held out)'
				: `reaches hit@3 ≥ ${REAL_TARGETS.hit3 * 100} % and MRR@5 ≥ ${REAL_TARGETS.mrr5}, few unrelated first`,
			() => {
				console.log(text);
				if (set.heldOut) return;
				const f = figures(outcomes);
				expect(f.hit3).toBeGreaterThanOrEqual(REAL_TARGETS.hit3);
				expect(f.mrr5).toBeGreaterThanOrEqual(REAL_TARGETS.mrr5);
				expect(f.unrelatedFirst).toBeLessThanOrEqual(set.unrelatedCeiling ?? 0);
			},
		);
	});
}

/** Issue 7: a code typed the way support agents and merchants report it opens that code's page first. */
describe('response codes and IDs come first', () => {
	it.each([
		['51', '51'],
		['应答码51', '51'],
		['刷卡显示61', '61'],
		['交易失败 05', '05'],
		['返回码96', '96'],
		['R-07', 'R-07'],
		['C-12', 'C-12'],
		['05错误', '05'],
		['error 05', '05'],
		['A0校验错误', 'A0'],
		['应达码55', '55'],
		['异常代号96', '96'],
	])('%s → %s', async (query, id) => {
		const search = await ready();
		expect((await search(query)).ids[0]).toBe(id);
	});
});
