import { describe, expect, it } from 'vitest';
import { asksSettlementTime, SETTLEMENT_TIMING } from '../../src/shared/search/timing.ts';

describe('a question about when the money comes (timing.ts)', () => {
	it('is a rule with an id and a description', () => {
		expect(SETTLEMENT_TIMING.id).toBe('settlement-timing');
		expect(SETTLEMENT_TIMING.description.length).toBeGreaterThan(10);
	});

	it('reads a time with the money arriving, or a time of day with the payment', () => {
		expect(asksSettlementTime('周五晚上刷的卡 下周一才入账')).toBe(true);
		expect(asksSettlementTime('凌晨两点刷卡算哪天')).toBe(true);
		expect(asksSettlementTime('两个工作日还没结算')).toBe(true);
	});

	it('does not read a time that only sets the scene, nor a refund', () => {
		expect(asksSettlementTime('第二天下午 手机收到短信说卡被扣了钱')).toBe(false);
		expect(asksSettlementTime('退款要几天才到账')).toBe(false);
		expect(asksSettlementTime('刷卡显示交易失败')).toBe(false);
	});
});
