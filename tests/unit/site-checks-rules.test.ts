import { describe, expect, it } from 'vitest';
import { parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { cspCheck } from '../../scripts/site-checks/csp.ts';
import { eventHandlerCheck } from '../../scripts/site-checks/event-handlers.ts';
import { externalResourceCheck } from '../../scripts/site-checks/external-resources.ts';
import { parsePage } from '../../scripts/site-checks/html-page.ts';
import { runSiteChecks, SITE_CHECKS } from '../../scripts/site-checks/index.ts';
import { langCheck } from '../../scripts/site-checks/lang.ts';
import { linksCheck } from '../../scripts/site-checks/links.ts';
import { obfuscationCheck } from '../../scripts/site-checks/obfuscation.ts';
import { MANIFEST, permanenceCheck } from '../../scripts/site-checks/permanence.ts';
import { promotionCheck } from '../../scripts/site-checks/promotion.ts';
import { scriptCheck } from '../../scripts/site-checks/script.ts';
import type { BuiltSite, SiteCheck } from '../../scripts/site-checks/types.ts';
import { injectCsp } from '../../src/config/csp.ts';

const loaded = parseCleaningEditorial(await readEditorial('src/editorial'));
const cleaning = loaded.ok ? loaded.value : undefined;

/** A page as the kb-csp integration leaves it: lang="zh-CN", a policy that hashes its inline scripts. */
const good = (path: string, body = '<p>交易失败时先看终端提示。</p>') =>
	parsePage(
		injectCsp(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main>${body}</main></body></html>`),
		path,
	);

function site(...pages: ReturnType<typeof parsePage>[]): BuiltSite {
	return { pages: new Map(pages.map((p) => [p.path, p])), files: new Set(), cleaning, manifest: pages.map((p) => p.path) };
}

/** The diagnostics of one check over a site. */
const run = (check: SiteCheck, built: BuiltSite) => runSiteChecks(built, [check]);

describe('the site checks', () => {
	it('load the cleaning rules they need', () => expect(loaded.ok).toBe(true));

	it('pass a clean page, every one of them', () => {
		for (const check of SITE_CHECKS) expect(run(check, site(good('/a/'))), check.codes.join()).toEqual([]);
	});

	it('declare distinct codes: each code belongs to one check', () => {
		const codes = SITE_CHECKS.flatMap((c) => c.codes);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('skip redirect pages for page checks', () => {
		const redirect = parsePage('<meta http-equiv="refresh" content="0;url=/a/">', '/old/');
		expect(
			runSiteChecks({
				...site(good('/a/')),
				pages: new Map([
					['/a/', good('/a/')],
					['/old/', redirect],
				]),
			}),
		).toEqual([]);
	});

	it('print a page’s problems together, in the order of the checks', () => {
		const bad = (path: string) => parsePage(`<html lang="en"><body><button onclick="x()">b</button></body></html>`, path);
		const found = runSiteChecks(site(bad('/a/'), bad('/b/')));
		expect(found.map((d) => `${d.file} ${d.code}`)).toEqual([
			'dist/a/ security/event-handler',
			'dist/a/ security/csp-missing',
			'dist/a/ a11y/lang',
			'dist/b/ security/event-handler',
			'dist/b/ security/csp-missing',
			'dist/b/ a11y/lang',
		]);
	});
});

describe('links.ts', () => {
	it('reports a broken link with the page it is on', () => {
		const found = run(linksCheck, site(good('/a/', '<a href="/missing/">x</a>')));
		expect(found).toEqual([expect.objectContaining({ code: 'link/broken', file: 'dist/a/' })]);
	});
});

describe('promotion.ts', () => {
	it("reports text the cleaner's promotion rules would remove", () => {
		const found = run(promotionCheck, site(good('/a/', '<p>请致电138 1234 5678</p>')));
		expect(found).toEqual([
			expect.objectContaining({ code: 'content/promotion', file: 'dist/a/', message: expect.stringContaining('phone-number') }),
		]);
	});

	it('recognises the names the cleaner learned from the corpus, not names learned from the page text', () => {
		// One statement shown twice on a page is not a brand the page names twice (scripts/pipeline/learned.ts).
		const page = good(
			'/a/',
			'<p>软件问题也是导致新付POS机无法识别银行卡的重要原因。</p><p>软件问题也是导致新付POS机无法识别银行卡的重要原因。</p>',
		);
		expect(run(promotionCheck, { ...site(page), learned: new Map() })).toEqual([]);
		const found = run(promotionCheck, { ...site(page), learned: new Map([['brand-mention', ['导致新付']]]) });
		expect(found.length).toBeGreaterThan(0);
		for (const d of found)
			expect(d).toEqual(expect.objectContaining({ code: 'content/promotion', message: expect.stringContaining('brand-mention') }));
	});
});

describe('obfuscation.ts', () => {
	it('reports an obfuscated token, and nothing without the cleaning rules', () => {
		const page = good('/a/', '<p>刷KA卡失败</p>');
		expect(run(obfuscationCheck, site(page))).toEqual([expect.objectContaining({ code: 'content/obfuscated', file: 'dist/a/' })]);
		expect(run(obfuscationCheck, { ...site(page), cleaning: undefined })).toEqual([]);
	});
});

describe('script.ts', () => {
	it('reports a passage in Traditional script, not a Simplified one with a variant character or a quoted word', () => {
		const found = run(
			scriptCheck,
			site(good('/a/', '<p>交易失敗時，請聯絡發卡銀行。</p><p>著名的终端也会出现这种情况。</p><p>台湾说法“網路”。</p>')),
		);
		expect(found).toEqual([expect.objectContaining({ code: 'content/traditional', file: 'dist/a/' })]);
		expect(found[0]?.message).toContain('交易失敗時');
	});
});

describe('event-handlers.ts', () => {
	it('reports an inline event handler', () => {
		const found = run(eventHandlerCheck, site(good('/a/', '<button onclick="x()">b</button>')));
		expect(found.map((d) => d.message)).toEqual(['inline event handler <button onclick>']);
	});
});

describe('external-resources.ts', () => {
	it('reports a script loaded from another origin', () => {
		const found = run(externalResourceCheck, site(good('/a/', '<script src="https://cdn.example.com/x.js"></script>')));
		expect(found).toEqual([
			expect.objectContaining({ code: 'security/external-resource', message: expect.stringContaining('cdn.example.com') }),
		]);
	});
});

describe('csp.ts', () => {
	it("reports a missing policy, 'unsafe-inline', and an inline script the policy does not hash", () => {
		const missing = parsePage('<html lang="zh-CN"><body><script>a()</script></body></html>', '/m/');
		const unsafe = parsePage(
			`<html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'"></head></html>`,
			'/u/',
		);
		const tampered = parsePage(injectCsp('<html lang="zh-CN"><body><script>a()</script></body></html>').replace('a()', 'b()'), '/t/');
		expect(run(cspCheck, site(missing, unsafe, tampered)).map((d) => `${d.file} ${d.code}`)).toEqual([
			'dist/m/ security/csp-missing',
			'dist/m/ security/csp-hash',
			'dist/u/ security/csp-unsafe',
			'dist/t/ security/csp-hash',
		]);
	});
});

describe('lang.ts', () => {
	it('reports a page not declared zh-CN', () => {
		const page = parsePage(injectCsp('<html lang="zh-TW"><body></body></html>'), '/a/');
		expect(run(langCheck, site(page))).toEqual([expect.objectContaining({ code: 'a11y/lang', message: '<html lang="zh-TW">' })]);
	});
});

describe('permanence.ts', () => {
	it('reports a missing manifest and a published URL that is gone', () => {
		expect(run(permanenceCheck, { ...site(good('/a/')), manifest: undefined })).toEqual([
			expect.objectContaining({ code: 'url/no-manifest', file: MANIFEST }),
		]);
		expect(run(permanenceCheck, { ...site(good('/a/')), manifest: ['/a/', '/gone/'] })).toEqual([
			expect.objectContaining({ code: 'url/removed', file: 'dist/gone/' }),
		]);
	});
});
