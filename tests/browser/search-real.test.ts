import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { Session } from '../helpers/session.ts';
import { siteEngine } from '../search/engine.ts';
import { searchResults } from '../search/engine-chromium.ts';
import { loadRealSet, REAL_SETS, type RealQuery } from '../search/real-sets.ts';

const run = browserAvailable();

/**
 * Every SAMPLE_STEP-th real phrasing of every set, development and held out alike: the same sample on every run.
 * Phrasings still held out, and those collected as a held-out batch (heldout-N.yaml, development since their first
 * measurement), are compared with the harness and counted apart; only the development ones carry the hit target.
 */
const SAMPLE_STEP = 8;
const sample: Array<RealQuery & { heldOut: boolean; batch: boolean }> = REAL_SETS.flatMap((s) =>
	loadRealSet(s.file)
		.filter((_, i) => i % SAMPLE_STEP === 0)
		.map((q) => ({ ...q, heldOut: s.heldOut, batch: s.heldOut || s.file.startsWith('heldout-') })),
);

/**
 * Real phrasings end to end in Chromium: each query typed into the search page as a reader would (a later query:
 * the engine and index are loaded once), the results read from the page. The page must list the same first five
 * entries as the relevance harness computes in Node with the same code and data, and say "没有找到完全对应的条目"
 * exactly when the harness declines.
 */
describe.runIf(run)('search in Chromium: real phrasings', () => {
	const session = new Session();
	let page: Page;
	const errors: string[] = [];
	beforeAll(async () => {
		await session.start();
		page = await session.browser.newPage();
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		await page.goto(`${session.url}/search/`);
	});
	afterAll(() => session.stop());

	it(`lists what the harness lists for ${sample.length} sampled queries, and answers most of them`, async () => {
		const engine = await siteEngine(DIST, JSON.parse(readFileSync(`${DIST}/search-index.json`, 'utf8')));
		const counts = { dev: { hits: 0, answerable: 0 }, heldOut: { hits: 0, answerable: 0 }, batch: { hits: 0, answerable: 0 } };
		for (const query of sample) {
			const expected = await engine(query.q);
			const shown = await searchResults(page, query.q);
			expect(shown.ids, query.q).toEqual(expected.ids);
			expect(shown.status.includes('没有找到完全对应的条目') || shown.ids.length === 0, query.q).toBe(expected.declined);
			if (!query.noAnswer) {
				const c = query.heldOut ? counts.heldOut : counts.dev;
				c.answerable++;
				const hit = shown.ids.slice(0, 3).some((id) => query.expect.includes(id));
				if (hit) c.hits++;
				if (query.batch) {
					counts.batch.answerable++;
					if (hit) counts.batch.hits++;
				}
			}
		}
		console.log(
			`search in Chromium: ${counts.dev.hits}/${counts.dev.answerable} sampled development phrasings and ` +
				`${counts.heldOut.hits}/${counts.heldOut.answerable} held-out ones with a right page in the top 3; ` +
				`${counts.batch.hits}/${counts.batch.answerable} of them from the held-out batches`,
		);
		// The sample reaches into the held-out batches, not only the first development set.
		expect(counts.batch.answerable).toBeGreaterThan(0);
		expect(counts.dev.hits / counts.dev.answerable).toBeGreaterThanOrEqual(0.85);
		expect(errors).toEqual([]);
	}, 180_000); // about 0.2 s a query in Chromium; the sample grows with every batch of phrasings
});
