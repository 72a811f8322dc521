import { describe, expect, it } from 'vitest';
import { comparable, containment, inherit, withPrelabels } from '../../scripts/evidence/prelabels.ts';
import { indexSamples, type LabelledStatement } from '../../scripts/evidence/samples.ts';

const raw = (line: number, text: string, label: string): LabelledStatement => ({
	page: 'p-1',
	line,
	kind: '',
	heading: '',
	text,
	label,
});

describe('prelabels', () => {
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

describe('withPrelabels (the lookup eval:evidence --prelabels uses)', () => {
	it('labels the shown statements the samples do not label by their raw sentence, and lists those none explains', () => {
		const samples = indexSamples([{ page: 'p-1', line: 2, kind: '', heading: '', text: '已标注的说法。', label: 'fact' }], []);
		const shown = [
			{ text: '已标注的说法。', entries: ['S-01'], source: 'p-1:2' },
			{ text: '余额不足时交易会被拒绝', entries: ['C-01'], source: 'p-1:3' },
			{ text: '无从查起的说法', entries: ['C-01'], source: 'p-1:9' },
		];
		const got = withPrelabels(samples, shown, [raw(3, '余额不足時交易會被拒絕。', 'fact'), raw(4, '你知道为什么吗？', 'question')]);
		expect(got.samples.labelOf('余额不足时交易会被拒绝')).toBe('fact');
		expect(got.samples.labelOf('已标注的说法。')).toBe('fact');
		expect(got.inherited).toHaveLength(1);
		expect(got.inherited[0]).toMatchObject({ page: 'p-1', line: 3, inheritedFrom: ['余额不足時交易會被拒絕。'] });
		expect(got.unexplained.map((s) => s.text)).toEqual(['无从查起的说法']);
	});
});
