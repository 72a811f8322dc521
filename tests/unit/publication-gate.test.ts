import { describe, expect, it } from 'vitest';
import { editorialPublishable } from '../../scripts/editorial-checks/publication.ts';
import { publicationGate } from '../../scripts/pipeline/prepare-source.ts';
import { createScreen, screen } from '../../scripts/pipeline/stages/screen.ts';
import { checkPublication, PUBLICATION_CHECKS } from '../../scripts/rules/publication/index.ts';
import { describeOrigin, findOrigin, originsOf } from '../../scripts/site-checks/attribute.ts';
import { runOn, shippedEditorial } from '../helpers/pipeline.ts';

/**
 * The publication gate (scripts/rules/publication/), independent of the cleaner: its checks' own examples, the shipped
 * catalogue passing it, source statements withheld and headings kept out of 出处 with file, line and reason, and the page
 * check naming the statement, its source file and line.
 */
const official = new Set(['95516', '95588']);
const editorial = await shippedEditorial();
// The whole pipeline once, outside any test (it takes a while on a loaded machine): a heading the gate rejects above a fact.
const pipeline = runOn(
	[
		{
			file: 'a.txt',
			bytes: new TextEncoder().encode(['POS机刷卡失败的原因', '一、手游充值失败', '网络不稳定或中断，可能导致交易失败。'].join('\n')),
		},
	],
	editorial,
);

describe('publication checks', () => {
	for (const check of PUBLICATION_CHECKS) {
		for (const text of check.examples.fails) it(`${check.id} fails "${text}"`, () => expect(check.find(text, official)).toBeDefined());
		for (const text of check.examples.passes)
			it(`"${text}" passes every check`, () => expect(checkPublication(text, official)).toBeUndefined());
	}
	it('the shipped catalogue passes (its own text is published on every page)', () => {
		expect(editorialPublishable.check(editorial.catalogue)).toEqual([]);
	});
	it('editorial text that fails is an error naming the entry and field', () => {
		const symptom = { ...editorial.catalogue.symptoms[0]!, summary: '详询微信pos2024abc,免费申请POS机。' };
		const [problem] = editorialPublishable.check({ ...editorial.catalogue, symptoms: [symptom] });
		expect(problem).toMatchObject({ severity: 'error', code: 'publication/editorial', entry: symptom.id });
		expect(problem?.message).toContain('summary');
	});
});

describe('the gate in the pipeline', () => {
	const gate = publicationGate(editorial.cleaning);
	it('names the independent check first', () => {
		expect(gate('请加QQ 28935561 咨询刷卡失败原因。')?.rule).toBe('publication/contact');
	});
	it('withholds a statement and lists it with file, line and reason; a failing heading is not quoted but listed', () => {
		const by = createScreen(editorial.catalogue, gate);
		const unit = (text: string, line: number, section: string) =>
			({ text, kind: 'cause', provenance: { file: 'x.txt', line, section } }) as unknown as Parameters<typeof screen>[0][number];
		const result = screen([unit('网络不稳定会导致交易失败。', 3, '办理POS机的流程'), unit('交易失败请拨打138 0013 8000。', 4, '')], by);
		expect(result.kept.map((u) => u.provenance.section)).toEqual(['']);
		expect(result.hiddenHeadings).toEqual([
			expect.objectContaining({ file: 'x.txt', line: 3, section: '办理POS机的流程', rule: 'publication/commercial' }),
		]);
		expect(result.withheld.map((u) => `${u.provenance.file}:${u.provenance.line} ${u.withheld.rule}`)).toEqual([
			'x.txt:4 publication/contact',
		]);
	});
	it('keeps a furniture heading (a list label, a widget label) out of 出处, whatever the cleaner left', () => {
		const by = createScreen(editorial.catalogue, gate);
		const unit = (text: string, line: number, section: string) =>
			({ text, kind: 'cause', provenance: { file: 'y.txt', line, section } }) as unknown as Parameters<typeof screen>[0][number];
		const result = screen(
			[
				unit('收单机构发现欺诈交易应及时报告。', 5, '最新試題'),
				unit('网络不稳定会导致交易失败。', 7, '网友评论'),
				unit('重启终端后再签到。', 9, '其他原因'),
			],
			by,
		);
		expect(result.hiddenHeadings.map((h) => `${h.section} ${h.rule}`)).toEqual([
			'最新試題 publication/furniture',
			'网友评论 publication/furniture',
		]);
		expect(result.kept.map((u) => u.provenance.section)).toEqual(['', '', '其他原因']);
	});
	it('puts hidden headings in the report, and never quotes them', () => {
		const hidden = (pipeline.report?.hiddenHeadings ?? []).map((h) => `${h.file}:${h.line} ${h.section} ${h.rule}`);
		expect(hidden).toEqual(['a.txt:3 手游充值失败 publication/off-topic']);
		const quoted = [...(pipeline.files?.values() ?? [])]
			.filter(Array.isArray)
			.flatMap((entries) =>
				(entries as Array<{ statements?: Array<{ sources: Array<{ section: string }> }> }>).flatMap((e) => e.statements ?? []),
			)
			.flatMap((statement) => statement.sources.map((place) => place.section));
		expect(quoted).not.toContain('手游充值失败');
		expect(quoted.length).toBeGreaterThan(0);
	});
});

describe('page-check messages', () => {
	const candidates = originsOf({
		id: 'C-03',
		title: '网络故障',
		statements: [{ id: 'ab12', text: '网络不稳定时,请加微信pos2024abc。', sources: [{ file: 'p-1.txt', line: 4, section: '办理POS机' }] }],
	});
	it('name the statement, its source file and line, and the entry', () => {
		expect(describeOrigin(findOrigin(candidates, '请加微信pos2024abc'))).toBe('statement s-ab12 (p-1.txt line 4, on C-03)');
	});
	it('name a heading quoted in 出处', () => {
		expect(describeOrigin(findOrigin(candidates, '办理POS机'))).toContain(
			'section heading quoted in 出处 of statement s-ab12 (p-1.txt line 4',
		);
	});
	it('name catalogue text as the entry', () => {
		expect(describeOrigin(findOrigin(candidates, '网络故障'))).toBe('catalogue entry C-03');
	});
});
