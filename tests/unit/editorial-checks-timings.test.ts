import { describe, expect, it } from 'vitest';
import { referenceKnown } from '../../scripts/editorial-checks/sources.ts';
import { timingShown } from '../../scripts/editorial-checks/timings.ts';
import { loadEditorial } from '../../scripts/pipeline/editorial.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import type { Timing } from '../../src/schemas/timing.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const reversal: Timing = {
	id: 'reversal',
	topic: '冲正退回',
	typical: '多数在几分钟到 24 小时内退回原卡。',
	ifNotDone: '超过 3 个工作日仍未退回，联系发卡行。',
	references: ['art-test'],
	shownOn: ['R-01', 'S-01'],
};
const at = new Map([['timings:reversal', { file: 'src/editorial/timings.yaml', line: 4 }]]);

describe('timing/unknown-entry', () => {
	it('accepts a window shown on entries that exist, citing a declared reference', () => {
		const catalogue = smallCatalogue({ timings: [reversal] });
		expect(timingShown.check(catalogue)).toEqual([]);
		expect(referenceKnown.check(catalogue)).toEqual([]);
	});

	it('rejects a window shown on an unknown entry, one that cites nothing, and a repeated ID, with file and line', () => {
		const found = timingShown.check(
			smallCatalogue({
				timings: [
					{ ...reversal, shownOn: ['R-99'] },
					{ ...reversal, references: [] },
				],
				locations: at,
			}),
		);
		expect(found[0]).toMatchObject({
			code: 'timing/unknown-entry',
			file: 'src/editorial/timings.yaml',
			line: 4,
			entry: 'timings:reversal',
		});
		expect(found.map((d) => d.message)).toEqual([
			'Time window "reversal" is to be shown on R-99, which is not an entry of the catalogue.',
			'Time window "reversal" cites nothing.',
			'Time window "reversal" is declared twice.',
		]);
	});

	it('catalogue/unknown-reference rejects a window citing an undeclared source', () => {
		const messages = referenceKnown.check(smallCatalogue({ timings: [{ ...reversal, references: ['art-999'] }] })).map((d) => d.message);
		expect(messages).toEqual([
			'timings:reversal cites "art-999" in "references", but src/editorial/references.yaml has no reference with that ID.',
		]);
	});
});

describe('the shipped timings.yaml', () => {
	it('has a sourced window for reversals, refunds, settlement, holidays and retries', async () => {
		const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
		expect(loaded.diagnostics.filter((d) => d.code === 'timing/unknown-entry' || d.code === 'catalogue/unknown-reference')).toEqual([]);
		if (!loaded.ok) throw new Error('the editorial data does not load');
		const ids = loaded.value.catalogue.timings.map((t) => t.id);
		for (const id of ['reversal', 'refund', 'settlement', 'holidays', 'retry']) expect(ids).toContain(id);
		for (const t of loaded.value.catalogue.timings) {
			expect(t.references.length, t.id).toBeGreaterThan(0);
			// A window gives a figure (hours, working days, times) and says what to do when it has passed.
			expect(t.typical, t.id).toMatch(/\d|几分钟/);
			expect(t.ifNotDone, t.id).toMatch(/联系|查询|停止/);
		}
	});
});
