import { describe, expect, it } from 'vitest';
import { codeShortMeaning, codeShownAliases } from '../../src/shared/code-categories.ts';
import { englishKey, lookUp, lookupKeys } from '../../src/shared/code-lookup.ts';

const table = {
	'51': ['/codes/51/'],
	A0: ['/codes/A0/'],
	INSUFFFUNDS: ['/codes/51/'],
	CALL: ['/codes/01/', '/codes/02/'],
	'46': ['/codes/#foreign-46'],
};

describe('the code lookup', () => {
	it('finds a code however it is typed', () => {
		for (const typed of ['51', ' 51 ', '５１', '应答码51', '返回码：51', '显示51', '交易失败51', '51错误', '51 余额不足'])
			expect(lookUp(table, typed), typed).toEqual(['/codes/51/']);
		for (const typed of ['a0', 'A0', '应答码 a0', 'A0校验错']) expect(lookUp(table, typed), typed).toEqual(['/codes/A0/']);
		expect(lookUp(table, '46')).toEqual(['/codes/#foreign-46']);
	});

	it('finds English terminal messages in any case and spacing, and lists every code of an ambiguous one', () => {
		for (const typed of ['INSUFF FUNDS', 'insuff funds', 'Insuff. Funds', 'INSUFF-FUNDS'])
			expect(lookUp(table, typed), typed).toEqual(['/codes/51/']);
		expect(lookUp(table, 'call')).toEqual(['/codes/01/', '/codes/02/']);
		expect(englishKey('DO NOT HONOR')).toBe('DONOTHONOR');
	});

	it('finds nothing for what is not a code (the form then asks the site search)', () => {
		for (const typed of ['', '刷卡失败', '512', '5', 'CA', '钱扣了没到账', 'ZZ']) expect(lookUp(table, typed), typed).toEqual([]);
		expect(lookupKeys('51元')).toEqual(['51']);
	});
});

describe('code titles and aliases', () => {
	it('titles a code with the name of its meaning', () => {
		expect(codeShortMeaning('余额不足：账户可用资金（或信用额度）不够支付这笔金额。')).toBe('余额不足');
		expect(codeShortMeaning('交易成功，发卡行已批准（承兑）。')).toBe('交易成功');
		expect(codeShortMeaning('请求正在处理中。')).toBe('请求正在处理中');
		expect(codeShortMeaning('交易违法，不能完成。')).toBe('交易违法，不能完成');
	});

	it('shows each alias once', () => {
		expect(codeShownAliases({ id: '51', aliases: ['余额不足', '应答码51', '交易失败51'] })).toEqual([
			'应答码51',
			'返回码51',
			'交易失败51',
			'余额不足',
		]);
	});
});
