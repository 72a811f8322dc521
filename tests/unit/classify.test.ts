import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../scripts/pipeline/stages/classify.ts';
import type { SegmentItem } from '../../scripts/pipeline/types.ts';

const item = (headings: string[], text: string, label = '', role: SegmentItem['role'] = 'item'): SegmentItem => ({
	file: 'a.txt',
	line: 1,
	role,
	depth: headings.length,
	headings,
	label,
	text,
	sentences: [text],
});

describe('classifyItem', () => {
	it.each([
		[['POS机交易失败的原因分析'], '系统故障或网络问题', 'cause'],
		[['刷卡失败的原因分析', '技术层面'], '读卡器故障', 'cause'],
		[['解决POS机刷卡交易拒绝的方法', '检查卡片'], '确认卡片状态', 'remedy'],
		[['预防措施及建议'], '保持良好的网络连接', 'prevention'],
		[['资金扣除的后果与影响'], '商家损失：需要承担手续费', 'impact'],
		[['案例分析'], '某餐饮企业在高峰时段', 'case'],
		[['POS机刷卡的基本流程'], '消费者选择刷卡支付', 'background'],
	] as const)('%j / %s → %s', (headings, text, kind) => {
		expect(classifyItem(item([...headings], text))).toBe(kind);
	});

	it('lets the first verb decide under a mixed heading', () => {
		expect(classifyItem(item(['防范措施与解决方案'], '定期检查和维护POS机设备'))).toBe('prevention');
		expect(classifyItem(item(['防范措施与解决方案'], '检查网络连接并重启终端'))).toBe('remedy');
	});

	it('reads the 问题描述 / 影响分析 / 解决方案 triplet from the label', () => {
		const headings = ['硬件故障', '读卡器损坏'];
		expect(classifyItem(item(headings, '读卡器老化', '问题描述'))).toBe('cause');
		expect(classifyItem(item(headings, '无法读取', '影响分析'))).toBe('impact');
		expect(classifyItem(item(headings, '更换读卡器', '解决方案'))).toBe('remedy');
	});

	it('treats failure types listed under a definition as causes', () => {
		expect(classifyItem(item(['刷卡失败的定义与分类'], '如POS机硬件损坏导致无法读取', '物理故障'))).toBe('cause');
	});
});

describe('classifyItem inside a case study', () => {
	it('keeps the steps of a case with the case, even under a 解决方案 subheading', () => {
		expect(classifyItem(item(['案例分析', '解决方案应用'], '集体行动：与其他商户保持联系'))).toBe('case');
	});
});
