import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codeShortMeaning } from '../../src/shared/code-categories.ts';
import { DIST, site } from '../helpers/dist.ts';

/** The codes as the site publishes them. */
const codes = JSON.parse(readFileSync('src/content/generated/codes.json', 'utf8')) as Array<{
	id: string;
	meaning: string;
	foreign?: { english: string[]; same: boolean; note?: string };
}>;
const referenceIds = (parse(readFileSync('src/editorial/references.yaml', 'utf8')) as Array<{ id: string }>).map((r) => r.id);

/** The page's main column as HTML, and as text. */
function main(path: string): { html: string; text: string } {
	const page = readFileSync(`${DIST}${path}index.html`, 'utf8');
	const html = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
	const text = html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
	return { html, text };
}

describe('code pages (issue 18 point 4)', () => {
	it('are titled with the code and the name of its meaning, once', async () => {
		await site();
		for (const c of codes) {
			const { html, text } = main(`/codes/${c.id}/`);
			const title = `${c.id} ${codeShortMeaning(c.meaning)}`;
			expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1], c.id).toBe(title);
			// The whole definition is stated once (含义), not in the title and the facts as well (twice when the meaning is
			// no more than its name, 09 请求正在处理中).
			const meaning = c.meaning.replace(/。$/, '');
			const shown = text.replace(/常见说法：.*?(?= 应答码 商户)/, '');
			expect(shown.split(meaning).length - 1, c.id).toBe(meaning === codeShortMeaning(c.meaning) ? 2 : 1);
		}
	});

	it('put what to do first, then the meaning and terminal messages, the related entries, and the citations last', () => {
		for (const c of codes) {
			const { html } = main(`/codes/${c.id}/`);
			const at = (id: string) => html.indexOf(`id="${id}"`);
			expect(at('retry'), c.id).toBeGreaterThan(0);
			expect(at('retry'), c.id).toBeLessThan(at('meaning'));
			if (c.foreign) expect(at('meaning'), c.id).toBeLessThan(at('foreign'));
			const related = html.indexOf('id="related-');
			if (related > 0) expect(related, c.id).toBeLessThan(at('references'));
			expect(at('meaning'), c.id).toBeLessThan(at('references'));
		}
	});

	it('list no alias twice and show no internal reference ID', () => {
		for (const c of codes) {
			const { html, text } = main(`/codes/${c.id}/`);
			const aliases =
				/class="entry-aliases"[^>]*>([\s\S]*?)<\/p>/
					.exec(html)?.[1]
					?.replace(/<[^>]+>/g, '')
					.replace(/^常见说法：/, '')
					.split('、') ?? [];
			expect(aliases.length, c.id).toBeGreaterThan(0);
			expect(new Set(aliases).size, `${c.id}: ${aliases.join('、')}`).toBe(aliases.length);
			for (const id of referenceIds) expect(text.includes(id), `${c.id} shows reference ID ${id}`).toBe(false);
			expect(text, c.id).not.toMatch(/编号\s/);
		}
	});

	it('give the English terminal messages of foreign schemes, and say what differs where the meaning is not the same', () => {
		const mapped = codes.filter((c) => c.foreign);
		expect(mapped.length).toBeGreaterThanOrEqual(30);
		for (const c of mapped) {
			const { text } = main(`/codes/${c.id}/`);
			for (const e of c.foreign!.english) expect(text, c.id).toContain(e);
			if (!c.foreign!.same) {
				expect(text, c.id).toContain('含义与银联的不同');
				expect(text, c.id).toContain(c.foreign!.note!);
			}
		}
	});

	it('the code index has the lookup form first, one short row per code and the foreign-scheme codes', () => {
		const { html, text } = main('/codes/');
		expect(html.indexOf('class="code-lookup')).toBeGreaterThan(0);
		expect(html.indexOf('class="code-lookup')).toBeLessThan(html.indexOf('class="codes-table"'));
		expect(/<form class="code-lookup[^"]*" action="\/search\/" method="get"/.test(html)).toBe(true);
		for (const c of codes) expect(html, c.id).toContain(`href="/codes/${c.id}/"`);
		for (const id of ['foreign-46', 'foreign-78']) expect(html).toContain(`id="${id}"`);
		expect(text).toContain('CLOSED ACCOUNT');
	});
});
