import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiEntries, DIST, site } from '../helpers/dist.ts';

describe('built pages', () => {
	it('are all Simplified Chinese, read from the raw HTML, not through the parser the site checks use', async () => {
		const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		const { pages } = await site();
		expect(files.length).toBe(pages.size);
		for (const file of files) {
			const html = readFileSync(join(DIST, file), 'utf8');
			if (/<meta http-equiv="refresh"/i.test(html)) continue;
			expect(/^<!DOCTYPE html><html\b[^>]*>/i.exec(html)?.[0], file).toMatch(/\slang="zh-CN"/);
		}
	});

	it('ship the Pagefind search bundle', () => {
		expect(existsSync(`${DIST}/pagefind/pagefind.js`)).toBe(true);
	});

	it('give every remedy step the anchor #step-N in order', async () => {
		const { pages } = await site();
		for (const e of (await apiEntries()).filter((x) => x.type === 'remedy')) {
			const ids = [...pages.get(e.url)!.ids].filter((id) => /^step-\d+$/.test(id));
			expect(ids.length, e.id).toBeGreaterThan(0);
			expect(ids, e.id).toEqual(ids.map((_, i) => `step-${i + 1}`));
		}
	});

	it('has a short link /<ID>/ that redirects to every entry page', async () => {
		const { pages } = await site();
		for (const e of (await apiEntries()).filter((x) => x.type !== 'code')) {
			expect(pages.get(`/${e.id}/`)?.refresh, e.id).toBe(e.url);
		}
	});

	it('shows the permanent ID on every entry page', async () => {
		const { pages } = await site();
		for (const e of await apiEntries()) expect(pages.get(e.url)!.text, e.url).toContain(e.id);
	});
});
