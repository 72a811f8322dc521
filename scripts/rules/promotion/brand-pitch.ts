import { pageBrands } from './brand-mention.ts';
import { derivedRegExp, NUMBERING, sentences } from './shared.ts';
import type { DocumentLine, RuleContext, Span, WordsRule } from './types.ts';

/**
 * A dealer page pitching its own brand inside a factual article (a scam warning that ends in “合规XXPOS机:四重防护盾”):
 * the brand is a name the page itself uses before a product word (learned by brand-mention) or a listed brand, and the
 * pitch is a sentence that puts the brand next to an evaluative or commercial word (promotion/claims.yaml pitchWords:
 * 合规, 正规, 持牌, 率先, 标准费率, 防护…, and the praise list). Once a page pitched a brand, a sentence that opens with
 * that brand's product (屹掌柜POS机在合同中…) is the same pitch. brand-mention would remove only the name and leave the
 * pitch (合规POS机:四重防护盾); this rule removes the passage.
 */

const escapeName = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Product words after a brand name. */
const PRODUCT = '(?:POS|pos|Pos|刷卡机|电签|收款码|收款机)';
/** A sentence about a fault or a prompt is the article's even when it opens with the brand (聚赢家POS机使用时提示:降级交易). */
const PROBLEM = /失败|错误|故障|提示|显示|降级|原因|怎么|如何|为什么|异常|无法|不能|不了|冻结|风控/u;

function pitchPattern(context: RuleContext): RegExp {
	return derivedRegExp(context.lexicon, 'brand-pitch-words', (l) => new RegExp(`${l.pitchWords.source}|${l.praise.source}`, 'iu'));
}

/** True when the sentence puts one of `brands` next to a pitch word (both in the same clause). */
function pitches(sentence: string, brands: readonly string[], context: RuleContext): boolean {
	const pitch = pitchPattern(context);
	return sentence.split(/[,，、]/u).some((clause) => brands.some((brand) => clause.includes(brand)) && pitch.test(clause));
}

/** The page's brands (its own names before a product word, and listed brands) that a sentence of the page pitches. */
function pitchedBrands(lines: readonly DocumentLine[], context: RuleContext): string[] {
	const listed = derivedRegExp(context.lexicon, 'brands-global', (l) => new RegExp(l.brands.source, 'giu'));
	const brands = new Set(pageBrands(lines, context));
	for (const { text } of lines) for (const match of text.matchAll(listed)) brands.add(match[0]);
	const all = [...brands];
	const pitched = new Set<string>();
	for (const { text } of lines) {
		for (const [start, end] of sentences(text)) {
			const sentence = text.slice(start, end);
			for (const brand of all) if (sentence.includes(brand) && pitches(sentence, [brand], context)) pitched.add(brand);
		}
	}
	return [...pitched].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export const brandPitchRule: WordsRule = {
	id: 'brand-pitch',
	scope: 'words',
	description:
		'A sentence that puts a brand — a name the page uses before a product word (新易刷POS机, learned as brand-mention learns it) or a listed brand (promotion/brands.yaml) — in one clause with an evaluative or commercial word (promotion/claims.yaml pitchWords: 合规, 正规, 持牌, 率先, 标准费率, 防护盾…, and promotion/praise.yaml) is a pitch and is removed whole, also as a heading (合规会员宝POS机:四重防护盾); so is, on a page that pitched the brand, a sentence that opens with the brand’s product (屹掌柜POS机在合同中以加粗字体标注押金条款) unless it is about a fault or a prompt (聚赢家POS机使用时提示:降级交易). A brand named in a factual sentence without such a word stays (brand-mention removes the name only), and so does a brand warned against (“会员宝POS机”多为无央行备案的二清机).',
	examples: {
		removes: [
			'电销会员宝POS机多为二清机。\n合规会员宝POS机:四重防护盾\n正规会员宝POS机执行行业标准费率:信用卡刷卡0.6%。',
			'屹掌柜POS机等持牌机构已率先执行双录。\n屹掌柜POS机在合同中以加粗字体标注押金条款。',
		],
		keeps: ['合规的收单机构会在合同中写明费率。', '银联规定,POS机交易失败但扣款的,应在7个工作日内退回。'],
	},
	collect: pitchedBrands,
	spans(text, context) {
		const brands = context.collected.get('brand-pitch') ?? [];
		if (brands.length === 0) return [];
		const opens = new RegExp(`^(?:${brands.map(escapeName).join('|')})${PRODUCT}`, 'u');
		const spans: Span[] = [];
		for (const [start, end] of sentences(text)) {
			const sentence = text.slice(start, end);
			const body = sentence
				.trim()
				.replace(NUMBERING, '')
				.replace(/^[、.．]\s*/u, '');
			if (pitches(sentence, brands, context) || (opens.test(body) && !PROBLEM.test(body))) spans.push([start, end]);
		}
		return spans;
	},
};
