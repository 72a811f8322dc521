import { describe, expect, it } from 'vitest';
import { parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { findPromotion } from '../../scripts/pipeline/scan.ts';
import { stripLines } from '../../scripts/pipeline/stages/strip-promotion.ts';
import { PROMOTION_RULES } from '../../scripts/rules/promotion/index.ts';

const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!editorial.ok) throw new Error(JSON.stringify(editorial.diagnostics, null, 2));
const context = editorial.value.promotion;

const SPUN_SELLER = [
	'信用卡卡号无效的原因',
	'持卡人需要更换一张有效的那么信用卡。',
	'POS机也可能不支持某些类型的这是信用卡。',
	'我們將於第一時間替您解決煩惱。',
	'请核对可用的额度。',
	'若您的卡被收取年费,可联系发卡行。',
];

describe('page evidence (seller-voice, spun-injection, name-column)', () => {
	const lines = SPUN_SELLER.map((text, index) => ({ line: index + 1, text }));
	const result = stripLines(lines, PROMOTION_RULES, context, { article: true });

	it('is used on the page it was found on', () => {
		const rules = new Set(result.removed.map((removal) => removal.rule));
		expect(rules.has('spun-injection')).toBe(true);
		expect(rules.has('seller-voice')).toBe(true);
	});

	it('is never a name learned for the corpus', () => {
		expect([...result.learned.keys()].filter((rule) => ['seller-voice', 'spun-injection', 'name-column'].includes(rule))).toEqual([]);
	});

	it('is absent from text scanned with the corpus names (a built page)', () => {
		const hits = findPromotion('请核对可用的额度。\n若您的卡被收取年费,可联系发卡行。', context, new Map());
		expect(hits).toEqual([]);
	});
});
