import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, site } from '../helpers/dist.ts';

/** The time windows as the editors wrote them, and the references they may cite. */
const timings = parse(readFileSync('src/editorial/timings.yaml', 'utf8')) as Array<{
	id: string;
	typical: string;
	ifNotDone: string;
	references: string[];
	shownOn: string[];
}>;
const references = new Map(
	(parse(readFileSync('src/editorial/references.yaml', 'utf8')) as Array<{ id: string; title: string }>).map((r) => [r.id, r]),
);

/** The page of an entry ID. */
const pathOf = (id: string) =>
	/^[0-9A-Z]{2}$/.test(id)
		? `/codes/${id}/`
		: `/${{ S: 'symptoms', C: 'causes', R: 'remedies', P: 'prevention', K: 'cases' }[id[0]!]}/${id}/`;

describe('time windows (issue 18 point 3)', () => {
	it('cover reversals, refunds, settlement, holidays and retries, each citing a source article or specification', () => {
		for (const id of ['reversal', 'refund', 'settlement', 'holidays', 'retry']) expect(timings.map((t) => t.id)).toContain(id);
		for (const t of timings) {
			expect(t.references.length, t.id).toBeGreaterThan(0);
			for (const r of t.references) expect(references.has(r), `${t.id} cites ${r}`).toBe(true);
		}
	});

	it('are shown on every page they name: the window, what to do if it is not done by then, and what it rests on', async () => {
		await site();
		for (const t of timings)
			for (const id of t.shownOn) {
				const html = readFileSync(`${DIST}${pathOf(id)}index.html`, 'utf8');
				const at = html.indexOf(`id="time-${t.id}"`);
				expect(at, `${t.id} on ${id}`).toBeGreaterThan(0);
				const block = html.slice(at, html.indexOf('</div>', at));
				expect(block, `${t.id} on ${id}`).toContain(t.typical);
				expect(block, `${t.id} on ${id}`).toContain(t.ifNotDone);
				for (const r of t.references) expect(block, `${t.id} on ${id}: ${r}`).toContain(references.get(r)!.title);
				// The table of contents links the section.
				expect(html, `${t.id} on ${id}`).toContain('href="#timing"');
			}
	});

	it('the remedy for a failed but charged payment says when the money is usually back and what to do after', () => {
		const html = readFileSync(`${DIST}/remedies/R-16/index.html`, 'utf8');
		expect(html).toContain('通常要多久');
		expect(html).toMatch(/24 小时/);
		expect(html).toMatch(/超过 3 个工作日仍未退回/);
	});
});
