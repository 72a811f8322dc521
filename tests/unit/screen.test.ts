import { describe, expect, it } from 'vitest';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';

/** Stage "screen" (between cut and place), end to end: what is withheld is not published and is in the report. */
const article = [
	'POS机刷卡失败的原因',
	'一、常见原因',
	'网络不稳定或中断，可能导致交易失败。',
	'那么，POS机刷卡失败怎么办？',
	'遇到刷卡失败时，可以这样处理：',
	'04：卡内余额不足。',
	'嗯...别急，咱们慢慢说。',
].join('\n');

const output = runPipeline({
	sources: [{ file: 'a.txt', bytes: new TextEncoder().encode(article) }],
	editorial: await readEditorial('src/editorial'),
	editorialDir: 'src/editorial',
});
const report = output.report!;
const withheld = report.withheld.flatMap((f) => f.statements.map((s) => ({ file: f.file, ...s })));

describe('screen', () => {
	it('withholds questions, lead-ins, filler and contradictions, each with its check, rule and line', () => {
		expect(withheld.map(({ file, line, check, rule }) => `${file}:${line} ${check}/${rule}`)).toEqual([
			'a.txt:4 form/question',
			'a.txt:5 form/lead-in',
			'a.txt:6 claim/code-meaning',
			'a.txt:7 form/SF-02',
		]);
		expect(report.summary.withheld).toBe(4);
		expect(report.summary.withheldByRule).toEqual({ 'claim/code-meaning': 1, 'form/SF-02': 1, 'form/lead-in': 1, 'form/question': 1 });
	});
	it('publishes the statement of fact, and nothing withheld', () => {
		const published = [...(output.files?.values() ?? [])]
			.filter(Array.isArray)
			.flatMap((entries) => (entries as Array<{ statements?: Array<{ text: string }> }>).flatMap((e) => e.statements ?? []))
			.map((s) => s.text);
		expect(published).toContain('网络不稳定或中断，可能导致交易失败。');
		for (const w of withheld) expect(published).not.toContain(w.text);
	});
	it('groups code contradictions for the editor, saying whether the misconception is recorded', () => {
		expect(report.contradictions).toEqual([
			{ code: '04', claimed: '卡内余额不足', catalogue: expect.any(String), occurrences: 1, recorded: true, sources: ['a.txt:6'] },
		]);
	});
});
