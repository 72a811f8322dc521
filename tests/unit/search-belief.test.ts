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

describe('readings of a story (readings.ts)', () => {
	it('lists each reading once, with an id and a description, and adds its terms', async () => {
		const { STORY_READINGS, readingTerms } = await import('../../src/shared/search/readings.ts');
		expect(new Set(STORY_READINGS.map((r) => r.id)).size).toBe(STORY_READINGS.length);
		for (const r of STORY_READINGS) expect(r.description.length).toBeGreaterThan(10);
		expect(readingTerms('收银员以为没刷上 又刷了一次')).toEqual(['结果不明', '重复扣款']);
		expect(readingTerms('刷卡显示交易失败')).toEqual([]);
	});
});
