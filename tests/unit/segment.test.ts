import { describe, expect, it } from 'vitest';
import { numberingOf, segment, splitRunInTitle, splitRunOnList, splitSentences } from '../../scripts/pipeline/stages/segment.ts';
import type { CleanSource } from '../../scripts/pipeline/types.ts';

const source = (lines: string[]): CleanSource => ({
	file: 'a.txt',
	title: lines[0]!,
	blocks: lines.map((text, i) => ({ line: i + 1, text })),
	removed: [],
	substitutions: [],
	conversions: [],
	encoding: 'utf-8',
});

describe('numberingOf', () => {
	it.each([
		['一、引言', 'cn', '引言'],
		['（一）账户余额不足', 'cn-paren', '账户余额不足'],
		['(二)银行卡状态异常', 'cn-paren', '银行卡状态异常'],
		['1、物理故障：硬件损坏', 'num', '物理故障：硬件损坏'],
		['2. 联系银行', 'num', '联系银行'],
		['（1）卡片磁条损坏', 'num-paren', '卡片磁条损坏'],
		['a. 读卡器损坏', 'alpha', '读卡器损坏'],
		['- 硬件故障：读卡器坏了', 'bullet', '硬件故障：读卡器坏了'],
		['一般为1-3个工作日', 'plain', '一般为1-3个工作日'],
		['3.5元手续费', 'plain', '3.5元手续费'],
	])('%s → %s', (text, style, rest) => {
		expect(numberingOf(text)).toEqual({ style, rest });
	});
});

describe('splitSentences', () => {
	it('splits on Chinese sentence punctuation and keeps comma chains together', () => {
		expect(splitSentences('网络不稳定,交易失败。请重试！可以吗？')).toEqual(['网络不稳定,交易失败。', '请重试！', '可以吗？']);
	});
	it('drops punctuation-only pieces', () => {
		expect(splitSentences('。。')).toEqual([]);
	});
});

describe('splitRunOnList', () => {
	it('splits a numbered list run into one paragraph with commas', () => {
		expect(splitRunOnList('可能的解决方法:,,1. 确认交易状态:查看。,,2. 联系银行:询问。,,3. 等待:几小时。')).toEqual([
			'可能的解决方法:',
			'1. 确认交易状态:查看。',
			'2. 联系银行:询问。',
			'3. 等待:几小时。',
		]);
	});
	it('leaves ordinary paragraphs alone', () => {
		const text = '银行处理时间一般为1-3个工作日,如果未到账,可能是处理时间未到。';
		expect(splitRunOnList(text)).toEqual([text]);
	});
});

describe('segment', () => {
	const items = segment(
		source([
			'POS机刷卡失败是什么意思',
			'硬件故障',
			'a. 读卡器损坏',
			'问题描述：读卡器损坏或老化，将无法识别卡片信息。',
			'解决方案：更换读卡器。',
			'b. 电源问题',
			'问题描述：电源不稳定。',
			'软件故障',
			'这是一段说明,没有编号。第二句。',
		]),
	);
	it('skips the title and recognises headings at two levels', () => {
		expect(items.filter((i) => i.role === 'heading').map((i) => [i.text, i.depth])).toEqual([
			['硬件故障', 1],
			['读卡器损坏', 2],
			['电源问题', 2],
			['软件故障', 1],
		]);
	});
	it('gives items their labels and heading path', () => {
		const triplet = items.find((i) => i.label === '解决方案');
		expect(triplet).toMatchObject({ role: 'item', headings: ['硬件故障', '读卡器损坏'], text: '更换读卡器。', line: 5 });
		expect(items.find((i) => i.line === 7)?.headings).toEqual(['硬件故障', '电源问题']);
	});
	it('splits paragraphs into sentences under the right heading', () => {
		expect(items.at(-1)).toMatchObject({ role: 'paragraph', headings: ['软件故障'], sentences: ['这是一段说明,没有编号。', '第二句。'] });
	});
});

describe('splitRunInTitle', () => {
	it('splits a short title sentence from the body run on after it', () => {
		expect(splitRunInTitle('银行卡过期。银行卡在一定的时间后会过期,过期后就无法使用。此时,提醒持卡人更换银行卡。')).toEqual({
			title: '银行卡过期',
			body: '银行卡在一定的时间后会过期,过期后就无法使用。此时,提醒持卡人更换银行卡。',
		});
	});
	it('takes a title alone only when a paragraph follows', () => {
		expect(splitRunInTitle('连续密码输入不正确。')).toBeUndefined();
		expect(splitRunInTitle('连续密码输入不正确。', true)).toEqual({ title: '连续密码输入不正确', body: '' });
	});
	it('leaves a sentence with a clause break, a long first sentence or a short tail alone', () => {
		expect(splitRunInTitle('网络不稳定,交易失败。请重试。')).toBeUndefined();
		expect(splitRunInTitle('商户的收款设备在连接银行系统时出现了长时间的中断。随后恢复。')).toBeUndefined();
		expect(splitRunInTitle('重启POS机。再试。')).toBeUndefined();
		expect(splitRunInTitle('余额不足')).toBeUndefined();
	});
	it('leaves a step with its explanation: an instruction is not a title', () => {
		expect(splitRunInTitle('检查信号是否稳定。如信号不好,可以尝试移动POS机的位置,或者更换移动设备使用。')).toBeUndefined();
		expect(splitRunInTitle('定期维护设备。POS机是一个长期使用的设备,定期维护可以有效延长设备的使用寿命。')).toBeUndefined();
		expect(splitRunInTitle('使用时避免操作错误。在POS机使用过程中,要注意正确的操作步骤。')).toBeUndefined();
	});
});

describe('segment: numbered titles set as sentences', () => {
	const items = segment(
		source([
			'信用卡刷卡失败的原因',
			'1、未设置密码。很多人在申请信用卡时都没有选择凭签名交易,因此在激活信用卡时必须设置好密码。',
			'2、超额度刷卡交易。刚激活的信用卡一般都是不能超限的。',
			'3、连续密码输入不正确。',
			'如果用户连续多次输入错误密码,可能会导致交易失败。',
			'4、重新签到。',
			'5、检查网络。',
			'1.检查SIM卡是否正常。',
			'2.重启POS机后重新签到。',
			'不要反复刷卡,以免重复扣款。',
		]),
	);
	it('makes the title a heading and the body running text under it', () => {
		expect(items.filter((i) => i.role === 'heading').map((i) => i.text)).toEqual(['未设置密码', '超额度刷卡交易', '连续密码输入不正确']);
		expect(items.find((i) => i.line === 2 && i.role !== 'heading')).toMatchObject({
			role: 'paragraph',
			headings: ['未设置密码'],
			sentences: ['很多人在申请信用卡时都没有选择凭签名交易,因此在激活信用卡时必须设置好密码。'],
		});
		expect(items.find((i) => i.line === 5)).toMatchObject({ role: 'paragraph', headings: ['连续密码输入不正确'] });
	});
	it('keeps a numbered step an item: before another step, or in a list of steps above a paragraph', () => {
		expect(items.find((i) => i.line === 6)).toMatchObject({ role: 'item', text: '重新签到。' });
		expect(items.find((i) => i.line === 9)).toMatchObject({ role: 'item', text: '重启POS机后重新签到。' });
	});
});
