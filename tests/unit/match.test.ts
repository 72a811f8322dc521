import { describe, expect, it } from 'vitest';
import { compileRule, compileRules } from '../../scripts/pipeline/text/match.ts';

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
});
