import { derivedRegExp } from './shared.ts';
import type { DocumentLine, RuleContext, Span, WordsRule } from './types.ts';

/**
 * Brand names inside factual sentences. The knowledge base names no brand, but the facts around one are the article's:
 * `拉卡拉POS机在消费刷卡时出现错误代码05` keeps `POS机在消费刷卡时出现错误代码05`. A list of brands given as examples
 * (`如拉卡拉、随行付等`) goes whole.
 */

/** Chinese characters right before a product word: a candidate brand (`新易刷POS机`, `东付通POS机`, `聚赢家POS机`). */
const BEFORE_PRODUCT = /([\p{Script=Han}]{2,4})(?=(?:POS|pos|Pos)机?|刷卡机|电签版|电签POS|支付POS)/gu;

/** A brand, then the words that name its products or channels, which make no sense without it. */
function brandPattern(names: readonly string[]): RegExp | undefined {
	if (names.length === 0) return undefined;
	const alternation = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
	// An example list made only of brands goes whole: 如拉卡拉、随行付等 / (如拉卡拉、银联商务).
	const list = `(?:[(（]\\s*)?(?:如|例如|比如|像|包括)?\\s*(?:${alternation})(?:\\s*[、,，和及与]\\s*(?:${alternation}))+\\s*等?(?:\\s*[)）])?`;
	return new RegExp(`${list}|(?:${alternation})(?:支付)?(?:品牌|旗下|官方|官网)?的?`, 'gu');
}

/** Learns the brands of this page: the listed ones it mentions, and the names it puts before a product word. */
function brandsOf(lines: readonly DocumentLine[], context: RuleContext, strict = true): string[] {
	const listed = derivedRegExp(context.lexicon, 'brands-global', (l) => new RegExp(l.brands.source, 'giu'));
	const leading = derivedRegExp(
		context.lexicon,
		'product-modifiers-leading',
		(l) => new RegExp(`^(?:${l.productModifiers.source})+`, 'iu'),
	);
	const trailing = derivedRegExp(
		context.lexicon,
		'product-modifiers-trailing',
		(l) => new RegExp(`(?:${l.productModifiers.source})+$`, 'iu'),
	);
	const whole = derivedRegExp(context.lexicon, 'product-modifiers-whole', (l) => new RegExp(`^(?:${l.productModifiers.source})+$`, 'iu'));
	const names = new Set<string>();
	for (const { text } of lines) {
		for (const match of text.matchAll(listed)) names.add(match[0].replace(trailing, '') || match[0]);
		for (const match of text.matchAll(BEFORE_PRODUCT)) {
			// Only what follows generic modifiers and function words: 使用乐刷POS机 → 乐刷, 这台POS机 → nothing.
			const strip = (name: string) => name.replace(leading, '').replace(trailing, '');
			// The tail the page uses on its own may start with a modifier again (否为电销 → 为电销): stripped once more.
			const raw = strip(match[1] ?? '');
			const preferred = strip(preferredName(lines, raw));
			// A tail of two characters is a word more often than a name (电销 of 电销POS机): only three or more replace it.
			const candidate = [...preferred].length >= 3 ? preferred : raw;
			if ([...candidate].length >= 2 && !whole.test(candidate) && isProductName(lines, candidate, strict)) names.add(candidate);
		}
	}
	return [...names].sort((a, b) => b.length - a.length);
}

/** Uses of `name` across the lines. */
function uses(lines: readonly DocumentLine[], name: string): number {
	let count = 0;
	for (const { text } of lines) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) count++;
	return count;
}

/**
 * The name as the page uses it on its own: the four characters before a product word may take in the end of an
 * adjective (合规会员宝POS机 → 规会员宝), so a shorter tail the page uses at least twice as often (会员宝) is the name.
 */
function preferredName(lines: readonly DocumentLine[], candidate: string): string {
	let name = candidate;
	while ([...name].length > 2) {
		const tail = [...name].slice(1).join('');
		if (uses(lines, tail) < 2 * uses(lines, name)) break;
		name = tail;
	}
	return name;
}

/**
 * The names a page puts before a product word at least twice (新易刷POS机 … 新易刷POS机), also when it uses them otherwise
 * too (“会员宝”字样): the candidates of the brand-pitch rule, which removes only what it finds pitched.
 */
export const pageBrands = (lines: readonly DocumentLine[], context: RuleContext): string[] => brandsOf(lines, context, false);

const SEGMENTER = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Offsets where a word starts or ends (Intl.Segmenter), and where Chinese meets a letter or digit. */
function wordBoundaries(text: string): Set<number> {
	const boundaries = new Set<number>([0, text.length]);
	for (const segment of SEGMENTER.segment(text)) {
		boundaries.add(segment.index);
		boundaries.add(segment.index + segment.segment.length);
	}
	for (let i = 1; i < text.length; i++) {
		if (/\p{Script=Han}/u.test(text[i - 1] ?? '') !== /\p{Script=Han}/u.test(text[i] ?? '')) boundaries.add(i);
	}
	return boundaries;
}

/** Product words that follow a brand. */
const PRODUCT_AFTER = /^(?:POS|pos|Pos|刷卡机|电签|支付POS|支付pos|品牌|客服|官方|官网|旗下|商户|APP|app)/u;

/**
 * A name the page uses as a brand: at least twice, and almost always right before a product word (新易刷POS机 … 新易刷
 * POS机). A verb or a noun that happens to stand before POS机 once (需要检查POS机) is used elsewhere too.
 */
function isProductName(lines: readonly DocumentLine[], name: string, strict = true): boolean {
	let total = 0;
	let beforeProduct = 0;
	for (const { text } of lines) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
			total++;
			if (PRODUCT_AFTER.test(text.slice(at + name.length).replace(/^支付/u, '支付'))) beforeProduct++;
		}
	}
	return total >= 2 && (strict ? beforeProduct / total >= 0.8 : beforeProduct >= 2) && !isCommonWords(name);
}

/**
 * True when the name is made of dictionary words only (那么, 可能影响 = 可能 + 影响): a brand is a coined name that
 * the segmenter splits into single characters somewhere (新|易|刷, 聚|赢家).
 */
function isCommonWords(name: string): boolean {
	return [...SEGMENTER.segment(name)].every((segment) => [...segment.segment].length >= 2);
}

export const brandMentionRule: WordsRule = {
	id: 'brand-mention',
	scope: 'words',
	description:
		'Brand names are removed from the sentences that mention them, which stay (拉卡拉POS机在消费刷卡时出现错误代码05 → POS机在消费刷卡时出现错误代码05): the brands of promotion/brands.yaml, and names the page itself puts before a product word at least twice (新易刷POS机, 东付通POS机) unless they are generic (promotion/brands.yaml productModifiers: 电签, 智能, 移动, 银联, 正规…). A list of brands given as examples (如拉卡拉、随行付等) goes whole. 银联 and the banks are not brands.',
	examples: {
		removes: [
			'拉卡拉POS机在消费刷卡时出现错误代码05。',
			'银联商务的客服表示,商户信息变更后需要重新签到。',
			'必须持有央行颁发的《支付业务许可证》,如拉卡拉、随行付等。',
			'使用新易刷POS机刷卡时提示读卡失败。\n如果新易刷POS机的读卡头发生故障,需要送修。',
		],
		keeps: [
			'银联规定,POS机交易失败但扣款的,应在7个工作日内退回。',
			'使用电签POS机时先签到。\n电签POS机无需电话线。',
			'这台POS机刷卡没有反应。',
		],
	},
	collect: brandsOf,
	spans(text, context) {
		const pattern = brandPattern(context.collected.get('brand-mention') ?? []);
		if (!pattern) return [];
		const boundaries = wordBoundaries(text);
		// A brand only where it is a word of its own: 宝付 is not in 支付宝付款.
		return [...text.matchAll(pattern)]
			.filter((m) => boundaries.has(m.index) && boundaries.has(m.index + m[0].length))
			.map((m) => [m.index, m.index + m[0].length] as Span);
	},
};
