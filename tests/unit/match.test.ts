import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule, compileRuleBook, compileRules } from '../../scripts/pipeline/text/match.ts';

describe('match rules', () => {
	const rule = compileRule({ all: ['读卡器|磁头', '损坏|老化'], not: ['更换'] });
	it('needs one alternative of every term', () => {
		expect(rule('读卡器损坏，无法识别')).toBe(true);
		expect(rule('磁头老化')).toBe(true);
		expect(rule('读卡器正常')).toBe(false);
	});
	it('is vetoed by a `not` word', () => {
		expect(rule('读卡器损坏，请更换')).toBe(false);
	});
	it('treats regex characters literally', () => {
		expect(compileRule({ all: ['T+1'] })('结算周期为T+1')).toBe(true);
		expect(compileRule({ all: ['T+1'] })('结算周期为TT1')).toBe(false);
	});
	it('matches Latin terms case-insensitively', () => {
		expect(compileRule({ all: ['POS机'] })('pos机死机')).toBe(true);
	});
	it('compileRules accepts when any rule does', () => {
		const any = compileRules([{ all: ['余额'] }, { all: ['限额'] }]);
		expect(any('超出限额')).toBe(true);
		expect(any('网络')).toBe(false);
	});
	it('a term written in any case matches text in any case', () => {
		expect(compileRule({ all: ['Pos机|IC卡'] })('POS机无响应')).toBe(true);
		expect(compileRule({ all: ['Pos机|IC卡'] })('ic卡芯片')).toBe(true);
	});
	it('decides as a case-insensitive regular expression of the literal alternatives would (property)', () => {
		const escapeLiteral = (s: string) => s.replace(/[.*+?^${}()[\]\\|]/g, '\\$&');
		const unit = fc.constantFrom('读', '卡', '器', 'P', 'o', 's', 'S', '+', '1', '.', ' ');
		const word = fc.string({ unit, minLength: 1, maxLength: 3 });
		const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('|'));
		fc.assert(
			fc.property(
				fc.array(term, { minLength: 1, maxLength: 3 }),
				fc.array(term, { maxLength: 2 }),
				fc.string({ unit, maxLength: 12 }),
				(all, not, text) => {
					const regex = (t: string) =>
						new RegExp(
							t
								.split('|')
								.map((a) => escapeLiteral(a.trim()))
								.filter(Boolean)
								.join('|') || '(?!)',
							'iu',
						);
					const expected = all.every((t) => regex(t).test(text)) && !not.some((t) => regex(t).test(text));
					expect(compileRule({ all, not })(text)).toBe(expected);
				},
			),
		);
	});
});

describe('compileRuleBook', () => {
	it('decides every list as compileRules would, overlapping alternatives included (property)', () => {
		const unit = fc.constantFrom('读', '卡', '器', '故', '障', 'P', 'o', 'S', 'a');
		const word = fc.string({ unit, minLength: 1, maxLength: 4 });
		const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('|'));
		const rule = fc.record({ all: fc.array(term, { minLength: 1, maxLength: 3 }), not: fc.array(term, { maxLength: 2 }) });
		fc.assert(
			fc.property(
				fc.array(fc.array(rule, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
				fc.string({ unit, maxLength: 16 }),
				(lists, text) => {
					const book = compileRuleBook(lists);
					const found = book.scan(text);
					expect(lists.map((_, i) => book.accepts(i, found))).toEqual(lists.map((rules) => compileRules(rules)(text)));
				},
			),
		);
	});
	it('finds a term inside another one ("卡器故障" inside "读卡器故障")', () => {
		const book = compileRuleBook([[{ all: ['读卡器'] }], [{ all: ['卡器故障'] }], [{ all: ['器故'], not: ['读卡'] }]]);
		const found = book.scan('读卡器故障');
		expect([0, 1, 2].map((i) => book.accepts(i, found))).toEqual([true, true, false]);
	});
});
