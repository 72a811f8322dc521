import { derivedRegExp } from './shared.ts';
import type { ClauseRule } from './types.ts';

/**
 * A call to consult an unnamed helper — 咨询官方客服, 寻求专业帮助, 联络我们的支援专员 — closes many vendor pages: it sends
 * the reader to the vendor, not to an institution that can act. Naming who can act (发卡行, 银行客服, 95516) is a fact.
 */
const VERB = '(?:咨询|寻求|联系|联络|求助于?)';

export const consultationCallRule: ClauseRule = {
	id: 'consultation-call',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause that sends the reader to consult (咨询, 寻求, 联系, 联络) a helper it does not name — official or online customer service, professional help, “our” staff (promotion/contacts.yaml consultationTargets: 官方客服, 在线客服, 专业帮助, 专业人士, 我们的支援专员, 我们网站的客服…) — is a consultation call and is removed. A clause naming who can act (联系发卡行, 拨打中国银联客服热线95516咨询, 联系收单机构) stays, and so does advice to seek professional help that names none (寻求专业帮助,例如咨询律师).',
	examples: {
		removes: [
			'建议大家在办理POS押金退款时咨询官方客服了解详细信息哦',
			'一旦出现资金冻结的情况,需要寻求专业帮助进行商户资金解冻,才能将资金提现至银行账户。',
			'如有疑问,请联络我们的支援专员。',
			'如有疑问可咨询我们的在线客服',
		],
		keeps: [
			'如有疑问请拨打中国银联客服热线95516咨询。',
			'联系发卡行客服查询交易状态。',
			'到账延迟时联系收单机构核实清算状态。',
			'如果以上方法都未能解决问题,消费者可以寻求专业帮助,例如咨询律师。',
		],
	},
	matches(clause, context) {
		const pattern = derivedRegExp(
			context.lexicon,
			'consultation-call',
			(l) => new RegExp(`${VERB}\\s*(?:大家|您|你)?\\s*(?:${l.consultationTargets.source})`, 'iu'),
		);
		return pattern.test(clause);
	},
};
