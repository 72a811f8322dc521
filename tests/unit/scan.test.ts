import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { findObfuscation, findPromotion } from '../../scripts/pipeline/scan.ts';

const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!editorial.ok) throw new Error(JSON.stringify(editorial.diagnostics, null, 2));
const { deobfuscation, promotion } = editorial.value;

const cleanedSeeds = readdirSync('sources').map((file) => {
	const result = clean({ file, bytes: new Uint8Array(readFileSync(`sources/${file}`)) }, editorial.value);
	if (!result.ok) throw new Error(file);
	return [file, result.value.blocks.map((b) => b.text).join('\n')] as const;
});

describe('findPromotion', () => {
	it('finds promotion, contacts and URLs in arbitrary text', () => {
		const hits = findPromotion('POS机使用说明\n拉卡拉POS机,大品牌,口碑好\n请致电138 1234 5678\n官网:www.pos-ad.cn', promotion);
		expect(hits.map((h) => h.rule)).toEqual(['brand-endorsement', 'phone-number', 'url']);
		expect(hits[1]?.text).toContain('138 1234 5678');
	});

	it.each(cleanedSeeds)('has no false positives on the cleaned text of %s', (_file, text) => {
		expect(findPromotion(text, promotion)).toEqual([]);
	});

	it('has no false positives on clean factual Chinese text with numbers and official hotlines', () => {
		const text =
			'银联规定,交易失败但扣款的款项应在1-3个工作日内退回。\n金额500元以上需签名,3000元以上需核对身份。\n如有疑问请拨打中国银联客服热线95516。';
		expect(findPromotion(text, promotion)).toEqual([]);
	});
});

describe('findObfuscation', () => {
	it('finds obfuscated tokens and leftover pinyin', () => {
		const hits = findObfuscation('POS机刷KA卡失败,若涉及炸骗请报警,保护POSS信息,被ka了', deobfuscation);
		expect(hits.map((h) => h.rule)).toEqual(['mask-dropped', 'pinyin-inserted', 'homophone-fraud', 'leftover-pinyin']);
	});

	it('takes a tool name in a list of Latin names for a name, not leftover pinyin (real sentence of a heldout-5 page)', () => {
		expect(findObfuscation('使用网络监控工具检查网络状态,如Ping、Traceroute等。', deobfuscation)).toEqual([]);
		expect(findObfuscation('网络不通,被ping了', deobfuscation).map((h) => h.rule)).toEqual(['leftover-pinyin']);
	});

	it.each(cleanedSeeds)('has no false positives on the cleaned text of %s', (_file, text) => {
		expect(findObfuscation(text, deobfuscation)).toEqual([]);
	});
});
