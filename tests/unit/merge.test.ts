import { describe, expect, it } from 'vitest';
import { cut } from '../../scripts/pipeline/stages/cut.ts';
import { merge } from '../../scripts/pipeline/stages/merge.ts';
import { createPlacer, type PlacedUnit, place } from '../../scripts/pipeline/stages/place.ts';
import type { ClassifiedItem } from '../../scripts/pipeline/types.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';
import { classifiedItem } from '../helpers/items.ts';

const placed = (items: ClassifiedItem[]): PlacedUnit[] => place(cut(items), createPlacer(smallCatalogue()));

describe('merge', () => {
	it('collapses near-duplicates from different articles into one statement with both provenances', () => {
		const statements = merge(
			placed([
				classifiedItem('a.txt', 3, 'cause', '网络不稳定，导致交易失败。'),
				classifiedItem('b.txt', 8, 'cause', '网络不稳定,导致交易失败'),
			]),
		);
		expect(statements).toHaveLength(1);
		expect(statements[0]!.sources.map((s) => `${s.file}:${s.line}`)).toEqual(['a.txt:3', 'b.txt:8']);
		expect(statements[0]!.entries).toEqual(['C-01']);
	});

	it('unites the entries of near-duplicates, and a published entry wins over a not-published verdict', () => {
		const units: PlacedUnit[] = [
			{
				kind: 'cause',
				text: '网络信号不稳定导致交易失败',
				provenance: { file: 'a.txt', line: 1, section: '' },
				entries: ['U-01'],
			},
			{
				kind: 'cause',
				text: '网络信号不稳定导致交易失败。',
				provenance: { file: 'b.txt', line: 2, section: '' },
				entries: ['C-01'],
			},
			{
				kind: 'cause',
				text: '网络信号不稳定，导致交易失败',
				provenance: { file: 'c.txt', line: 3, section: '' },
				entries: ['S-01'],
			},
		];
		expect(merge(units).map((s) => s.entries)).toEqual([['C-01', 'S-01']]);
	});

	it('is deterministic regardless of input order', () => {
		const items = [classifiedItem('b.txt', 1, 'cause', '读卡器损坏'), classifiedItem('a.txt', 1, 'cause', '网络不稳定')];
		expect(merge(placed(items))).toEqual(merge(placed([...items].reverse())));
	});
});
