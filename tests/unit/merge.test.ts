import { describe, expect, it } from 'vitest';
import { merge, toUnits } from '../../scripts/pipeline/stages/merge.ts';
import type { ClassifiedItem } from '../../scripts/pipeline/types.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const item = (file: string, line: number, kind: ClassifiedItem['kind'], text: string, headings: string[] = ['原因']): ClassifiedItem => ({
	file,
	line,
	role: 'item',
	depth: headings.length,
	headings,
	label: '',
	text,
	sentences: [text],
	kind,
});

describe('merge', () => {
	it('collapses near-duplicates from different articles into one statement with both provenances', () => {
		const statements = merge(
			toUnits([item('a.txt', 3, 'cause', '网络不稳定，导致交易失败。'), item('b.txt', 8, 'cause', '网络不稳定,导致交易失败')]),
			smallCatalogue(),
		);
		expect(statements).toHaveLength(1);
		expect(statements[0]!.sources.map((s) => `${s.file}:${s.line}`)).toEqual(['a.txt:3', 'b.txt:8']);
		expect(statements[0]!.entries).toEqual(['C-01']);
	});
	it('places by kind first: a remedy statement goes to remedies even when a cause also matches', () => {
		const [statement] = merge(toUnits([item('a.txt', 1, 'remedy', '检查网络是否不稳定')]), smallCatalogue());
		expect(statement!.entries).toEqual(['R-01']);
	});
	it('falls back to other collections when the kind has no match, but never places advice with a cause', () => {
		const [cause] = merge(toUnits([item('a.txt', 1, 'impact', '网络不稳定，导致交易失败。')]), smallCatalogue());
		expect(cause!.entries).toEqual(['C-01']);
		const [advice] = merge(toUnits([item('a.txt', 1, 'prevention', '余额不足时及时充值')]), smallCatalogue());
		expect(advice!.entries).toEqual([]);
	});
	it('marks deliberately unpublished statements with their U- ID and leaves the rest unplaced', () => {
		const statements = merge(
			toUnits([item('a.txt', 1, 'background', '本文将从多个角度分析'), item('a.txt', 2, 'background', '天气很好')]),
			smallCatalogue(),
		);
		expect(statements.map((s) => s.entries)).toEqual([['U-01'], []]);
	});
	it('places a statement by its own words, never by the heading it stands under', () => {
		const [statement] = merge(toUnits([item('a.txt', 1, 'cause', '这是最常见的原因之一', ['可能原因', '余额不足'])]), smallCatalogue());
		expect(statement!.entries).toEqual([]);
		expect(statement!.sources[0]!.section).toBe('余额不足');
	});
	it('places advice as a remedy, whatever section it stands in', () => {
		const [statement] = merge(toUnits([item('a.txt', 1, 'background', '此时可检查网络是否不稳定', ['引言'])]), smallCatalogue());
		expect(statement!.entries).toEqual(['R-01']);
	});
	it('keeps the sentences of a response-code row together as one statement', () => {
		const row: ClassifiedItem = {
			...item('a.txt', 1, 'background', '07 ——没收卡。请联系收单行。'),
			role: 'paragraph',
			sentences: ['07 ——没收卡。', '请联系收单行。'],
		};
		expect(toUnits([row]).map((u) => u.text)).toEqual(['07 ——没收卡。请联系收单行。']);
	});
	it('is deterministic regardless of input order', () => {
		const items = [item('b.txt', 1, 'cause', '读卡器损坏'), item('a.txt', 1, 'cause', '网络不稳定')];
		expect(merge(toUnits(items), smallCatalogue())).toEqual(merge(toUnits([...items].reverse()), smallCatalogue()));
	});
});
