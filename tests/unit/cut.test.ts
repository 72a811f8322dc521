import { describe, expect, it } from 'vitest';
import { cut } from '../../scripts/pipeline/stages/cut.ts';
import type { ClassifiedItem } from '../../scripts/pipeline/types.ts';
import { classifiedItem } from '../helpers/items.ts';

describe('cut', () => {
	it('makes a labelled item one statement, running text one per sentence, and a heading none', () => {
		const items: ClassifiedItem[] = [
			{ ...classifiedItem('a.txt', 1, 'background', '常见原因'), role: 'heading' },
			{ ...classifiedItem('a.txt', 2, 'cause', '信号弱导致交易超时'), label: '网络问题' },
			{ ...classifiedItem('a.txt', 3, 'remedy', '先重启。再重试。'), role: 'paragraph', sentences: ['先重启。', '再重试。'] },
		];
		expect(cut(items).map((u) => [u.provenance.line, u.kind, u.text])).toEqual([
			[2, 'cause', '网络问题：信号弱导致交易超时'],
			[3, 'remedy', '先重启。'],
			[3, 'remedy', '再重试。'],
		]);
	});

	it('keeps the heading it stands under as provenance (for the reader, not for placement)', () => {
		const [unit] = cut([classifiedItem('a.txt', 1, 'cause', '这是最常见的原因之一', ['可能原因', '余额不足'])]);
		expect(unit).toEqual({ kind: 'cause', text: '这是最常见的原因之一', provenance: { file: 'a.txt', line: 1, section: '余额不足' } });
	});

	it('keeps the sentences of a response-code row together as one statement', () => {
		const row: ClassifiedItem = {
			...classifiedItem('a.txt', 1, 'background', '07 ——没收卡。请联系收单行。'),
			role: 'paragraph',
			sentences: ['07 ——没收卡。', '请联系收单行。'],
		};
		expect(cut([row]).map((u) => u.text)).toEqual(['07 ——没收卡。请联系收单行。']);
	});

	it('typesets ASCII punctuation next to Chinese as the pages print it, and leaves numbers alone', () => {
		const [unit] = cut([classifiedItem('a.txt', 1, 'cause', '交易失败,金额1,000元:请重试')]);
		expect(unit?.text).toBe('交易失败，金额1,000元：请重试');
	});
});
