import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { decode } from '../../scripts/pipeline/stages/decode.ts';
import { deobfuscate } from '../../scripts/pipeline/stages/deobfuscate.ts';
import { normalize } from '../../scripts/pipeline/stages/normalize.ts';
import { stripPromotion } from '../../scripts/pipeline/stages/strip-promotion.ts';
import { PROMOTION_RULES } from '../../scripts/rules/promotion/index.ts';

const parsed = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics, null, 2));
const editorial = parsed.value;

const encode = (text: string) => new TextEncoder().encode(text);

/** Pieces of the genre, so random articles actually hit the rules (and their interactions). */
const FRAGMENTS = [
	'拉卡拉',
	'POS机',
	'pos机',
	'免费申请',
	'官网',
	'正规',
	'北京',
	'口碑好',
	'品牌排行',
	'哪家强?',
	'www.pos-ad.cn',
	'http://a.com/x',
	'13812345678',
	'400-123-4567',
	'95516',
	'95888',
	'微信:abc12345',
	'加微信',
	'费率0.38',
	'招代理',
	'本文将',
	'希望本文',
	'本文目录:',
	'关键词:',
	'拓展阅读:',
	'复制成功',
	'(图1)',
	'<b>',
	'</b>',
	'<script>',
	'</script>',
	'刷KA卡',
	'银行ka',
	'信xi息',
	'POSS',
	'炸骗',
	'不公开的',
	'公开',
	'1. ',
	'2、',
	'检查网络连接',
	'联系发卡银行',
	'交易失败',
	'1-3个工作日',
	'500元',
	',',
	'。',
	'?',
	':',
	' ',
	'\n',
	'\n',
	'\r\n',
];
const genreText = fc
	.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 })
	.map((parts) => parts.join(''));
const anyText = fc.oneof(genreText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

const cleanText = (text: string) => clean({ file: 'p.txt', bytes: encode(text) }, editorial);
const blockTexts = (text: string) => {
	const result = cleanText(text);
	return result.ok ? result.value.blocks.map((b) => b.text) : [];
};

const nonSpace = (text: string) => [...text.replace(/\s+/gu, '')];

describe('clean (properties)', () => {
	it('never throws on arbitrary strings or bytes', () => {
		fc.assert(
			fc.property(anyText, (text) => void cleanText(text)),
			{ numRuns: 400 },
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void clean({ file: 'b.bin', bytes }, editorial)),
			{ numRuns: 400 },
		);
	});

	it('is idempotent: cleaning the cleaned text again changes nothing', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const once = blockTexts(text);
				expect(blockTexts(once.join('\n'))).toEqual(once);
			}),
			{ numRuns: 400 },
		);
	});

	it('accounts for every line: each non-blank line is in blocks or removals, and kept plus removed text covers its characters', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const decoded = decode({ file: 'p.txt', bytes: encode(text) });
				if (!decoded.ok) return;
				const deobfuscated = deobfuscate(normalize(decoded.value), editorial.deobfuscation);
				const result = stripPromotion(deobfuscated, { rules: PROMOTION_RULES, context: editorial.promotion });
				for (const { line, text: lineText } of deobfuscated.lines) {
					if (lineText.trim() === '') continue;
					const kept = result.blocks.filter((b) => b.line === line).map((b) => b.text);
					const removed = result.removed.filter((r) => r.line === line).map((r) => r.text);
					expect(kept.length + removed.length, `line ${line} unaccounted`).toBeGreaterThan(0);
					expect(kept.length).toBeLessThanOrEqual(1);
					const available = new Map<string, number>();
					for (const char of nonSpace([...kept, ...removed].join(''))) available.set(char, (available.get(char) ?? 0) + 1);
					for (const char of nonSpace(lineText)) {
						const count = available.get(char) ?? 0;
						expect(count, `"${char}" of line ${line} lost`).toBeGreaterThan(0);
						available.set(char, count - 1);
					}
				}
			}),
			{ numRuns: 400 },
		);
	});
});
