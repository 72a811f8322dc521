import { describe, expect, it } from 'vitest';
import { cut } from '../../scripts/pipeline/stages/cut.ts';
import { createPlacer, orderOf, place } from '../../scripts/pipeline/stages/place.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';
import { classifiedItem } from '../helpers/items.ts';

const entriesOf = (...items: Parameters<typeof classifiedItem>[]) =>
	place(cut(items.map((args) => classifiedItem(...args))), createPlacer(smallCatalogue())).map((u) => [...u.entries]);

describe('place', () => {
	it('places by kind first: a remedy statement goes to remedies even when a cause also matches', () => {
		expect(entriesOf(['a.txt', 1, 'remedy', '检查网络是否不稳定'])).toEqual([['R-01']]);
	});

	it('falls back to other collections when the kind has no match, but never places advice with a cause', () => {
		expect(entriesOf(['a.txt', 1, 'impact', '网络不稳定，导致交易失败。'])).toEqual([['C-01']]);
		expect(entriesOf(['a.txt', 1, 'prevention', '余额不足时及时充值'])).toEqual([[]]);
	});

	it('marks deliberately unpublished statements with their U- ID and leaves the rest unplaced', () => {
		expect(entriesOf(['a.txt', 1, 'background', '本文将从多个角度分析'], ['a.txt', 2, 'background', '天气很好'])).toEqual([['U-01'], []]);
	});

	it('places a statement by its own words, never by the heading it stands under', () => {
		expect(entriesOf(['a.txt', 1, 'cause', '这是最常见的原因之一', ['可能原因', '余额不足']])).toEqual([[]]);
	});

	it('places advice as a remedy, whatever section it stands in', () => {
		expect(entriesOf(['a.txt', 1, 'background', '此时可检查网络是否不稳定', ['引言']])).toEqual([['R-01']]);
	});
});

describe('orderOf: a limit stated as a fact is a cause before a measure', () => {
	it('tries the causes first for what a limit is or who sets it, in a section of measures', () => {
		expect(
			orderOf(
				'prevention',
				'prevention',
				'银行卡每日消费限额：为了保护持卡人的资金安全，银行会为每张银行卡设定一个每日消费限额。该限额是指持卡人在一天内可以使用该银行卡进行消费的最高金额，以防止持卡人发生未经授权的大额交易。',
			)[0],
		).toBe('causes');
		expect(orderOf('prevention', undefined, '例如，Ⅱ类卡的日交易限额通常为1万元，而Ⅲ类卡则更低，仅为5000元。')[0]).toBe('causes');
	});
	it('leaves a measure about limits a measure', () => {
		expect(orderOf('prevention', undefined, '设置支付限额，降低盗刷风险。')[0]).toBe('prevention');
		expect(orderOf('prevention', 'prevention', '持卡人可以向银行申请调整限额为5万元，以免大额消费被拒。')[0]).toBe('prevention');
	});
});

describe('orderOf: a label naming what the terminal shows makes a symptom', () => {
	it('tries the symptoms first, and no remedy or measure', () => {
		const text = '系统故障提示：POS机出现故障时，系统通常会显示一系列提示信息，如“系统繁忙”“网络连接问题”“设备故障”等。';
		expect(orderOf('cause', 'cause', text)).toEqual(['symptoms', 'causes']);
	});
	it('leaves a cause label and a remedy alone', () => {
		expect(orderOf('cause', 'cause', '设备故障：POS机的读卡器损坏，无法读卡。')[0]).toBe('causes');
		expect(orderOf('remedy', 'remedy', '错误提示：请联系收单机构重新签到。')[0]).toBe('remedies');
	});
});

describe('orderOf: a step taken once something has happened repairs, it prevents nothing', () => {
	it('keeps such a remedy out of the prevention measures', () => {
		expect(orderOf('remedy', 'remedy', '遇到这种情况，用户可以选择更换一个POS机刷卡消费。')).toEqual(['remedies']);
		expect(orderOf('remedy', 'remedy', '若POS机未成功打印签购单，需联系支付公司确认交易状态。')).toEqual(['remedies']);
	});
	it('leaves other remedies their fallback, and 当然 is no event', () => {
		expect(orderOf('remedy', 'remedy', '联系发卡行核实卡片状态。')).toEqual(['remedies', 'prevention']);
		expect(orderOf('remedy', 'remedy', '当然也要及时更新POS机系统，确保系统版本能兼容银行系统。')).toEqual(['remedies', 'prevention']);
	});
});
