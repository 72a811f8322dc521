import type { Span, WordsRule } from './types.ts';

/** Switching to a named product: a brand, or a product with a model word (新款, 同款, XX牌, 我们推荐的…). */
const SWITCH = /(?:换了|换成了?|改用了?|用上了|买了|入手了?)/u;
const NAMED_PRODUCT =
	/(?:新款|同款|型号|牌的?|品牌的?|推荐的)[^,，。;；!！?？]{0,6}(?:POS|电签|刷卡机|收款机|机器|机子)|(?:POS|电签|刷卡机)[^,，。;；!！?？]{0,2}新款/iu;
/** The testimonial: no problem since, or a recommendation to the reader. */
const CLAIM =
	/再也没|再没|没再|从没|从来没|一次[^,，。;；!！?？]{0,10}(?:都|也)没|推荐大家|大家(?:也|可以)?(?:试试|参考)|(?:老板|商户|朋友|大家)们?可以参考|值得(?:一)?试/u;
const SENTENCE = /[^。!！?？]+[。!！?？]*/gu;

/**
 * An advertisement told as the end of a case: someone switched to a named product and has had no problem since, or the
 * reader is told to try it (“后来换了一台XX新款电签POS，再也没出过问题”). Replacing a broken terminal with “a new
 * one” is a remedy and stays: the rule needs a brand or a model word before the product, and the claim.
 */
export const productTestimonialRule: WordsRule = {
	id: 'product-testimonial',
	scope: 'words',
	description:
		'A sentence in which someone switches to a named product (a brand from promotion/brands.yaml, or 新款/同款/XX牌/我们推荐的 before POS, 电签, 刷卡机…) and claims no problem since or recommends it (再也没…, 一次…都没, 推荐大家, 可以参考) is an advertisement disguised as a case; the sentence is removed. “换了一台新的POS机后恢复正常” (a remedy, no model word, no claim) stays.',
	examples: {
		removes: [
			'重新签到之后就恢复正常了。后来他干脆换了一台智刷宝新款电签POS，到现在用了大半年一次密码错误都没再出过，老板们可以参考。',
			'事后老板咨询了我们，换成了我们推荐的某某电签POS，自带双网络，再也没出现过扣两次钱的情况。',
			'现在她店里已经用上了乐刷电签，插电就能用，几个月下来一次故障也没有，推荐大家也试试。',
		],
		keeps: [
			'读卡器坏了，后来换了一台新的POS机，再也没出现读不了卡的情况。',
			'商户改用了备用网络，交易恢复正常。',
			'使用电签POS机时，如提示交易超时，应先检查网络。',
		],
	},
	spans(text, context): Span[] {
		if (!SWITCH.test(text) || !CLAIM.test(text)) return [];
		const spans: Span[] = [];
		for (const match of text.matchAll(SENTENCE)) {
			const sentence = match[0];
			const switched = SWITCH.exec(sentence);
			if (!switched || !CLAIM.test(sentence)) continue;
			const after = sentence.slice(switched.index);
			if (NAMED_PRODUCT.test(after) || context.lexicon.brands.test(after)) spans.push([match.index, match.index + sentence.length]);
		}
		return spans;
	},
};
