import type { ClauseRule } from './types.ts';

/** Calls to apply, buy or claim (“免费申请”, “办理入口”, “点击网址进入申请页面”, “按要求填写提交申请信息”). */
export const callToActionRule: ClauseRule = {
	id: 'call-to-action',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause calling to apply, buy or claim (promotion/calls-to-action.yaml: 免费申请, 办理入口, 领取, 点击网址进入申请页面, 按要求填写提交申请信息, 哪里可以申请POS机…) is removed. 申请退款 or 申请调单 are factual and do not match.',
	examples: {
		removes: [
			'点击网址进入申请页面,按要求填写提交申请信息。',
			'个人POS机0元领取,包邮到家',
			'哪款刷卡机到账快?',
			'申请入口',
			'现在很多老板都在用,个人也能办',
			'前100名免费领取',
			'有兴趣的可以添加 备注:学习,我拉你进课程交流群',
			'对网络推广感兴趣的朋友每周都有干货免费分享',
			'Reach out today, we are here to help keep things moving.',
			'Want guided troubleshooting? Try the Example POS Support Assistant (Free).',
		],
		keeps: [
			'商户可向收单机构申请调单,核实交易。',
			'消费者可以申请退款,银行一般在7个工作日内处理。',
			'个人信用卡的单笔限额一般为5万元。',
			'排在前3名的原因是网络、余额和密码。',
			'商户可以在收款App里添加店员账号。',
			'If the reader does not respond, contact your card issuer.',
		],
	},
	matches: (clause, context) => context.lexicon.callsToAction.test(clause),
};

/** Price and fee offers (“费率0.38”, “秒到”, “不涨价”, “免押金”). */
export const feeOfferRule: ClauseRule = {
	id: 'fee-offer',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause with a price or fee offer (promotion/offers.yaml feeOffers: 费率0.38, 秒到, 不涨价, 免押金, 送流量卡) is removed. A fee stated as a fact (手续费损失, 费率为0.6%) stays.',
	examples: {
		removes: [
			'费率0.38永不涨价,秒到账。',
			'现在办理免押金,还送流量卡',
			'现在办理还送一年流量费。',
			'首刷立减50元!',
			'还送388元激活红包。',
			'领取免费试用名额',
		],
		keeps: [
			'商家因交易失败产生了一笔不必要的手续费损失。',
			'按规定,借记卡交易的费率为0.5%。',
			'流量卡到期前及时续费,不要等到停机了才处理。',
			'收款码收到的微信红包不会经过POS机。',
		],
	},
	matches: (clause, context) => context.lexicon.feeOffers.test(clause),
};

/** Franchise and agent recruitment (“招代理”, “加盟”, “分润”). */
export const recruitmentRule: ClauseRule = {
	id: 'recruitment',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause recruiting agents or franchisees (promotion/offers.yaml recruitment: 招代理, 代理加盟, 欢迎加盟, 免费代理, 分润) is removed. 加盟店 in a factual sentence stays.',
	examples: {
		removes: ['全国火热招商,诚招代理,分润日结。', '欢迎加盟', '卡拉合伙人免费代理'],
		keeps: ['某连锁加盟店的POS机频繁出现交易超时。'],
	},
	matches: (clause, context) => context.lexicon.recruitment.test(clause),
};
