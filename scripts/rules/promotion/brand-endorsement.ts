import { mentionsBrand } from './shared.ts';
import type { LineRule } from './types.ts';

/**
 * A brand together with praise or a licence claim in the same line: an endorsement (“拉卡拉pos机,大品牌,持有央行颁发的
 * 支付牌照”). A brand as the subject of a factual statement (“银联商务的客服表示…”) has no praise and stays.
 */
export const brandEndorsementRule: LineRule = {
	id: 'brand-endorsement',
	scope: 'line',
	description:
		'A line naming a payment/POS brand (promotion/brands.yaml) together with praise or a licence claim (promotion/praise.yaml) is an endorsement and is removed whole. A brand in a factual statement, without praise, stays; 银联 and banks are not brands.',
	examples: {
		removes: ['拉卡拉pos机,大品牌,持有央行颁发的支付牌照,是正规一清pos机。', '盛付通POS机拥有支付许可证,为商家提供安全可靠的POS机服务。'],
		keeps: ['银联规定,POS机交易失败但扣款的,应在7个工作日内退回。', '使用电签POS机时,如提示交易超时,应先检查网络。'],
	},
	matches: (line, context) => mentionsBrand(line, context) && context.lexicon.praise.test(line),
};
