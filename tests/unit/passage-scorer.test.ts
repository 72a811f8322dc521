import { describe, expect, it } from 'vitest';
import { labelledClauses, siteOf } from '../../scripts/eval/passages.ts';
import { parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { stripLines } from '../../scripts/pipeline/stages/strip-promotion.ts';
import { passageScorerRule } from '../../scripts/rules/promotion/passage-scorer.ts';
import {
	clauseFeatures,
	explainClause,
	type PassageModel,
	parsePassageModel,
	scoreClause,
	type TrainingClause,
	trainModel,
} from '../../scripts/rules/promotion/scorer-model.ts';

const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!editorial.ok) throw new Error(JSON.stringify(editorial.diagnostics, null, 2));
const { deobfuscation, promotion } = editorial.value;

const toy: TrainingClause[] = [
	...['欢迎加盟代理', '免费领取一清机', '费率低至万分之三十八', '加微信办理', '代理加盟招商中', '免费办理正规机器'].map((text) => ({
		text,
		promotion: true,
		weight: 1,
	})),
	...['终端显示应答码', '请联系发卡行核实', '卡片磁条损坏', '交易超时会自动冲正', '检查网络连接是否正常', '余额不足导致失败'].map(
		(text) => ({
			text,
			promotion: false,
			weight: 1,
		}),
	),
];
const toyModel: PassageModel = { ...trainModel(toy, { minCount: 1, epochs: 30 }), threshold: 0.7, minLength: 4 };

describe('scorer model', () => {
	it('features are character n-grams with boundaries, digits folded, and form features', () => {
		const features = clauseFeatures('加微信 13812345678');
		expect(features).toContain('^加');
		expect(features).toContain('微信');
		expect(features).toContain('000');
		expect(features).toContain('#digits5');
		expect(features).not.toContain('13');
	});

	it('trains deterministically and separates the toy classes', () => {
		expect(trainModel(toy, { minCount: 1, epochs: 30 })).toEqual(trainModel([...toy].reverse(), { minCount: 1, epochs: 30 }));
		expect(scoreClause(toyModel, '免费加盟代理')).toBeGreaterThan(0.7);
		expect(scoreClause(toyModel, '请联系发卡行核实卡片')).toBeLessThan(0.3);
	});

	it('explains a score with its probability and strongest features', () => {
		expect(explainClause(toyModel, '免费加盟代理')).toMatch(/^p=[01]\.\d\d; \S+ \+\d\.\d\d/u);
	});

	it('parses the shipped model and rejects a broken one with a diagnostic naming the file', () => {
		expect(promotion.scorer?.threshold).toBeGreaterThanOrEqual(0.5);
		const broken = parsePassageModel('{"description": "x", "bias": 1}', 'src/editorial/passage-scorer.yaml');
		expect(broken.ok).toBe(false);
		expect(broken.diagnostics[0]?.file).toBe('src/editorial/passage-scorer.yaml');
	});
});

describe('passage-scorer rule', () => {
	const run = (body: string, scorer: PassageModel | undefined) =>
		stripLines(
			['POS机刷卡失败的原因', body].map((text, index) => ({ line: index + 1, text })),
			[passageScorerRule],
			{ ...promotion, scorer },
			{ article: true },
		);

	it('removes a clause the model judges promotion and says why in the removal', () => {
		const result = run('终端显示应答码,免费加盟代理。', toyModel);
		expect(result.blocks.map((block) => block.text)).toEqual(['POS机刷卡失败的原因', '终端显示应答码。']);
		expect(result.removed[0]).toMatchObject({ rule: 'passage-scorer', text: expect.stringContaining('免费加盟代理') });
		expect(result.removed[0]?.detail).toMatch(/^p=/u);
	});

	it('does nothing without a model, and never judges a clause shorter than the minimum length', () => {
		expect(run('终端显示应答码,免费加盟代理。', undefined).removed).toEqual([]);
		expect(run('终端显示应答码,免费加盟代理。', { ...toyModel, minLength: 20 }).removed).toEqual([]);
	});
});

describe('training data', () => {
	it('a site is the registrable domain', () => {
		expect(siteOf('https://m.sboyo.com/a/1.html')).toBe('sboyo.com');
		expect(siteOf('http://www.xmyi.com.cn/x')).toBe('xmyi.com.cn');
		expect(siteOf('https://a.b.gov.cn/')).toBe('b.gov.cn');
	});

	it('labels clauses from the markers and facts; unlabelled clauses count only on pages with facts', () => {
		const bytes = new TextEncoder().encode('https://example.com/a\n刷卡失败怎么办\n终端显示应答码51,余额不足,加微信pos888办理。\n');
		const labels = {
			id: 'p-test',
			url: 'https://example.com/a',
			batch: 'dev-1',
			genre: 'seo-dealer',
			mustRemove: ['加微信pos888办理'],
			mustKeep: ['余额不足'],
		};
		expect(labelledClauses(labels, bytes, deobfuscation)).toEqual([
			{ text: '刷卡失败怎么办', promotion: false, weight: 1 },
			{ text: '终端显示应答码51', promotion: false, weight: 1 },
			{ text: '余额不足', promotion: false, weight: 3 },
			{ text: '加微信POS888办理', promotion: true, weight: 1 },
		]);
		expect(labelledClauses({ ...labels, mustKeep: [] }, bytes, deobfuscation)).toEqual([
			{ text: '加微信POS888办理', promotion: true, weight: 1 },
		]);
	});
});
