import { derivedRegExp } from './shared.ts';
import type { Lexicon, Span, WordsRule } from './types.ts';

/** How far around a product or brand a salad run is looked for (runs are short: a few tokens of 2–5 characters). */
const SALAD_WINDOW = 40;

/** A run of two or more salad tokens (brands, cities, products, strong and weak salad words), spaces allowed between. */
function saladRun(lexicon: Lexicon): RegExp {
	return derivedRegExp(lexicon, 'salad-run', (l) => {
		const token = [l.brands, l.cities, l.products, l.saladStrong, l.saladWeak, l.saladVerbs].map((r) => `(?:${r.source})`).join('|');
		return new RegExp(`(?:${token})(?: ?(?:${token}))+`, 'giu');
	});
}

/** Counts the tokens of a run by class; tokens are matched greedily left to right. */
function classify(run: string, lexicon: Lexicon): { product: boolean; strong: number; verb: boolean } {
	let product = false;
	let strong = 0;
	let verb = false;
	const token = derivedRegExp(lexicon, 'salad-token', (l) => {
		const classes = [l.brands, l.cities, l.products, l.saladStrong, l.saladVerbs, l.saladWeak].map((r) => `(${r.source})`).join('|');
		return new RegExp(`(?:${classes})`, 'giu');
	});
	for (const match of run.matchAll(token)) {
		const [, brand, city, productWord, strongWord, verbWord] = match;
		if (brand) {
			product = true;
			strong++;
		} else if (city) strong++;
		else if (productWord) product = true;
		else if (strongWord) strong++;
		else if (verbWord) verb = true;
	}
	return { product, strong, verb };
}

/**
 * Keyword salad stuffed into a sentence (“随着电子支付的普及官网pos机个人免费申请选择…”): a run of salad tokens that has
 * a product or brand and either two strong tokens, or one strong token and a verb, is removed; the sentence stays.
 */
export const keywordSaladRule: WordsRule = {
	id: 'keyword-salad',
	scope: 'words',
	description:
		'Keyword salad: a run of brand/city/product/salad tokens (promotion/salad.yaml, cities.yaml, brands.yaml) with a product or brand and two strong tokens (正规, 官网, 免费, city, brand…) or one strong token and a verb (申请, 办理…) is removed; the sentence around it stays. “正规POS机” alone and “拉卡拉POS机” alone stay.',
	examples: {
		removes: ['随着电子支付的普及,官网POS机个人免费申请,选择使用银行卡进行支付。', '刷卡失败时北京正规POS机应先检查网络。'],
		keeps: ['建议使用正规POS机,避免信息泄露。', '使用电签POS机时,如提示交易超时,应先检查网络。', '银行可以免费办理挂失。'],
	},
	spans(text, context): Span[] {
		// Every qualifying run has a strong token (a brand, a city or a salad word): most factual lines have none.
		const strong = derivedRegExp(
			context.lexicon,
			'salad-strong',
			(l) => new RegExp(`${l.saladStrong.source}|${l.cities.source}|${l.brands.source}`, 'iu'),
		);
		if (!strong.test(text)) return [];
		// A qualifying run contains a product or brand: look only in windows around those (cheap to find), not the whole line.
		const anchors = derivedRegExp(context.lexicon, 'salad-anchor', (l) => new RegExp(`${l.products.source}|${l.brands.source}`, 'giu'));
		const spans: Span[] = [];
		let covered = 0;
		for (const anchor of text.matchAll(anchors)) {
			if (anchor.index < covered) continue;
			const from = Math.max(covered, anchor.index - SALAD_WINDOW);
			const window = text.slice(from, anchor.index + anchor[0].length + SALAD_WINDOW);
			for (const match of window.matchAll(saladRun(context.lexicon))) {
				const { product, strong, verb } = classify(match[0], context.lexicon);
				if (product && (strong >= 2 || (strong >= 1 && verb))) spans.push([from + match.index, from + match.index + match[0].length]);
			}
			covered = from + window.length;
		}
		return spans;
	},
};
