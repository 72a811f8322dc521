import { describe, expect, it } from 'vitest';
import { removeClauses, removeSpans, splitClauses, widenToClauses } from '../../scripts/pipeline/text/clauses.ts';
import type { ClauseRule, RuleContext } from '../../scripts/rules/promotion/types.ts';
import { EMPTY_PROMOTION_CONTEXT, lexiconFor } from '../../scripts/rules/promotion/vocabulary.ts';

/** The clause arithmetic of the promotion engine, with made-up rules: no rule of scripts/rules/promotion/ is used. */

const context: RuleContext = {
	title: '',
	hotlines: new Set(),
	lexicon: lexiconFor({ ...EMPTY_PROMOTION_CONTEXT.vocabulary, brands: ['某某支付'] }),
	collected: new Map(),
};

const rule = (id: string, word: string, extra: Partial<ClauseRule> = {}): ClauseRule => ({
	id,
	scope: 'clause',
	extent: 'clause',
	containment: true,
	description: `removes clauses containing ${word}`,
	examples: { removes: [], keeps: [] },
	matches: (clause) => clause.includes(word),
	...extra,
});

/** Runs removeClauses and returns what is kept and every removed piece with its rule. */
const remove = (text: string, rules: ClauseRule[]) => {
	const removed: Array<[string, string]> = [];
	const kept = removeClauses(text, rules, context, (piece, id) => removed.push([piece, id]));
	return { kept, removed };
};

describe('splitClauses', () => {
	it('splits at Chinese and ASCII punctuation, keeping each separator with the clause before it', () => {
		const text = '先检查网络,再重启。然后重试';
		expect(splitClauses(text).map((c) => [text.slice(c.start, c.end), text.slice(c.end, c.separatorEnd)])).toEqual([
			['先检查网络', ','],
			['再重启', '。'],
			['然后重试', ''],
		]);
	});

	it('does not split a number at the comma that groups its thousands', () => {
		const text = '已有3,586次交易,请核对';
		expect(splitClauses(text).map((c) => text.slice(c.start, c.end))).toEqual(['已有3,586次交易', '请核对']);
	});
});

describe('widenToClauses', () => {
	it('gives a span that empties a clause the separator after it', () => {
		const text = '普及,官网免费申请,选择';
		const start = text.indexOf('官网');
		expect(widenToClauses(text, [[start, start + '官网免费申请'.length]])).toEqual([[start, start + '官网免费申请,'.length]]);
	});

	it('at the end of a line, the separator before it', () => {
		const text = '普及,官网免费申请';
		expect(widenToClauses(text, [[3, text.length]])).toEqual([[2, text.length]]);
	});

	it('leaves a span inside a clause as it is', () => {
		expect(widenToClauses('普及官网免费申请,选择', [[2, 4]])).toEqual([[2, 4]]);
	});
});

describe('removeSpans', () => {
	it('removes overlapping spans once and records each removed piece', () => {
		const removed: string[] = [];
		expect(
			removeSpans(
				'甲乙丙丁戊己',
				[
					[1, 3],
					[2, 4],
					[5, 6],
				],
				'r',
				(piece) => removed.push(piece),
			),
		).toBe('甲戊');
		expect(removed).toEqual(['乙丙', '丁', '己']);
	});
});

describe('removeClauses', () => {
	it('removes a flagged clause in the middle of a sentence with its trailing separator', () => {
		expect(remove('检查网络,加微信领取,然后重试。', [rule('ad', '微信')])).toEqual({
			kept: '检查网络,然后重试。',
			removed: [['加微信领取,', 'ad']],
		});
	});

	it('at the end of a sentence takes the separator before it and leaves the terminator', () => {
		expect(remove('检查网络,加微信领取。重试', [rule('ad', '微信')]).kept).toBe('检查网络。重试');
	});

	it("with extent 'sentence', removes the rest of the sentence up to its terminator", () => {
		const result = remove('检查网络。本文仅供参考,转载请注明。然后重试', [
			rule('meta', '仅供参考', { extent: 'sentence', containment: false }),
		]);
		expect(result.kept).toBe('检查网络。然后重试');
		expect(result.removed.map(([, id]) => id)).toEqual(['meta']);
	});

	it('removes the whole line when selling clauses make up half of it, not when other clauses do', () => {
		const text = '工作人员联系您,扫码免费申请领取';
		expect(remove(text, [rule('cta', '扫码免费申请领取', { sells: true })])).toEqual({ kept: '', removed: [[text, 'cta']] });
		expect(remove(text, [rule('furniture', '扫码免费申请领取')]).kept).toBe('工作人员联系您');
	});

	it('removes the whole line when a selling clause stands next to a brand', () => {
		const text = '某某支付的终端很稳定,门店很多,详情咨询客服热线,欢迎了解';
		expect(remove(text, [rule('contact', '咨询客服', { sells: true })]).kept).toBe('');
		expect(remove(text, [rule('contact', '咨询客服')]).kept).toBe('某某支付的终端很稳定,门店很多,欢迎了解');
	});

	it('returns the text unchanged when no rule matches', () => {
		expect(remove('检查网络,然后重试。', [rule('ad', '微信', { sells: true })])).toEqual({ kept: '检查网络,然后重试。', removed: [] });
	});
});
