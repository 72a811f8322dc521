import { describe, expect, it } from 'vitest';
import { comparable, containment, inherit } from '../../scripts/evidence/match-prelabels.ts';
import type { LabelledStatement } from '../../scripts/evidence/samples.ts';

const raw = (line: number, text: string, label: string): LabelledStatement => ({
	page: 'p-1',
	line,
	kind: '',
	heading: '',
	text,
	label,
});

describe('match-prelabels', () => {
	it('folds Traditional, width and punctuation before comparing', () => {
		expect(comparable('刷卡失敗，請聯繫發卡行！')).toBe(comparable('刷卡失败,请联系发卡行'));
		expect(containment('联系发卡行', '请联系发卡行处理')).toBe(1);
		expect(containment('完全无关的话', '请联系发卡行处理')).toBeLessThan(0.5);
	});

	it('drops inline pinyin as the pipeline does (國(guó)), so a Traditional page with pinyin still matches', () => {
		expect(comparable('預(yù)授權(quán)撤銷(xiāo)申請(qǐng)')).toBe(comparable('预授权撤销申请'));
		expect(comparable('密码(PIN)错误')).toBe(comparable('密码PIN错误'));
	});

	it('a shown statement inherits the label of the raw sentence that holds it', () => {
		const pre = [raw(3, '余额不足时交易会被拒绝。', 'fact'), raw(4, '你知道为什么吗？', 'question')];
		expect(inherit({ page: 'p-1', line: 3, kind: '', heading: '', text: '余额不足时交易会被拒绝' }, pre)?.label).toBe('fact');
		expect(inherit({ page: 'p-1', line: 4, kind: '', heading: '', text: '你知道为什么吗' }, pre)?.label).toBe('question');
		expect(inherit({ page: 'p-2', line: 3, kind: '', heading: '', text: '余额不足时交易会被拒绝' }, pre)).toBeUndefined();
	});

	it('a statement made of several raw sentences is a fact only if every part is', () => {
		const pre = [raw(5, '卡片磁条损坏会读不出卡。', 'fact'), raw(6, '详情咨询客服热线。', 'promotion')];
		const got = inherit({ page: 'p-1', line: 5, kind: '', heading: '', text: '卡片磁条损坏会读不出卡。详情咨询客服热线。' }, pre);
		expect(got?.label).toBe('promotion');
		expect(got?.from).toHaveLength(2);
	});
});
