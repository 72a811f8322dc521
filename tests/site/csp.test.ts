import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, site } from '../helpers/dist.ts';

describe('Content-Security-Policy in dist/', () => {
	it('is declared by every page, allows each inline script by its hash and never by unsafe-inline', async () => {
		const { pages } = await site();
		for (const page of pages.values()) {
			expect(page.csp, page.path).toBeDefined();
			const scriptSrc = /script-src ([^;]*)/.exec(page.csp!)![1]!;
			expect(scriptSrc, page.path).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
			expect(scriptSrc, page.path).toContain("'wasm-unsafe-eval'");
		}
	});

	it('hashes every inline script, as found in the raw HTML and hashed here (not by the site checks or src/config/csp.ts)', () => {
		const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		let scripts = 0;
		for (const file of files) {
			const html = readFileSync(join(DIST, file), 'utf8');
			const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
			expect(meta, file).toBeDefined();
			const scriptSrc = /script-src ([^;]*)/.exec(meta!)![1]!.split(' ');
			for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
				if (/\bsrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!)) continue;
				scripts++;
				const hash = `'sha256-${createHash('sha256').update(code!, 'utf8').digest('base64')}'`;
				expect(scriptSrc, `${file}: inline script ${hash}`).toContain(hash);
			}
		}
		expect(scripts).toBeGreaterThan(files.length);
	});

	it('is also in _headers, with every hash any page needs', async () => {
		const { pages } = await site();
		const headers = await readFile(`${DIST}/_headers`, 'utf8');
		const policy = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
		for (const page of pages.values())
			for (const hash of /script-src ([^;]*)/.exec(page.csp!)![1]!.split(' ')) expect(policy, page.path).toContain(hash);
	});
});
