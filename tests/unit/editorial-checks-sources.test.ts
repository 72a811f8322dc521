import { describe, expect, it } from 'vitest';
import { EDITORIAL_CHECKS } from '../../scripts/editorial-checks/index.ts';
import { entrySourced, referenceKnown } from '../../scripts/editorial-checks/sources.ts';
import { loadEditorial } from '../../scripts/pipeline/editorial.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

describe('catalogue/unsourced', () => {
	it('is registered with the other editorial rules', () => {
		expect(EDITORIAL_CHECKS).toContain(entrySourced);
		expect(EDITORIAL_CHECKS).toContain(referenceKnown);
	});

	it('passes a catalogue whose entries all cite a reference', () => {
		expect(entrySourced.check(smallCatalogue())).toEqual([]);
	});

	it('names every entry without references, with its file, line and a hint that says what to add', () => {
		const catalogue = smallCatalogue({ locations: new Map([['R-02', { file: 'src/editorial/remedies.yaml', line: 40 }]]) });
		catalogue.remedies[1]!.references = [];
		catalogue.prevention[0]!.references = [];
		const found = entrySourced.check(catalogue);
		expect(found.map((d) => d.entry)).toEqual(['R-02', 'P-01']);
		expect(found[0]).toEqual(
			expect.objectContaining({ severity: 'error', code: 'catalogue/unsourced', file: 'src/editorial/remedies.yaml', line: 40 }),
		);
		expect(found[0]!.message).toContain('R-02');
		expect(found[0]!.hint).toMatch(/references\.yaml/);
		// Without a known location the entry's own file is named.
		expect(found[1]!.file).toBe('src/editorial/prevention.yaml');
	});
});

describe('catalogue/unknown-reference', () => {
	it('reports a reference ID that references.yaml does not declare', () => {
		const catalogue = smallCatalogue();
		catalogue.symptoms[0]!.references = ['art-test', 'art-999'];
		expect(referenceKnown.check(catalogue)).toEqual([
			expect.objectContaining({ entry: 'S-01', code: 'catalogue/unknown-reference', message: expect.stringContaining('art-999') }),
		]);
	});

	it('reports an article reference without its file', () => {
		const catalogue = smallCatalogue({ references: [{ id: 'art-test', kind: 'article', title: '测试文章', publisher: '测试' }] });
		expect(referenceKnown.check(catalogue)).toEqual([expect.objectContaining({ entry: 'art-test' })]);
	});
});

describe('the shipped editorial data', () => {
	it('has every entry sourced and every reference declared', async () => {
		const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
		const problems = loaded.diagnostics.filter((d) => d.code === entrySourced.code || d.code === referenceKnown.code);
		expect(problems).toEqual([]);
		if (!loaded.ok) throw new Error('the shipped editorial data does not load');
		// The seven entries that once cited nothing now do.
		const byId = new Map([...loaded.value.catalogue.remedies, ...loaded.value.catalogue.prevention].map((e) => [e.id, e]));
		for (const id of ['R-10', 'R-16', 'R-19', 'R-25', 'R-26', 'R-27', 'P-18'])
			expect(byId.get(id)?.references.length, id).toBeGreaterThan(0);
	});
});
