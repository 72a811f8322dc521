import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { COLLECTION_OF_KIND } from '../src/shared/relations.ts';
import { searchInPage } from './search-page.ts';

/**
 * Browser measurements of the built site in Chromium: first-load weight of each page type, and the cost of a search.
 * The caller serves dist/ on 127.0.0.1 and passes its URL and a launched browser.
 */

/** Page types of the site; entry types are measured on their first entry (by ID) in dist/. */
export const PAGE_TYPES = ['home', 'symptom', 'cause', 'remedy', 'prevention', 'case', 'code', 'code index', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Collection folders in dist/ of the entry page types. */
const ENTRY_FOLDERS: Partial<Record<PageType, string>> = COLLECTION_OF_KIND;

/** Page types whose first-load weight has the 30 KiB target (the pages a reader lands on from a link). */
export const ENTRY_PAGE_TYPES: ReadonlySet<PageType> = new Set(['symptom', 'cause', 'remedy', 'prevention', 'case', 'code']);

/** One page's first load: HTML + CSS + JS requested before the load event, gzip bytes (gzip -6 of each response). */
export interface PageWeight {
	type: PageType;
	path: string;
	html: number;
	css: number;
	js: number;
	/** html + css + js, gzip bytes. */
	total: number;
	/** The same responses uncompressed. */
	uncompressed: number;
	/** Other responses before load (fonts, images, JSON), gzip bytes; not part of the target. */
	other: number;
	requests: number;
	/** The heaviest responses, to say what to trim. */
	heaviest: Array<{ url: string; gzip: number }>;
	/** Requests made after the load event (e.g. search code loaded when idle); not counted in `total`. */
	afterLoad: Array<{ url: string; gzip: number }>;
}

/** Paths of one page per type, read from dist/. */
export async function pagePaths(dist: string): Promise<Record<PageType, string>> {
	const paths: Partial<Record<PageType, string>> = { home: '/', 'code index': '/codes/', search: '/search/' };
	for (const [type, folder] of Object.entries(ENTRY_FOLDERS)) {
		const ids = (await readdir(join(dist, folder), { withFileTypes: true }))
			.filter((e) => e.isDirectory())
			.map((e) => e.name)
			.sort();
		if (ids[0]) paths[type as PageType] = `/${folder}/${ids[0]}/`;
	}
	return paths as Record<PageType, string>;
}

const gzipSize = (body: Buffer): number => gzipSync(body, { level: 6 }).length;

/** Loads `path` in a fresh context (empty cache) and sums what was fetched before the load event. */
export async function measurePageWeight(browser: Browser, base: string, type: PageType, path: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	let loaded = false;
	const before: Array<Promise<{ url: string; kind: string; gzip: number; raw: number }>> = [];
	const after: Array<Promise<{ url: string; gzip: number }>> = [];
	page.on('response', (response) => {
		const url = response.url().replace(base, '');
		const kind = response.request().resourceType();
		const body = response.body().catch(() => Buffer.alloc(0));
		if (loaded) after.push(body.then((b) => ({ url, gzip: gzipSize(b) })));
		else before.push(body.then((b) => ({ url, kind, gzip: gzipSize(b), raw: b.length })));
	});
	await page.goto(base + path, { waitUntil: 'load' });
	loaded = true;
	// Whatever the page starts once loaded (idle-time imports) shows up here, for the record.
	await page.waitForLoadState('networkidle').catch(() => undefined);
	const responses = await Promise.all(before);
	const afterLoad = await Promise.all(after);
	await context.close();
	const sum = (kinds: readonly string[]) => responses.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + r.gzip, 0);
	const counted = responses.filter((r) => ['document', 'stylesheet', 'script'].includes(r.kind));
	const html = sum(['document']);
	const css = sum(['stylesheet']);
	const js = sum(['script']);
	return {
		type,
		path,
		html,
		css,
		js,
		total: html + css + js,
		uncompressed: counted.reduce((s, r) => s + r.raw, 0),
		other: responses.filter((r) => !counted.includes(r)).reduce((s, r) => s + r.gzip, 0),
		requests: responses.length,
		heaviest: [...counted]
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 4)
			.map(({ url, gzip }) => ({ url, gzip })),
		afterLoad,
	};
}

/** One search: time from the call to the first results' data in hand, and what went over the network meanwhile. */
export interface SearchRun {
	query: string;
	ms: number;
	/** Bytes received (headers + bodies as transferred: the static server gzips text as a host would; Pagefind's files are gzip already). */
	bytes: number;
	requests: number;
	results: number;
}

/**
 * Searches as a reader does, in the site's search page (src/pages/search.astro): the query typed into the form, the
 * entry ranking over /search-index.json and, where it finds few entries, Pagefind's full text — the time is the one the
 * page records (data-search-ms: from the query to the rendered list), bytes every response that finished meanwhile
 * (the worker's included). The first query loads the engine and the entry index; a later query only what it newly
 * needs. The UI's input debounce is not part of it: that is a setting of the search component, not a cost of the search.
 */
export async function measureSearch(browser: Browser, base: string, queries: readonly string[], rounds = 3): Promise<SearchRun[]> {
	// Each round starts from an empty cache; the median round per query is reported, so a busy machine's outlier is not.
	const all: SearchRun[][] = [];
	for (let round = 0; round < rounds; round++) all.push(await searchRound(browser, base, queries));
	return queries.map((_, q) => {
		const runs = all.map((round) => round[q] as SearchRun).sort((a, b) => a.ms - b.ms);
		return runs[Math.floor((runs.length - 1) / 2)] as SearchRun;
	});
}

async function searchRound(browser: Browser, base: string, queries: readonly string[]): Promise<SearchRun[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/search/`, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle').catch(() => undefined);
	// Context-level events: Pagefind 1.6 fetches its index from a Web Worker, whose requests a page-level listener misses.
	let sizes: Array<Promise<number>> = [];
	context.on('requestfinished', (request) => {
		sizes.push(
			request
				.sizes()
				.then((s) => s.responseBodySize + s.responseHeadersSize)
				.catch(() => 0),
		);
	});
	const runs: SearchRun[] = [];
	for (const query of queries) {
		sizes = [];
		const { ms, results } = await search(page, query);
		// Let the last requestfinished events arrive before reading the sizes.
		await page.waitForTimeout(200);
		const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
		runs.push({ query, ms: Number(ms.toFixed(1)), bytes, requests: sizes.length, results });
	}
	await context.close();
	return runs;
}

async function search(page: Page, query: string): Promise<{ ms: number; results: number }> {
	await searchInPage(page, query, 30_000);
	return page.evaluate(() => ({
		ms: Number(document.body.dataset['searchMs']),
		results: document.querySelectorAll('#search-results > li').length,
	}));
}
