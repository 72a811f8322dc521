import { describe, expect, it } from 'vitest';
import { MISTAKEN_FAILURE, mistakenFailure } from '../../src/shared/search/belief.ts';

describe('a failure someone only believed (belief.ts)', () => {
	it('is a rule with an id and a description', () => {
		expect(MISTAKEN_FAILURE.id).toBe('mistaken-failure');
		expect(MISTAKEN_FAILURE.description.length).toBeGreaterThan(10);
	});

	it('reads a belief that the payment failed', () => {
		expect(mistakenFailure('店员以为第一笔没成功 又让我刷了一次')).toBe(true);
		expect(mistakenFailure('当成交易失败处理了')).toBe(true);
	});

	it('does not read a failure stated as such, nor a belief about something else', () => {
		expect(mistakenFailure('刷卡显示交易失败')).toBe(false);
		expect(mistakenFailure('我以为手续费是免费的')).toBe(false);
	});
});
