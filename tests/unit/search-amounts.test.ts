import { describe, expect, it } from 'vitest';
import { AMOUNT_MISMATCH, comparesAmounts } from '../../src/shared/search/amounts.ts';

describe('two amounts compared in a question (amounts.ts)', () => {
	it('is a rule with an id and a description', () => {
		expect(AMOUNT_MISMATCH.id).toBe('amount-mismatch');
		expect(AMOUNT_MISMATCH.description.length).toBeGreaterThan(10);
	});

	it('reads price and charge, in digits, Chinese numerals or with a currency sign', () => {
		expect(comparesAmounts('买了一件80元的衣服 结账扣了800元')).toBe(true);
		expect(comparesAmounts('两千的东西刷成了两万')).toBe(true);
		expect(comparesAmounts('标价$12 实际扣了$120')).toBe(true);
	});

	it('does not read one amount, the same amount twice, or alternatives', () => {
		expect(comparesAmounts('刷卡扣了50元')).toBe(false);
		expect(comparesAmounts('50元 又扣了50元')).toBe(false);
		expect(comparesAmounts('卡上出现了19.9元或29.9元的扣款')).toBe(false);
	});

	it('leaves limits, balances, fees and settlement to their own words', () => {
		expect(comparesAmounts('信用额度从5万降到5千')).toBe(false);
		expect(comparesAmounts('刷了1000元 只到账990元')).toBe(false);
		expect(comparesAmounts('刷1000元手续费收了6元')).toBe(false);
	});
});
