import { describe, expect, it } from 'vitest';
import { FAILED_BUT_CHARGED, failedButCharged } from '../../src/shared/search/charged.ts';

describe('failed, yet charged (charged.ts)', () => {
	it('is a rule with an id and a description', () => {
		expect(FAILED_BUT_CHARGED.id).toBe('failed-but-charged');
		expect(FAILED_BUT_CHARGED.description.length).toBeGreaterThan(10);
	});

	it('reads a failed payment and money taken, in either order and any wording', () => {
		expect(failedButCharged('刷卡没成功 钱却被扣了')).toBe(true);
		expect(failedButCharged('卡里扣了钱 终端显示失败')).toBe(true);
		expect(failedButCharged('刷卡机吞钱怎么办')).toBe(true);
	});

	it('does not read a failure alone, money taken alone, refunds or duplicates', () => {
		expect(failedButCharged('刷卡失败怎么办')).toBe(false);
		expect(failedButCharged('扣款短信')).toBe(false);
		expect(failedButCharged('交易失败 退款多久到账')).toBe(false);
		expect(failedButCharged('失败后又刷了一次 扣了两次')).toBe(false);
		expect(failedButCharged('交易失败 没扣钱')).toBe(false);
	});
});
