import { describe, expect, it } from 'vitest';
import { CONVERSIONS, isTraditional, normalize } from '../../scripts/pipeline/stages/normalize.ts';
import { isPinyinAnnotation } from '../../src/shared/chinese/pinyin.ts';

const run = (text: string) => normalize({ file: 'a.txt', encoding: 'utf-8', text });
const texts = (text: string) => run(text).lines.map((l) => l.text);

describe('normalize', () => {
	it('keeps one line per decoded line, blank ones included, numbered from 1', () => {
		expect(run('标题\n\n正文\n').lines).toEqual([
			{ line: 1, text: '标题' },
			{ line: 2, text: '' },
			{ line: 3, text: '正文' },
			{ line: 4, text: '' },
		]);
	});

	it('turns full-width letters, digits and ASCII symbols half-width but keeps Chinese punctuation', () => {
		expect(texts('ＰＯＳ机刷卡５００元，费率０．６％：（注意）！？；')).toEqual(['POS机刷卡500元，费率0.6%：（注意）！？；']);
		expect(run('ＡＢＣ').conversions).toContain(CONVERSIONS.fullWidth);
		expect(texts('刷卡失败，请重试。')).toEqual(['刷卡失败，请重试。']);
	});

	it('removes zero-width, format, private-use and control characters and turns odd spaces into spaces', () => {
		expect(texts('刷\u200b卡\u00ad失\ufeff败\ue000\u2060\x07')).toEqual(['刷卡失败']);
		expect(texts('POS\u00a0机\u3000重启\t一下')).toEqual(['POS 机 重启 一下']);
		expect(run('刷\u200b卡').conversions).toContain(CONVERSIONS.invisible);
	});

	it('applies NFC', () => {
		expect(texts('Cafe\u0301')).toEqual(['Café']);
	});

	it('converts Traditional-script articles to Simplified and records it', () => {
		const result = run('POS機刷卡失敗怎麼辦\n請聯繫發卡銀行客服，檢查網路連線。');
		expect(result.lines.map((l) => l.text)).toEqual(['POS机刷卡失败怎么办', '请联系发卡银行客服，检查网路连线。']);
		expect(result.conversions).toContain(CONVERSIONS.traditional);
	});

	it('leaves Simplified articles alone', () => {
		expect(isTraditional('POS机刷卡失败怎么办，请联系发卡银行客服，检查网络连接后重新刷卡，著名品牌的终端也会出现这种情况。')).toBe(false);
		expect(run('POS机刷卡失败怎么办').conversions).not.toContain(CONVERSIONS.traditional);
	});

	it('converts a Traditional line inside a Simplified article, and only that line', () => {
		const simplified = 'POS机刷卡失败怎么办，请联系发卡银行客服检查网络连接后重新刷卡，著名品牌的终端也会出现这种情况。'.repeat(3);
		const result = run(`${simplified}\n© 2025 刷卡寶 保留所有權利 未經許可不得轉載\n乾燥天气注意静电`);
		expect(result.lines.map((l) => l.text)).toEqual([simplified, '© 2025 刷卡宝 保留所有权利 未经许可不得转载', '乾燥天气注意静电']);
		expect(result.conversions).toContain(CONVERSIONS.traditionalLines);
		expect(result.conversions).not.toContain(CONVERSIONS.traditional);
	});

	it('strips pinyin annotations in brackets after Chinese characters', () => {
		expect(texts('刷卡(shuā kǎ)失败')).toEqual(['刷卡失败']);
		expect(texts('刷卡（shua ka）失败')).toEqual(['刷卡失败']);
		expect(texts('套现(tao4 xian4)违规')).toEqual(['套现违规']);
		expect(run('刷卡(shuaka)').conversions).toContain(CONVERSIONS.pinyin);
	});

	it('keeps English in brackets that is not pinyin', () => {
		for (const text of [
			'POS(Point of Sale)机',
			'销售点(Point of Sale)终端',
			'近场通信(NFC)',
			'中国(China)',
			'情况(a)',
			'银行卡(bank card)',
		]) {
			expect(texts(text)).toEqual([text]);
		}
		expect(isPinyinAnnotation('Point of Sale', 4)).toBe(false);
		expect(isPinyinAnnotation('shuā kǎ', 2)).toBe(true);
		expect(isPinyinAnnotation('shua ka shi bai', 2)).toBe(false);
	});
});
