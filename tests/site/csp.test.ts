import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DIST, site } from '../helpers/dist.ts';

describe('Content-Security-Policy in dist/', () => {
	it('is declared by every page, allows each inline script by its hash and never by unsafe-inline', async () => {
		const { pages } = await site();
		for (const page of pages.values()) {
			expect(page.csp, page.path).toBeDefined();
			expect(page.unhashedScripts, page.path).toEqual([]);
			const scriptSrc = /script-src ([^;]*)/.exec(page.csp!)![1]!;
			expect(scriptSrc, page.path).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
			expect(scriptSrc, page.path).toContain("'wasm-unsafe-eval'");
		}
	});

	it('is also in _headers, with every hash any page needs', async () => {
		const { pages } = await site();
		const headers = await readFile(`${DIST}/_headers`, 'utf8');
		const policy = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
		for (const page of pages.values())
			for (const hash of /script-src ([^;]*)/.exec(page.csp!)![1]!.split(' ')) expect(policy, page.path).toContain(hash);
	});
});
