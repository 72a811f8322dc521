import { describe, expect, it } from 'vitest';
import { checkEditorial } from '../../scripts/pipeline/editorial-checks.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { loadEditorial } from '../../scripts/pipeline/run.ts';
import { EDITORIAL_RULES } from '../../scripts/rules/editorial/index.ts';
import { unknownReferenceRule, unsourcedRule } from '../../scripts/rules/editorial/sourced.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

describe('editorial rules', () => {
	it('each rule is a small object with a stable code, a description and a severity', () => {
		for (const rule of EDITORIAL_RULES) {
			expect(rule.code, rule.code).toMatch(/^catalogue\/[a-z-]+$/);
			expect(rule.description.length, rule.code).toBeGreaterThan(20);
			expect(['error', 'warning']).toContain(rule.severity);
		}
		expect(new Set(EDITORIAL_RULES.map((r) => r.code)).size).toBe(EDITORIAL_RULES.length);
	});

	describe('catalogue/unsourced', () => {
		it('passes a catalogue whose entries all cite a reference', () => {
			expect(unsourcedRule.check(smallCatalogue())).toEqual([]);
		});
		it('names every entry without references, with a hint that says what to add', () => {
			const catalogue = smallCatalogue();
			catalogue.remedies[1]!.references = [];
			catalogue.prevention[0]!.references = [];
			const findings = unsourcedRule.check(catalogue);
			expect(findings.map((f) => f.entry)).toEqual(['R-02', 'P-01']);
			expect(findings[0]!.message).toContain('R-02');
			expect(findings[0]!.hint).toMatch(/references\.yaml/);
		});
		it('becomes an error diagnostic with the file and line of the entry', () => {
			const catalogue = smallCatalogue({ locations: new Map([['C-02', { file: 'src/editorial/causes.yaml', line: 40 }]]) });
			catalogue.causes[1]!.references = [];
			expect(checkEditorial(catalogue)).toEqual([
				expect.objectContaining({
					severity: 'error',
					code: 'catalogue/unsourced',
					entry: 'C-02',
					file: 'src/editorial/causes.yaml',
					line: 40,
				}),
			]);
		});
	});

	describe('catalogue/unknown-reference', () => {
		it('reports a reference ID that references.yaml does not declare', () => {
			const catalogue = smallCatalogue();
			catalogue.symptoms[0]!.references = ['art-test', 'art-999'];
			const findings = unknownReferenceRule.check(catalogue);
			expect(findings).toEqual([expect.objectContaining({ entry: 'S-01', message: expect.stringContaining('art-999') })]);
		});
		it('reports an article reference without its file', () => {
			const catalogue = smallCatalogue({ references: [{ id: 'art-test', kind: 'article', title: '测试文章', publisher: '测试' }] });
			expect(unknownReferenceRule.check(catalogue)).toEqual([expect.objectContaining({ entry: 'art-test' })]);
		});
	});

	it('passes the shipped editorial data: every entry is sourced and every reference exists', async () => {
		const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
		expect(loaded.catalogue).toBeDefined();
		const problems = loaded.diagnostics.filter((d) => d.code === unsourcedRule.code || d.code === unknownReferenceRule.code);
		expect(problems).toEqual([]);
		// The seven entries that once cited nothing now do.
		const byId = new Map([...loaded.catalogue!.remedies, ...loaded.catalogue!.prevention].map((e) => [e.id, e]));
		for (const id of ['R-10', 'R-16', 'R-19', 'R-25', 'R-26', 'R-27', 'P-18'])
			expect(byId.get(id)?.references.length, id).toBeGreaterThan(0);
	});
});
