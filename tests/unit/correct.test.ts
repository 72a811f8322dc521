import { describe, expect, it } from 'vitest';
import { correct, unusedErrata } from '../../scripts/pipeline/stages/correct.ts';
import type { CleanSource } from '../../scripts/pipeline/types.ts';
import type { Erratum } from '../../src/schemas/erratum.ts';

const source = (file: string, ...texts: string[]): CleanSource => ({
	file,
	title: texts[0] ?? '',
	blocks: texts.map((text, i) => ({ line: i + 1, text })),
	removed: [],
	substitutions: [],
	conversions: [],
	encoding: 'utf-8',
});

const errata: Erratum[] = [
	{ id: 'E-01', file: 'a.txt', find: '三个工作日', replace: '一至三个工作日', note: '原文漏了范围。' },
	{ id: 'E-02', find: '冲帐', replace: '冲正', note: '旧写法。' },
	{ id: 'E-03', file: 'b.txt', find: '不存在的话', replace: '', note: '已删除。' },
];

describe('correct', () => {
	it("replaces an erratum's text in the blocks of its own source, and every source's for an erratum without a file", () => {
		const result = correct(source('a.txt', '标题', '三个工作日内到账，冲帐后再试', '冲帐'), errata);
		expect(result.source.blocks.map((b) => b.text)).toEqual(['标题', '一至三个工作日内到账，冲正后再试', '冲正']);
		expect(result.applied).toEqual(['E-01', 'E-02', 'E-02']);
		expect(correct(source('c.txt', '三个工作日'), errata).source.blocks[0]?.text).toBe('三个工作日');
	});

	it('returns the source itself when no erratum is for it', () => {
		const original = source('c.txt', '标题');
		expect(correct(original, [errata[0]!, errata[2]!]).source).toBe(original);
	});
});

describe('unusedErrata', () => {
	it('warns about an erratum that corrected nothing in a source that was read, naming its ID and text', () => {
		const diagnostics = unusedErrata(errata, new Map([['E-01', 1]]), new Set(['a.txt', 'b.txt']));
		expect(diagnostics.map((d) => [d.severity, d.code, d.entry])).toEqual([
			['warning', 'errata/unused', 'E-02'],
			['warning', 'errata/unused', 'E-03'],
		]);
		expect(diagnostics[1]?.message).toContain('不存在的话');
	});

	it('does not call an erratum stale when its source was not part of the run', () => {
		expect(unusedErrata(errata, new Map([['E-02', 3]]), new Set(['a.txt'])).map((d) => d.entry)).toEqual(['E-01']);
	});
});
