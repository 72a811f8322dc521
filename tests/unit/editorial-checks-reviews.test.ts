import { describe, expect, it } from 'vitest';
import { EDITORIAL_CHECKS } from '../../scripts/editorial-checks/index.ts';
import { entryReviewed } from '../../scripts/editorial-checks/reviews.ts';
import { parseEntryList } from '../../scripts/pipeline/catalogue.ts';
import { loadEditorial } from '../../scripts/pipeline/editorial.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { reviewSchema } from '../../src/schemas/review.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

describe('catalogue/unreviewed', () => {
	it('is registered with the other editorial rules', () => {
		expect(EDITORIAL_CHECKS).toContain(entryReviewed);
	});

	it('passes a catalogue whose entries each have one review', () => {
		expect(entryReviewed.check(smallCatalogue())).toEqual([]);
	});

	it('names an entry without a review with its file and line, and says what to add', () => {
		const full = smallCatalogue();
		const catalogue = smallCatalogue({
			reviews: full.reviews.filter((r) => r.id !== 'C-01'),
			locations: new Map([['C-01', { file: 'src/editorial/causes.yaml', line: 7 }]]),
		});
		const found = entryReviewed.check(catalogue);
		expect(found).toEqual([
			expect.objectContaining({
				severity: 'error',
				code: 'catalogue/unreviewed',
				entry: 'C-01',
				file: 'src/editorial/causes.yaml',
				line: 7,
			}),
		]);
		expect(found[0]!.hint).toContain('- { id: C-01, reviewed: YYYY-MM-DD }');
	});

	it('reports a second review line for an entry and a review of an ID the catalogue does not have', () => {
		const full = smallCatalogue();
		const catalogue = smallCatalogue({
			reviews: [...full.reviews, { id: 'R-01', reviewed: '2026-12-02' }, { id: 'R-99', reviewed: '2026-12-02' }],
		});
		expect(entryReviewed.check(catalogue).map((d) => [d.entry, d.file])).toEqual([
			['R-01', 'src/editorial/reviews.yaml'],
			['R-99', 'src/editorial/reviews.yaml'],
		]);
	});

	it('rejects a date that is not a real day, with its line', () => {
		const parsed = parseEntryList(
			"- { id: 'R-01', reviewed: 2026-02-30 }\n- { id: 'R-02', reviewed: 2026/12/01 }\n",
			'reviews.yaml',
			reviewSchema,
		);
		expect(parsed.ok).toBe(false);
		// One line per problem entry (a malformed date breaks the format and the calendar rule: both are named).
		expect([...new Set(parsed.diagnostics.map((d) => `${d.code} ${d.line} ${d.entry}`))]).toEqual([
			'catalogue/schema 1 R-01',
			'catalogue/schema 2 R-02',
		]);
	});
});

describe('the shipped editorial data', () => {
	it('has a review date for every entry', async () => {
		const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
		expect(loaded.diagnostics.filter((d) => d.code === entryReviewed.code)).toEqual([]);
		if (!loaded.ok) throw new Error('the shipped editorial data does not load');
		const { catalogue } = loaded.value;
		const entries = [
			catalogue.symptoms,
			catalogue.causes,
			catalogue.remedies,
			catalogue.prevention,
			catalogue.cases,
			catalogue.codes,
		].flat();
		expect(catalogue.reviews.length).toBe(entries.length);
	});
});
