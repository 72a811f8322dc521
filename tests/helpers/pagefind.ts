import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of Pagefind's JS API (dist/pagefind/pagefind.js) the tests use. */
export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<{ url: string; excerpt: string; meta: { id?: string; title?: string }; filters: Record<string, string[]> }>;
}
export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Loads the built site's Pagefind in Node, the way the browser runs it: `fetch` reads the bundle's files from dist/,
 * and a minimal `document` says the page language is zh-CN (without it Pagefind does not segment Chinese queries
 * and results differ from the browser's). `document.currentScript` is null so the WebAssembly glue does not
 * look for `location`.
 */
export async function loadPagefind(dist: string, ranking: Record<string, unknown>): Promise<Pagefind> {
	const root = resolve(dist);
	const html = { getAttribute: (name: string) => (name === 'lang' ? 'zh-CN' : null) };
	Object.assign(globalThis, {
		document: { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? html : null) },
	});
	globalThis.fetch = (async (input: string | URL | Request) => {
		const url = input instanceof Request ? input.url : String(input);
		const path = new URL(url, 'http://site.invalid/').pathname;
		return new Response(await readFile(resolve(root, `.${decodeURIComponent(path)}`)));
	}) as typeof fetch;
	const pagefind = (await import(pathToFileURL(resolve(root, 'pagefind/pagefind.js')).href)) as Pagefind;
	await pagefind.options({ basePath: '/pagefind/', ranking });
	await pagefind.init();
	return pagefind;
}
