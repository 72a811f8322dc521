import { describe, expect, it } from 'vitest';
import {
	FACT_FILTER_FILE,
	factFeatures,
	filterFacts,
	GENRE_TERMS,
	pageProfile,
	parseFactFilter,
	scoreFact,
	trainFactFilter,
} from '../../scripts/pipeline/stages/fact-filter.ts';
import { type Screen, screen } from '../../scripts/pipeline/stages/screen.ts';

describe('fact filter', () => {
	it('profiles a page by the share of its statements naming the genre, telling a story, in the first person', () => {
		const page = pageProfile(['POS机刷卡失败。', '显示器花屏。', '我昨天去了商场。', '记者表示银行卡被盗刷。']);
		expect(page.genre).toBe(0.5);
		expect(page.narrative).toBe(0.5);
		expect(page.firstPerson).toBe(0.25);
		expect(GENRE_TERMS.test('显示器花屏。')).toBe(false);
	});

	it('features: grams with digits and Latin folded, form features, page buckets and bias', () => {
		const f = factFeatures('POS机12月3日', { genre: 1, narrative: 0, firstPerson: 0.3 });
		expect(f).toContain('ua');
		expect(f).toContain('b0月');
		expect(f).toContain('genre1');
		expect(f).toContain('narrative');
		expect(f).toContain('no-end');
		expect(f).toContain('page-genre4');
		expect(f).toContain('page-first1');
		expect(f.at(-1)).toBe('bias');
	});

	it('scores by known features only, and learns a separable toy set', () => {
		expect(scoreFact({ weights: new Map() }, ['x'])).toBe(0.5);
		const page = { genre: 1, narrative: 0, firstPerson: 0 };
		const data = [
			...Array.from({ length: 20 }, () => ({ features: factFeatures('余额不足会导致刷卡失败。', page), fact: true })),
			...Array.from({ length: 20 }, () => ({ features: factFeatures('这让人感到头疼', page), fact: false })),
		];
		const weights = trainFactFilter(data);
		const fact = scoreFact({ weights }, factFeatures('余额不足导致刷卡失败。', page));
		const filler = scoreFact({ weights }, factFeatures('让人感到头疼', page));
		expect(fact).toBeGreaterThan(0.5);
		expect(filler).toBeLessThan(0.5);
		const verdicts = filterFacts({ weights, threshold: 0.5, pageThreshold: 0 }, ['余额不足导致刷卡失败。', '让人感到头疼']);
		expect(verdicts.map((v) => v.withheld)).toEqual([false, true]);
	});

	it('rejects a model file that is not JSON or misses fields', () => {
		expect(parseFactFilter('{', 'x').ok).toBe(false);
		expect(parseFactFilter('{"description":"d","threshold":2,"weights":{}}', 'x').ok).toBe(false);
	});

	it('the screen withholds what the filter scores below its threshold, with rule fact-filter, and keeps the rest', () => {
		const page = { genre: 1, narrative: 0, firstPerson: 0 };
		const weights = trainFactFilter([
			...Array.from({ length: 20 }, () => ({ features: factFeatures('余额不足会导致刷卡失败。', page), fact: true })),
			...Array.from({ length: 20 }, () => ({ features: factFeatures('这让人感到头疼', page), fact: false })),
		]);
		const by: Screen = {
			check: () => undefined,
			heading: (s) => s,
			headingGate: () => undefined,
			facts: { weights, threshold: 0.5, pageThreshold: 0 },
		};
		const unit = (text: string, line: number) => ({ kind: 'cause' as const, text, provenance: { file: 'a.txt', section: '', line } });
		const result = screen([unit('余额不足导致刷卡失败。', 1), unit('让人感到头疼', 2)], by);
		expect(result.kept.map((u) => u.text)).toEqual(['余额不足导致刷卡失败。']);
		expect(result.withheld.map((u) => u.withheld.rule)).toEqual(['fact-filter']);
		const without = screen([unit('余额不足导致刷卡失败。', 1), unit('让人感到头疼', 2)], { ...by, facts: undefined });
		expect(without.kept).toHaveLength(2);
	});

	it('parses a model file in the trainer’s format', () => {
		const model = parseFactFilter(
			JSON.stringify({
				description: 'd',
				trained: { date: '2026-12-03', commit: 'x', sentences: { facts: 1, notFacts: 1 } },
				threshold: 0.7,
				pageThreshold: 0.6,
				weights: { bias: 0.5 },
			}),
			FACT_FILTER_FILE,
		);
		expect(model.ok).toBe(true);
		if (model.ok) {
			expect(model.value.threshold).toBe(0.7);
			expect(model.value.pageThreshold).toBe(0.6);
			expect(model.value.weights.get('bias')).toBe(0.5);
		}
	});
});

describe('fact filter: page judgment', () => {
	it('withholds every statement of a page whose mean score is below the page threshold, and none above it', () => {
		const page = { genre: 1, narrative: 0, firstPerson: 0 };
		const weights = trainFactFilter([
			...Array.from({ length: 20 }, () => ({ features: factFeatures('余额不足会导致刷卡失败。', page), fact: true })),
			...Array.from({ length: 20 }, () => ({ features: factFeatures('这让人感到头疼', page), fact: false })),
		]);
		const texts = ['余额不足导致刷卡失败。', '让人感到头疼', '这让人头疼'];
		const mean = filterFacts({ weights, threshold: 0, pageThreshold: 0 }, texts)[0]!.pageMean;
		expect(filterFacts({ weights, threshold: 0, pageThreshold: mean + 0.01 }, texts).every((v) => v.withheld)).toBe(true);
		expect(filterFacts({ weights, threshold: 0, pageThreshold: mean - 0.01 }, texts).some((v) => v.withheld)).toBe(false);
	});
});
