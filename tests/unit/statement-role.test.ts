import { describe, expect, it } from 'vitest';
import { roleOf, STATEMENT_ROLE_RULES } from '../../scripts/rules/statement-role/index.ts';

describe('statement-role rules', () => {
	it('has unique kebab-case ids role-…, a description and both kinds of examples for every rule', () => {
		const ids = STATEMENT_ROLE_RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of STATEMENT_ROLE_RULES) {
			expect(rule.id).toMatch(/^role(?:-[a-z]+)+$/);
			expect(rule.description.length).toBeGreaterThan(40);
			expect(rule.examples.finds.length, `${rule.id} finds`).toBeGreaterThan(0);
			expect(rule.examples.ignores.length, `${rule.id} ignores`).toBeGreaterThan(0);
		}
	});
});

describe.each(STATEMENT_ROLE_RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
	it.each(rule.examples.finds.map((text) => [text]))('finds %j, and gives it its role', (text) => {
		expect(rule.finds(text)).toBeTypeOf('string');
		// The first rule that finds it decides: an example is this rule's own, not one an earlier rule takes.
		expect(roleOf(text)).toMatchObject({ rule: id, role: rule.role });
	});
	it.each(rule.examples.ignores.map((text) => [text]))('leaves %j', (text) => {
		expect(rule.finds(text)).toBeUndefined();
	});
});

describe('roleOf', () => {
	it('finds the term a definition defines, and what a background statement describes', () => {
		expect(roleOf('应答码是指银行卡与POS机之间的通信协议，用于告知POS机刷卡是否成功以及失败原因。')).toMatchObject({
			role: 'definition',
			found: '应答码',
		});
		expect(roleOf('批次号(Batch NO.)：POS从签到起至结算、签退为止的交易为一批次。')).toMatchObject({
			role: 'definition',
			found: '批次号(Batch NO.)',
		});
		expect(roleOf('拒付可分为三类：欺诈性拒付、服务争议型拒付和授权问题拒付。')).toMatchObject({ role: 'background', found: '拒付' });
	});
	it('reads the main clause after a condition: a cause named in the condition does not make a cause', () => {
		expect(roleOf('如果停用是由于技术故障导致的，商家可以向银行申请重新启用POS机。')?.role).toBe('remedy');
		expect(roleOf('如果商家没有违规，那么POS机被停用的原因可能是由于技术故障或银行内部操作失误导致的。')?.role).toBe('cause');
	});
	it('keeps a cause with its remedy a cause', () => {
		expect(roleOf('设备故障：POS机本身可能存在硬件故障，如读卡器损坏、显示屏故障等。此时应联系POS机提供商进行维修或更换设备。')?.role).toBe(
			'cause',
		);
	});
	it('reads a quoted terminal message as a quotation, not as advice', () => {
		expect(roleOf('当POS机显示“交易失败，请联系发卡行”时，这通常意味着发卡银行拒绝了当前的交易请求。')?.role).toBe('symptom');
	});
});
