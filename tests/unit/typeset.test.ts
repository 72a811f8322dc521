import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typesetChinese } from '../../scripts/pipeline/text/typeset.ts';
import { HAN } from '../../src/shared/chinese/han.ts';

describe('typesetChinese', () => {
	it.each([
		['交易失败,请重试', '交易失败，请重试'],
		['问题描述:读卡器损坏;请更换', '问题描述：读卡器损坏；请更换'],
		['能刷吗?不能!', '能刷吗？不能！'],
		['POS机(销售点终端)', 'POS机（销售点终端）'],
		['1,000元, 共3.5元', '1,000元，共3.5元'],
		['Point of Sale, POS', 'Point of Sale, POS'],
		['处理完毕,,然后', '处理完毕，然后'],
		['T+1 到账', 'T+1 到账'],
	])('%s → %s', (input, output) => {
		expect(typesetChinese(input)).toBe(output);
	});
	it('is idempotent and keeps every letter and digit', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('交', '易', ',', ';', ':', '(', ')', 'a', '1', ' ', '?') }), (s) => {
				const once = typesetChinese(s);
				return typesetChinese(once) === once && once.replace(/[^\p{L}\p{N}]/gu, '') === s.replace(/[^\p{L}\p{N}]/gu, '');
			}),
		);
	});
	it('gives what its four regular expressions give (the guards and the one-pass mark scan only save work)', () => {
		const full: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
		const reference = (text: string) =>
			text
				.replace(new RegExp(`(?<=${HAN})\\s*([,;:?!])\\s*|\\s*([,;:?!])\\s*(?=${HAN})`, 'gu'), (_, a, b) => full[a ?? b]!)
				.replace(new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, 'gu'), '（$1）')
				.replace(/，{2,}/gu, '，')
				.replace(/^，|，$/gu, '');
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('交', '易', '𠀀', ',', '，', ';', ':', '!', '(', ')', 'a', '1', ' ', '\u3000', '\t', '?') }),
				(s) => {
					expect(typesetChinese(s)).toBe(reference(s));
				},
			),
		);
	});
});
