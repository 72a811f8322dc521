import { describe, expect, it } from 'vitest';
import { buildReport } from '../../scripts/pipeline/ingest-report.ts';
import { printSummary } from '../../scripts/pipeline/print.ts';
import type { MergedStatement } from '../../scripts/pipeline/stages/merge.ts';
import type { CleanSource } from '../../scripts/pipeline/types.ts';

const source = (file: string, lines: number[]): CleanSource => ({
	file,
	title: file,
	blocks: lines.map((line) => ({ line, text: `第${line}行` })),
	removed: [],
	substitutions: [],
	conversions: [],
	encoding: 'utf-8',
});

const statement = (id: string, entries: string[], ...at: Array<[string, number]>): MergedStatement => ({
	id,
	kind: 'cause',
	text: id,
	entries,
	sources: at.map(([file, line]) => ({ file, section: '', line })),
});

describe('buildReport: what each source contributed', () => {
	const cleaned = [source('a.txt', [1, 2, 3]), source('b.txt', [1, 2]), source('c.txt', [1])];
	const statements = [
		// One merged statement from two sources counts once for each.
		statement('s1', ['C-01', 'R-01'], ['a.txt', 2], ['b.txt', 2]),
		statement('s2', ['C-02'], ['a.txt', 3], ['a.txt', 1]),
		// Deliberately unpublished and unplaced statements contribute nothing.
		statement('s3', ['U-01'], ['c.txt', 1]),
		statement('s4', [], ['b.txt', 1]),
	];
	const report = buildReport(cleaned, [], statements, 0, []);

	it('counts published statements per source, once per statement, with their entries', () => {
		const by = new Map(report.sources.map((s) => [s.file, s.contributed]));
		expect(by.get('a.txt')).toEqual({ statements: 2, entries: ['C-01', 'C-02', 'R-01'] });
		expect(by.get('b.txt')).toEqual({ statements: 1, entries: ['C-01', 'R-01'] });
		expect(by.get('c.txt')).toEqual({ statements: 0, entries: [] });
	});

	it('names the sources that gave the site nothing, in the summary and its printed line', () => {
		expect(report.summary.contributing).toBe(2);
		expect(report.summary.contributedNothing).toEqual(['c.txt']);
		const lines: string[] = [];
		printSummary(report, (l) => lines.push(l));
		expect(lines).toContain(
			'ingest: 2 of 3 sources contributed statements to 3 entries; 1 gave nothing (c.txt: see "contributed" in the report)',
		);
	});
});

describe('the report is greppable for page text', () => {
	it('keeps each passage typeset as the pages print it (full-width marks next to Chinese), numbers and Latin untouched', () => {
		const raw: CleanSource = {
			...source('a.txt', []),
			blocks: [
				{ line: 19, text: '1、物理故障:如POS机读卡器损坏,芯片卡无法识别(需更换)' },
				{ line: 20, text: 'Fee: 0.6%, 1,000 元' },
			],
		};
		const kept = buildReport([raw], [], [], 0, []).sources[0]!.kept.map((k) => k.text);
		// The page prints the statement 物理故障：如POS机读卡器损坏，芯片卡无法识别（需更换） (stage 8 cut).
		expect(kept[0]).toContain('物理故障：如POS机读卡器损坏，芯片卡无法识别（需更换）');
		expect(kept[1]).toBe('Fee: 0.6%, 1,000 元');
	});
});
