import { describe, expect, it } from 'vitest';
import { NEWS_PAGE } from '../../scripts/rules/statement-form/narrative.ts';
import { runOn, shippedEditorial } from '../helpers/pipeline.ts';

/** Stage 9, screen (between cut and place), end to end: what is withheld is not published and is in the report. */
const article = [
	'POS机刷卡失败的原因',
	'一、常见原因',
	'网络不稳定或中断，可能导致交易失败。',
	'那么，POS机刷卡失败怎么办？',
	'遇到刷卡失败时，可以这样处理：',
	'04：卡内余额不足。',
	'嗯...别急，咱们慢慢说。',
].join('\n');

const output = runOn([{ file: 'a.txt', bytes: new TextEncoder().encode(article) }], await shippedEditorial());
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

/** A page spun throughout: three statements with an injected word, the rest spun less visibly. */
const SPUN = [
	'信用卡的有可能截止日期已过，刷卡就会失败。',
	'持卡人账户的是因为欠款被冻结，刷卡交易会被拒绝。',
	'银行卡磁条的导致损坏以后，POS机就无法读取卡片信息。',
];
const PLAIN = '网络不稳定或中断，可能导致交易失败。';
const editorial = await shippedEditorial();
const withheldOf = (lines: string[]) =>
	runOn(
		[{ file: 'b.txt', bytes: new TextEncoder().encode(['信用卡卡号无效的原因', ...lines].join('\n')) }],
		editorial,
	).report!.withheld.flatMap((f) => f.statements.map((s) => `${s.line} ${s.check}/${s.rule}`));

describe('screen, a page spun throughout', () => {
	it('withholds the statements that show an injected word, and then every other statement of the page', () => {
		expect(withheldOf([...SPUN, PLAIN])).toEqual(['2 form/spun-word', '3 form/spun-word', '4 form/spun-word', '5 form/spun-page']);
	});
	it('leaves the other statements of a page with one injected word alone', () => {
		expect(withheldOf([SPUN[0] as string, PLAIN])).toEqual(['2 form/spun-word']);
	});
});

/** A page that reports one case throughout (sentences of a real police report, heldout-12), and plain statements. */
const { story, plain } = NEWS_PAGE.examples;
const PLAIN_PAGE = [
	PLAIN,
	'如果刷卡金额超过了银行卡的额度，或者商户设定的刷卡限额，则刷卡也会失败。',
	'银行卡磁条损坏以后，POS机就无法读取卡片信息。',
	'芯片卡插卡时芯片朝上，插到底再操作。',
	'交易超时后，应先查询交易结果，再决定是否重新刷卡。',
];

describe('screen, a page that reports one case throughout', () => {
	it('knows the words of a story, and no plain statement has one', () => {
		for (const text of story) expect(NEWS_PAGE.storyWord(text), text).toBeDefined();
		for (const text of [...plain, ...PLAIN_PAGE]) expect(NEWS_PAGE.storyWord(text), text).toBeUndefined();
	});
	it('withholds every statement of a page told as a story, the plain ones with rule news-report-page', () => {
		const lines = [...story, PLAIN, PLAIN_PAGE[1] as string];
		const out = withheldOf(lines);
		expect(out).toHaveLength(lines.length);
		expect(out.filter((w) => w.endsWith('form/news-report-page')).length).toBeGreaterThanOrEqual(2);
	});
	it('leaves a page with one story sentence among plain statements alone', () => {
		expect(withheldOf([story[2] as string, ...PLAIN_PAGE]).filter((w) => w.endsWith('news-report-page'))).toEqual([]);
	});
});
