import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageWeight } from '../../bench/measure-site.ts';
import { searchInPage, waitForSearch } from '../../bench/search-page.ts';
import { browserAvailable } from '../helpers/browser.ts';
import { Session } from '../helpers/session.ts';
import { loadRealSet, REAL_SETS } from '../search/real-sets.ts';

const run = browserAvailable();

/** Issue 15's budgets for the search in Chromium. */
const BUDGET = {
	/** A later query (engine and entry index already loaded): from the reader's query to the list on the page. */
	laterQueryMs: 50,
	/** What a later query may transfer (Pagefind chunks and fragments of the full-text fallback). */
	laterQueryBytes: 100_000,
	/** The search page's first load: HTML + CSS + JS before the load event, gzip. */
	firstLoadBytes: 60 * 1024,
};

/** Every SAMPLE_STEP-th real phrasing of every set (answered, declined, and full-text fallbacks alike). */
const SAMPLE_STEP = 20;
const queries = REAL_SETS.flatMap((s) => loadRealSet(s.file))
	.filter((_, i) => i % SAMPLE_STEP === 0)
	.map((q) => q.q);

const median = (values: readonly number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

/**
 * The search's budgets measured in Chromium over the built site served as a host would (gzip): the search page's
 * first-load weight, and for later queries the time the page itself records (data-search-ms: from the query to the
 * rendered list, src/pages/search.astro) and the bytes that went over the network meanwhile (CDP encodedDataLength).
 * The machine is shared: each query's time is the median of three runs; the budget applies to the median query, and nine
 * in ten queries must stay within twice it.
 */
describe.runIf(run)('search budgets in Chromium', () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	it(`the search page's first load is at most ${BUDGET.firstLoadBytes / 1024} KiB gzip`, async () => {
		const weight = await measurePageWeight(session.browser, session.url, 'search', '/search/');
		console.log(
			`search page first load: ${(weight.total / 1024).toFixed(1)} KiB gzip (html ${weight.html}, css ${weight.css}, js ${weight.js} bytes)`,
		);
		expect(weight.total).toBeLessThanOrEqual(BUDGET.firstLoadBytes);
	});

	it(`later queries take at most ${BUDGET.laterQueryMs} ms (median; 90 % within twice it) and transfer at most ${BUDGET.laterQueryBytes / 1000} KB each`, async () => {
		const context = await session.browser.newContext();
		const page: Page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const cdp: CDPSession = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		let bytes = 0;
		cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
			bytes += event.encodedDataLength;
		});
		// The first query loads the engine, the entry index and Pagefind.
		await page.goto(`${session.url}/search/?q=${encodeURIComponent('刷卡失败')}`);
		await waitForSearch(page, 30_000);
		await page.waitForLoadState('networkidle');
		const firstMs = Number(await page.evaluate(() => document.body.dataset['searchMs']));
		/** One search in the page: the time it records, and the bytes that arrived meanwhile. */
		const once = async (q: string, countBytes: boolean): Promise<{ ms: number; bytes: number }> => {
			bytes = 0;
			await searchInPage(page, q, 15_000);
			// Let the fragments of the shown results finish arriving before the bytes are counted.
			if (countBytes) await page.waitForLoadState('networkidle');
			return { ms: Number(await page.evaluate(() => document.body.dataset['searchMs'])), bytes };
		};
		// Each query three times, interleaved with the others: its time is the median of the three (a pause of the
		// shared machine is not the search's cost); its transfer is the first run's (later runs find Pagefind cached).
		const rounds: Array<Array<{ ms: number; bytes: number }>> = [];
		for (let round = 0; round < 3; round++) {
			const results: Array<{ ms: number; bytes: number }> = [];
			for (const q of queries) results.push(await once(q, round === 0));
			rounds.push(results);
		}
		const runs = queries.map((q, i) => ({
			q,
			ms: median(rounds.map((r) => (r[i] as { ms: number }).ms)),
			bytes: (rounds[0]![i] as { bytes: number }).bytes,
		}));
		await context.close();
		const times = runs.map((r) => r.ms);
		const heaviest = [...runs].sort((a, b) => b.bytes - a.bytes)[0];
		const slowest = [...runs].sort((a, b) => b.ms - a.ms)[0];
		console.log(
			`search, first query ${firstMs.toFixed(0)} ms (loads the engine and the index); ${runs.length} later queries: median ${median(times).toFixed(1)} ms, slowest ${slowest?.ms.toFixed(1)} ms (${slowest?.q}), ` +
				`heaviest ${((heaviest?.bytes ?? 0) / 1000).toFixed(1)} KB (${heaviest?.q})`,
		);
		expect(median(times)).toBeLessThanOrEqual(BUDGET.laterQueryMs);
		// Nine in ten within twice the budget: the slowest are the few that also ask Pagefind's full text (its WebAssembly
		// search), which a loaded machine slows most; the slowest is printed above.
		const sorted = [...times].sort((a, b) => a - b);
		expect(sorted[Math.floor(0.9 * (sorted.length - 1))]).toBeLessThanOrEqual(2 * BUDGET.laterQueryMs);
		for (const r of runs) expect(r.bytes, r.q).toBeLessThanOrEqual(BUDGET.laterQueryBytes);
		expect(errors).toEqual([]);
	}, 180_000); // the budget is per query (measured inside); the whole run of queries needs more than the default
});
