import { describe, expect, it } from 'vitest';
import { inScope, outOfScope, SCOPE_RULES } from '../../scripts/rules/statement-scope/index.ts';

describe.each(SCOPE_RULES.map((r) => [r.id, r] as const))('statement scope %s', (_id, rule) => {
	it('has a description and examples of both sides', () => {
		expect(rule.description.length).toBeGreaterThan(40);
		expect(rule.examples.finds.length).toBeGreaterThan(0);
		expect(rule.examples.ignores.length).toBeGreaterThan(0);
	});
	it.each(rule.examples.finds)('finds %s', (text) => {
		expect(outOfScope(text)?.rule.id).toBe(rule.id);
	});
	it.each(rule.examples.ignores)('leaves %s', (text) => {
		expect(outOfScope(text)?.rule.id).not.toBe(rule.id);
	});
});

describe('statement scope', () => {
	it('is lifted by a POS context', () => {
		expect(outOfScope('POS机出现故障时，商户可以让顾客改用转账付款，但转账时要核对到账。')).toBeUndefined();
		expect(outOfScope('当A向B转账时，系统无法完成转账，就会触发冲正。')?.rule.id).toBe('scope-transfer');
		// 刷卡 lifts a channel a shop may meet, not an OTP.
		expect(outOfScope('出国刷卡收不到OTP简讯。')?.rule.id).toBe('scope-online');
	});
	it('keeps only the candidates explicitly about the channel', () => {
		const candidates = [
			{ id: 'S-01', about: '刷卡失败 交易没有成功' },
			{ id: 'C-31', about: '卡片被盗刷 持卡人被人诱导刷卡、转账' },
		];
		expect(inScope('当A向B转账时，系统无法完成转账。', candidates).map((c) => c.id)).toEqual(['C-31']);
		expect(inScope('网络不稳定会导致交易失败。', candidates)).toHaveLength(2);
		expect(inScope('取款限额 每卡每日累计取现不得超过5000元。', candidates)).toEqual([]);
	});
});
