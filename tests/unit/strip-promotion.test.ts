import { describe, expect, it } from 'vitest';
import { parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { stripPromotion } from '../../scripts/pipeline/stages/strip-promotion.ts';
import { PROMOTION_RULES } from '../../scripts/rules/promotion/index.ts';
import { EMPTY_PROMOTION_CONTEXT } from '../../scripts/rules/promotion/vocabulary.ts';

const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!editorial.ok) throw new Error(JSON.stringify(editorial.diagnostics, null, 2));
const context = editorial.value.promotion;

const doc = (text: string) => ({
	file: 'a.txt',
	encoding: 'utf-8',
	conversions: [],
	substitutions: [],
	lines: text.split('\n').map((lineText, index) => ({ line: index + 1, text: lineText })),
});
const strip = (text: string) => stripPromotion(doc(text), { rules: PROMOTION_RULES, context });

describe('stripPromotion', () => {
	it('applies a line-start rule to what starts the line after an earlier removal (fast-check counterexample)', () => {
		const result = strip('刷卡标题行文字\n</script> 关键词:POS机');
		expect(result.blocks).toHaveLength(1);
		expect(result.removed.map((r) => r.rule)).toEqual(['html-markup', 'meta-label']);
	});

	it('takes the first non-blank line as the title and keeps it as a block', () => {
		const result = strip('\n  POS机刷卡失败怎么办  \n\n检查网络。');
		expect(result.title).toBe('POS机刷卡失败怎么办');
		expect(result.blocks).toEqual([
			{ line: 2, text: 'POS机刷卡失败怎么办' },
			{ line: 4, text: '检查网络。' },
		]);
	});

	it('removes an inserted clause with one separator so the sentence still reads', () => {
		const result = strip('刷卡标题行文字\n随着电子支付的普及,官网POS机个人免费申请,选择使用银行卡进行支付。');
		expect(result.blocks[1]?.text).toBe('随着电子支付的普及,选择使用银行卡进行支付。');
		expect(result.removed).toEqual([{ line: 2, text: '官网POS机个人免费申请,', rule: 'keyword-salad' }]);
	});

	it('removes a trailing clause with the separator before it and keeps the terminator', () => {
		const result = strip('刷卡标题行文字\n交易失败会影响经营,本文将从三个方面分析。下一句照常保留。');
		expect(result.blocks[1]?.text).toBe('交易失败会影响经营。下一句照常保留。');
		expect(result.removed[0]).toMatchObject({ rule: 'meta-commentary', text: ',本文将从三个方面分析' });
	});

	it('removes a line made mostly of selling clauses whole, and a selling line naming a brand whole', () => {
		expect(strip('刷卡标题行文字\n点击网址进入申请页面,按要求填写提交申请信息,以便工作人员审核。').blocks).toHaveLength(1);
		const brand = strip('刷卡标题行文字\n拉卡拉电签POS机,在官网可以免费申请,工作人员收到申请后会联系申请人,待通过审核后邮寄到申请人手中。');
		expect(brand.blocks).toHaveLength(1);
		// The brand goes first (brand-mention), then the rest of the pitch as one passage.
		expect(brand.removed.map((r) => r.rule)).toEqual(['brand-mention', 'call-to-action']);
	});

	it('accounts for every non-blank line: a block and/or removals', () => {
		const text = '刷卡标题行文字\n\n微信复制成功\n检查网络,加微信:abc12345了解。\n重启POS机。';
		const result = strip(text);
		const lines = new Set([...result.blocks.map((b) => b.line), ...result.removed.map((r) => r.line)]);
		expect([...lines].sort()).toEqual([1, 3, 4, 5]);
		expect(result.blocks.filter((b) => b.line === 3)).toEqual([]);
	});

	it('removes Markdown marks and keeps their words; MDX, braces and frontmatter-like lines stay plain text', () => {
		const text = '刷卡标题行文字\n---\ntitle: x\n---\n# 标题 {props.x} <Component />\n**加粗** [链接](http://a.b)';
		const result = strip(text);
		expect(result.blocks.map((b) => b.text)).toEqual(['刷卡标题行文字', 'title: x', '标题 {props.x}']);
		expect(result.removed.map((r) => r.rule)).toEqual([
			'markdown-markup',
			'markdown-markup',
			'html-markup',
			'markdown-markup',
			'markdown-markup',
			'markdown-markup',
			'url',
		]);
	});

	it('without editorial context only the structural rules apply', () => {
		const result = stripPromotion(doc('刷卡标题行文字\n拉卡拉口碑好。\n请致电13812345678。'), {
			rules: PROMOTION_RULES,
			context: EMPTY_PROMOTION_CONTEXT,
		});
		expect(result.blocks.map((b) => b.text)).toEqual(['刷卡标题行文字', '拉卡拉口碑好。']);
	});

	it('carries substitutions, conversions and encoding through', () => {
		const input = {
			...doc('标题'),
			encoding: 'gb18030',
			conversions: ['traditional-to-simplified'],
			substitutions: [{ line: 1, rule: 'r', from: 'a', to: 'b' }],
		};
		const result = stripPromotion(input, { rules: PROMOTION_RULES, context });
		expect(result).toMatchObject({
			file: 'a.txt',
			encoding: 'gb18030',
			conversions: ['traditional-to-simplified'],
			substitutions: [{ rule: 'r' }],
		});
	});
});
