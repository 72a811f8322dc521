import { describe, expect, it } from 'vitest';
import { link } from '../../scripts/pipeline/stages/link.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

describe('link', () => {
	it('derives the reverse of every declared relation', () => {
		const result = link(smallCatalogue(), []);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const byId = new Map(result.value.map((e) => [e.id, e]));
		expect(byId.get('R-01')!.relations.causes).toEqual(['C-01', 'C-02']);
		expect(byId.get('P-01')!.relations.causes).toEqual(['C-01']);
		expect(byId.get('C-01')!.relations.symptoms).toEqual(['S-01']);
		expect(byId.get('C-01')!.relations.cases).toEqual(['K-01']);
		expect(byId.get('S-01')!.relations.cases).toEqual(['K-01']);
	});
	it('lists related IDs in page order', () => {
		const result = link(smallCatalogue(), []);
		const c1 = result.ok ? result.value.find((e) => e.id === 'C-01') : undefined;
		expect(c1?.related).toEqual(['R-01', 'P-01', 'S-01', 'K-01']);
	});
	it('fails on a broken reference, naming the entry, the missing ID and the file', () => {
		const catalogue = smallCatalogue();
		catalogue.causes[0]!.remedies = ['R-99'];
		const result = link(catalogue, []);
		expect(result.ok).toBe(false);
		expect(result.diagnostics).toContainEqual(
			expect.objectContaining({
				code: 'catalogue/broken-reference',
				entry: 'C-01',
				file: 'src/editorial/causes.yaml',
				line: 7,
				message: expect.stringContaining('R-99'),
			}),
		);
	});
	it('fails on a reference to an entry of the wrong type', () => {
		const catalogue = smallCatalogue();
		catalogue.causes[0]!.remedies = ['P-01'];
		expect(link(catalogue, []).diagnostics.map((d) => d.code)).toContain('catalogue/broken-reference');
	});
	it('fails when a remedy is not reachable from any cause', () => {
		const catalogue = smallCatalogue();
		catalogue.causes[2]!.remedies = ['R-01'];
		const result = link(catalogue, []);
		expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'catalogue/orphan', entry: 'R-02' }));
	});
	it('attaches statements to entries', () => {
		const result = link(smallCatalogue(), [
			{
				id: 'x1',
				kind: 'cause',
				text: '网络不稳定',
				sources: [
					{ file: 'b.txt', section: '', line: 3 },
					{ file: 'a.txt', section: '', line: 9 },
				],
				entries: ['C-01'],
			},
		]);
		const c1 = result.ok ? result.value.find((e) => e.id === 'C-01') : undefined;
		expect(c1?.statements.map((s) => s.id)).toEqual(['x1']);
	});
});
