import { describe, expect, it } from 'vitest';
import { FUNDS_BUT_DECLINED, fundsButDeclined } from '../../src/shared/search/funds.ts';

describe('money there, payment refused (funds.ts)', () => {
	it('is a rule with an id and a description', () => {
		expect(FUNDS_BUT_DECLINED.id).toBe('funds-but-declined');
		expect(FUNDS_BUT_DECLINED.description.length).toBeGreaterThan(10);
	});

	it('reads funds that are there and a payment that failed, in either order', () => {
		expect(fundsButDeclined('卡里余额充足 为什么刷不了')).toBe(true);
		expect(fundsButDeclined('付款失败 可是额度还够')).toBe(true);
	});

	it('does not read funds that are missing, nor funds without a failure', () => {
		expect(fundsButDeclined('额度不够刷不了')).toBe(false);
		expect(fundsButDeclined('卡里没有钱 刷卡失败')).toBe(false);
		expect(fundsButDeclined('信用卡还有额度吗')).toBe(false);
	});
});
