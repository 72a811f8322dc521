import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/site-checks/html-page.ts';
import { checkLinks, resolveHref } from '../../scripts/site-checks/links.ts';
import { checkPermanence, parseManifest, unlistedPages } from '../../scripts/site-checks/permanence.ts';
import { injectCsp } from '../../src/config/csp.ts';

const page = (path: string, body: string) => parsePage(`<!doctype html><html lang="zh-CN"><body>${body}</body></html>`, path);

describe('parsePage', () => {
	const p = page(
		'/a/',
		'<main><div class="sl-markdown-content"><h2 id="x">标题</h2><a href="/b/#step-1">链接</a></div></main><nav><a href="/c/">导航</a></nav><script>var secret = "不可见";</script><button onclick="x()">b</button>',
	);
	it('collects ids, links with lines, and visible text without scripts or navigation', () => {
		expect(p.ids.has('x')).toBe(true);
		expect(p.links.map((l) => l.href)).toEqual(['/b/#step-1', '/c/']);
		expect(p.text).toContain('标题');
		expect(p.text).not.toContain('不可见');
		expect(p.text).not.toContain('导航');
		expect(p.lang).toBe('zh-CN');
	});
	it('separates content links from navigation', () => {
		expect(p.contentLinks).toEqual(['/b/#step-1']);
	});
	it('finds inline event handlers', () => {
		expect(p.eventHandlers).toEqual(['<button onclick>']);
	});
	it('reads the CSP meta and lists inline scripts it does not hash', () => {
		expect(p.csp).toBeUndefined();
		expect(p.unhashedScripts).toHaveLength(1);
		const guarded = parsePage(injectCsp(`<html><head><meta charset="utf-8"></head><body><script>a()</script></body></html>`), '/g/');
		expect(guarded.csp).toMatch(/^default-src 'self'/);
		expect(guarded.unhashedScripts).toEqual([]);
		// A script changed after the policy was written is no longer covered by it.
		const tampered = parsePage(injectCsp('<script>a()</script>').replace('a()', 'b()'), '/t/');
		expect(tampered.unhashedScripts).toHaveLength(1);
	});
	it('reads meta refresh redirects', () => {
		expect(parsePage('<meta http-equiv="refresh" content="0;url=/remedies/R-07/">', '/R-07/').refresh).toBe('/remedies/R-07/');
	});
});

describe('checkLinks', () => {
	const pages = new Map([
		[
			'/a/',
			page(
				'/a/',
				'<a href="/b/#step-1">ok</a><a href="/b/#step-9">bad anchor</a><a href="/missing/">broken</a><a href="https://example.com/">ext</a><a href="javascript:alert(1)">js</a><a href="#top">self</a>',
			),
		],
		['/b/', page('/b/', '<ol><li id="step-1">一</li></ol>')],
	]);
	const codes = checkLinks(pages, new Set(['/pagefind/pagefind.js'])).map((p) => p.code);
	it('reports broken pages, missing anchors, external and javascript links', () => {
		expect(codes.sort()).toEqual(['link/anchor', 'link/anchor', 'link/broken', 'link/external', 'link/javascript']);
	});
	it('resolves relative links against the page', () => {
		expect(resolveHref('../b/#x', '/a/c/')).toEqual({ path: '/a/b/', hash: 'x' });
		expect(resolveHref('mailto:x@y', '/a/')).toBeUndefined();
	});
});

describe('permanence', () => {
	it('parses the manifest and reports URLs that disappeared', () => {
		const manifest = parseManifest('# comment\n/a/\n\n/gone/\n');
		expect(manifest).toEqual(['/a/', '/gone/']);
		const pages = new Map([
			['/a/', page('/a/', '')],
			['/new/', page('/new/', '')],
		]);
		expect(checkPermanence(manifest, pages, new Set()).map((p) => p.file)).toEqual(['dist/gone/']);
		expect(unlistedPages(manifest, pages)).toEqual(['/new/']);
	});
	it("records an entry's first all-statements page, not the further ones that come and go with the corpus", () => {
		const pages = new Map([
			['/causes/C-01/statements/', page('/causes/C-01/statements/', '')],
			['/causes/C-01/statements/2/', page('/causes/C-01/statements/2/', '')],
		]);
		expect(unlistedPages([], pages)).toEqual(['/causes/C-01/statements/']);
	});

	it('lists the export and OpenSearch files as published URLs too, and no other file', () => {
		const files = new Set([
			'/api/entries.json',
			'/api/entries.schema.json',
			'/api/entries/R-07.json',
			'/api/entries/R-07.md',
			'/opensearch.xml',
			'/_astro/page.abc123.js',
			'/pagefind/pagefind.js',
			'/search-index.json',
		]);
		expect(unlistedPages(['/api/entries.json'], new Map(), files)).toEqual([
			'/api/entries.schema.json',
			'/api/entries/R-07.json',
			'/api/entries/R-07.md',
			'/opensearch.xml',
		]);
		expect(checkPermanence(['/api/entries/R-07.md'], new Map(), new Set())[0]?.file).toBe('dist/api/entries/R-07.md');
	});
});
