import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiEntries, DIST, site } from '../helpers/dist.ts';

/** Every `<meta property="og:…">` of a page, as [property, content] pairs in document order. */
async function openGraph(file: string): Promise<Array<[string, string]>> {
	const html = await readFile(file, 'utf8');
	return [...html.matchAll(/<meta property="(og:[a-z_:]+)" content="([^"]*)"\/?>/g)].map((m) => [m[1]!, m[2]!]);
}

const fileOf = (path: string) => (path.endsWith('.html') ? `${DIST}${path}` : `${DIST}${path}index.html`);
const REQUIRED = ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name', 'og:locale'];

describe('Open Graph metadata', () => {
	it('is on every page, once per property, with absolute URLs and the zh_CN locale', async () => {
		const { pages } = await site();
		const origin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
		for (const page of pages.values()) {
			if (page.refresh) continue;
			const tags = await openGraph(fileOf(page.path));
			const names = tags.map(([p]) => p);
			expect([...names].sort(), page.path).toEqual([...REQUIRED].sort());
			const og = Object.fromEntries(tags);
			expect(og['og:locale'], page.path).toBe('zh_CN');
			expect(og['og:title']!.length, page.path).toBeGreaterThan(0);
			expect(og['og:description']!.length, page.path).toBeGreaterThan(10);
			expect(new URL(og['og:url']!).origin, page.path).toBe(origin);
			if (page.path !== '/404.html') expect(new URL(og['og:url']!).pathname, page.path).toBe(page.path);
		}
	});

	it('calls entry pages articles and the rest of the site a website, with the entry title and summary', async () => {
		for (const entry of await apiEntries()) {
			const og = Object.fromEntries(await openGraph(fileOf(entry.url)));
			expect(og['og:type'], entry.url).toBe('article');
			expect(og['og:title'], entry.url).toContain(entry.id);
		}
		for (const path of ['/', '/symptoms/', '/codes/', '/search/'])
			expect(Object.fromEntries(await openGraph(fileOf(path)))['og:type']).toBe('website');
	});
});
