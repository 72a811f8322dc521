import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeQuery, type SearchVocabulary } from '../../src/lib/query-normalize.ts';
import { SEARCH_RANKING } from '../../src/lib/search-settings.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { loadPagefind, type Pagefind } from '../helpers/pagefind.ts';

/**
 * Relevance harness: runs every query of tests/search/queries.yaml through the site's own normalization and
 * Pagefind with the site's ranking, over the built index, and scores the ranking. Prints hit@3 and MRR@5 per kind
 * and the worst queries; fails below the targets.
 */

const TARGET_HIT_AT_3 = 0.95;
const TARGET_MRR_AT_5 = 0.85;

const querySchema = z.object({
	/** The query as a reader types it. */
	q: z.string().min(1),
	/** colloquial, formal, codes, terminal, traditional, typos or long. */
	kind: z.enum(['colloquial', 'formal', 'codes', 'terminal', 'traditional', 'typos', 'long']),
	/** Entry IDs that are right first answers. */
	expect: z.array(z.string()).min(1),
});
type Query = z.infer<typeof querySchema>;

const queries: Query[] = z.array(querySchema).parse(parse(readFileSync(new URL('./queries.yaml', import.meta.url), 'utf8')));

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

describe('search relevance', () => {
	let pagefind: Pagefind;
	let vocabulary: SearchVocabulary;
	const outcomes: Outcome[] = [];

	beforeAll(async () => {
		assertBuilt();
		vocabulary = JSON.parse(readFileSync('src/content/generated/search-vocabulary.json', 'utf8')) as SearchVocabulary;
		pagefind = await loadPagefind(DIST, SEARCH_RANKING);
		for (const query of queries) {
			const normalized = normalizeQuery(query.q, vocabulary);
			const response = await pagefind.search(normalized);
			const results = response?.results.slice(0, 5) ?? [];
			const top = await Promise.all(results.map(async (r) => (await r.data()).meta.id ?? '?'));
			const index = top.findIndex((id) => query.expect.includes(id));
			outcomes.push({ query, normalized, top, rank: index + 1 });
		}
	});

	it('has a realistic query set', () => {
		expect(queries.length).toBeGreaterThanOrEqual(60);
		expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
	});

	it(`reaches hit@3 ≥ ${TARGET_HIT_AT_3 * 100} % and MRR@5 ≥ ${TARGET_MRR_AT_5}`, () => {
		const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
		const rows = kinds.map((kind) => {
			const group = outcomes.filter((o) => o.query.kind === kind);
			return { kind, n: group.length, 'hit@3': mean(group.map((o) => hit3(o.rank))), 'MRR@5': mean(group.map((o) => reciprocal(o.rank))) };
		});
		const hit = mean(outcomes.map((o) => hit3(o.rank)));
		const mrr = mean(outcomes.map((o) => reciprocal(o.rank)));
		const lines = rows.map(
			(r) =>
				`${r.kind.padEnd(12)} n=${String(r.n).padStart(3)}  hit@3 ${(r['hit@3'] * 100).toFixed(1).padStart(5)} %  MRR@5 ${r['MRR@5'].toFixed(3)}`,
		);
		lines.push(
			`${'all'.padEnd(12)} n=${String(outcomes.length).padStart(3)}  hit@3 ${(hit * 100).toFixed(1).padStart(5)} %  MRR@5 ${mrr.toFixed(3)}`,
		);
		const worst = [...outcomes]
			.sort((a, b) => reciprocal(a.rank) - reciprocal(b.rank))
			.filter((o) => o.rank !== 1)
			.slice(0, 12)
			.map(
				(o) =>
					`  ${o.rank ? `#${o.rank}` : 'miss'}  ${o.query.q}  →  「${o.normalized}」  expected ${o.query.expect.join('/')}, got ${o.top.join(' ') || 'nothing'}`,
			);
		console.log(
			[
				'search relevance',
				...lines,
				'worst queries:',
				...(worst.length ? worst : ['  (none: every query ranks an expected entry first)']),
			].join('\n'),
		);
		expect(hit).toBeGreaterThanOrEqual(TARGET_HIT_AT_3);
		expect(mrr).toBeGreaterThanOrEqual(TARGET_MRR_AT_5);
	});
});
