import { describe, expect, it } from 'vitest';
import { numberingOf, segment, splitRunOnList, splitSentences } from '../../scripts/pipeline/stages/segment.ts';
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
