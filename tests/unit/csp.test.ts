import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, injectCsp, inlineScripts, metaPolicy, pageHashes, policy, sha256Source } from '../../src/config/csp.ts';

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('Content-Security-Policy helpers', () => {
	it('hashes the exact text of a script, as browsers do', () => {
		const code = '\n\tconsole.log("刷卡");\n';
		expect(sha256Source(code)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(code, 'utf8')).digest('base64')}'`);
	});

	it('finds inline executable scripts only: not external ones, not data blocks', () => {
		const html = page(
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script>',
			'<script type="application/ld+json">{"x":1}</script><script type="text/plain">c</script>',
		);
		expect(inlineScripts(html)).toEqual(['a()', 'b()']);
	});

	it("puts the page's own hashes into script-src, right after <meta charset>, and nothing unsafe", () => {
		const html = injectCsp(page('<script>a()</script>', '<script type="module">b()</script>'));
		expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy"/);
		const csp = metaPolicy(html)!;
		const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
		expect(scriptSrc.split(' ').sort()).toEqual(["'self'", "'wasm-unsafe-eval'", sha256Source('a()'), sha256Source('b()')].sort());
		expect(scriptSrc).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"])
			expect(csp).toContain(directive);
	});

	it('is idempotent and works on redirect pages without a head element', () => {
		const redirect = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/remedies/R-07/">';
		const once = injectCsp(redirect);
		expect(once.startsWith('<!doctype html><meta http-equiv="Content-Security-Policy"')).toBe(true);
		expect(injectCsp(once)).toBe(once);
		const full = injectCsp(page('<script>a()</script>'));
		expect(injectCsp(full)).toBe(full);
	});

	it('writes a _headers policy with the union of all pages’ hashes and frame-ancestors', () => {
		const text = headersFile([pageHashes(page('<script>a()</script>')), pageHashes(page('<script>b()</script>'))]);
		expect(text).toContain('/*\n  Content-Security-Policy: ');
		expect(text).toContain(sha256Source('a()'));
		expect(text).toContain(sha256Source('b()'));
		expect(text).toContain("frame-ancestors 'self'");
		expect(policy({ scripts: [], styles: [] })).not.toContain('frame-ancestors');
	});
});
