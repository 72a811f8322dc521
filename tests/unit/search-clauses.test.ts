import { describe, expect, it } from 'vitest';
import { CIRCUMSTANCE_MARKERS, PROBLEM_MARKERS, problemClauses } from '../../src/shared/search/clauses.ts';

describe('clauses of a long question (clauses.ts)', () => {
	it('has rules with an id and a description', () => {
		for (const rule of [PROBLEM_MARKERS, CIRCUMSTANCE_MARKERS]) {
			expect(rule.id).toMatch(/^[a-z-]+$/);
			expect(rule.description.length).toBeGreaterThan(10);
		}
	});

	it('tells the clause that states the problem from the one that sets the scene', () => {
		const clauses = problemClauses('昨天下午在超市买东西，刷卡时显示交易失败');
		expect(clauses).toEqual([
			{ text: '昨天下午在超市买东西', problem: false, circumstance: true },
			{ text: '刷卡时显示交易失败', problem: true, circumstance: false },
		]);
	});

	it('reads a space as a clause boundary and keeps an English word in its clause', () => {
		const clauses = problemClauses('上周在商场 用POS 刷卡 钱没到账');
		expect(clauses.map((c) => c.text)).toEqual(['上周在商场', '用POS', '刷卡', '钱没到账']);
		expect(clauses.filter((c) => c.circumstance).map((c) => c.text)).toEqual(['上周在商场']);
	});

	it('weighs nothing apart in a short question, an English one, or one with no scene or no problem', () => {
		expect(problemClauses('刷卡 失败')).toEqual([]);
		expect(problemClauses('PLEASE REMOVE CARD AND TRY AGAIN LATER')).toEqual([]);
		expect(problemClauses('刷卡时显示交易失败，钱也被扣了')).toEqual([]);
		expect(problemClauses('昨天下午在超市买东西，排了很久的队')).toEqual([]);
	});

	it('leaves a clause with a problem marker and a scene word a problem clause', () => {
		const clauses = problemClauses('晚上在饭店刷卡失败，第二天去银行问');
		expect(clauses[0]).toMatchObject({ problem: true, circumstance: false });
		expect(clauses[1]).toMatchObject({ problem: false, circumstance: true });
	});
});
