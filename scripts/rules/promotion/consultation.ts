import { derivedRegExp } from './shared.ts';
import type { ClauseRule } from './types.ts';

/**
 * A call to consult an unnamed helper — 咨询官方客服, 寻求专业帮助, 联络我们的支援专员 — closes many vendor pages: it sends
 * the reader to the vendor, not to an institution that can act. Naming who can act (发卡行, 银行客服, 95516) is a fact.
 */
const VERB = '(?:咨询|寻求|联系|联络|求助于?|找)';
/** What makes it a call to the reader: advice or a need before the verb (a heading 寻求专业帮助 alone is not one). */
const LEAD = '(?:建议|需要|需|请|可以|可|应|应该|务必|最好|及时|不妨)';

export const consultationCallRule: ClauseRule = {
	id: 'consultation-call',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause that advises or tells the reader (建议, 需要, 请, 可以, 务必… before the verb) to consult (咨询, 寻求, 联系, 联络) a helper it does not name — official or online customer service, professional help, “our” staff (promotion/contacts.yaml consultationTargets: 官方客服, 在线客服, 专业帮助, 专业人士, 我们的支援专员, 我们网站的客服…) — is a consultation call and is removed. A clause naming who can act (联系发卡行, 拨打中国银联客服热线95516咨询, 联系收单机构) stays, and so does a heading 寻求专业帮助 with no advice before it.',
	examples: {
		removes: [
			'建议大家在办理POS押金退款时咨询官方客服了解详细信息哦',
			'一旦出现资金冻结的情况,需要寻求专业帮助进行商户资金解冻,才能将资金提现至银行账户。',
			'如有疑问,请联络我们的支援专员。',
		],
		keeps: ['如有疑问请拨打中国银联客服热线95516咨询。', '联系发卡行客服查询交易状态。', '到账延迟时联系收单机构核实清算状态。'],
	},
	matches(clause, context) {
		const pattern = derivedRegExp(
			context.lexicon,
			'consultation-call',
			(l) => new RegExp(`${LEAD}[^,，。;；]{0,16}?${VERB}\\s*(?:大家|您|你)?\\s*(?:${l.consultationTargets.source})`, 'iu'),
		);
		return pattern.test(clause);
	},
};
