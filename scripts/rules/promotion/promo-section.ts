import { urlRegExp } from '../url.ts';
import { hasObfuscatedDomain, hasPhoneNumber, mentionsBrand, messengerIdRegExp, NUMBERING } from './shared.ts';
import type { DocumentRule, RuleContext } from './types.ts';

const URL = new RegExp(urlRegExp().source, 'iu');
const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Longest line that can open a section (a heading, not a paragraph). */
const MAX_HEADING_LENGTH = 60;

/** A line that belongs to a promotional section: it names a brand, praises, sells, or gives a contact. */
export function isPromotional(text: string, context: RuleContext): boolean {
	const { lexicon } = context;
	return (
		mentionsBrand(text, context) ||
		lexicon.praise.test(text) ||
		lexicon.callsToAction.test(text) ||
		lexicon.feeOffers.test(text) ||
		lexicon.recruitment.test(text) ||
		lexicon.contactInvitations.test(text) ||
		URL.test(text) ||
		hasObfuscatedDomain(text) ||
		hasPhoneNumber(text) ||
		messengerIdRegExp(lexicon).test(text) ||
		// A bare list item naming a product (“4.随行支付POS机”) is a list entry of the section.
		(text.length <= 25 && NUMBERING.test(text) && lexicon.products.test(text) && !/[,，。;；]/u.test(text))
	);
}

/**
 * A brand ranking / recommendation / how-to-apply section: a heading (“XX机品牌排行”, “个人POS机哪家强?”,
 * “拉卡拉电签pos机哪里可以申请?”, “关于拉卡拉pos机简单介绍”, or the title with a tail `<title>,<tail>`) and every
 * following line that names a brand, praises, sells or gives a contact, until factual content resumes.
 */
export const promoSectionRule: DocumentRule = {
	id: 'promo-section',
	scope: 'document',
	phase: 'before',
	description:
		'A promotional section: a ranking/recommendation/how-to-apply heading (section cues in promotion/praise.yaml) or the title repeated with a tail, and the following lines that mention a brand, praise, a call to action, a fee offer, a URL or a contact; the section ends at the first line without any (factual content resumes).',
	examples: {
		removes: [
			'检查网络连接。\n个人POS机品牌排行\n1.拉卡拉POS机\n拉卡拉是国内领先的支付公司,口碑很好。\n2.乐刷POS机\n乐刷支付牌照齐全,值得选择。\n3、定期维护POS机。',
			'检查网络连接。\nPOS机刷卡失败的原因及解决方法,电签POS机哪里可以申请?\n1.官网申请:访问官网填写信息即可免费申请。\n定期维护POS机。',
			'检查网络连接。\n2025年十大正规POS机品牌排行榜\n第一名:拉卡拉电签POS,老牌机构。\n第二名:某某掌柜——刷卡、扫码都支持,售后响应快。\n定期维护POS机。',
			'检查网络连接。\n刷卡超限怎么办,推荐一款额度高的POS机\n现在很多老板都在用某某智能POS,单笔最高5万。\n定期维护POS机。',
			'检查网络连接。\nPOS机冲正退款慢?选对机器很重要!\n1.乐刷 2.某某宝\n定期维护POS机。',
		],
		keeps: [
			'一、原因分析\n银联规定,收单机构应及时处理差错交易。\n二、解决方法\n联系发卡银行查询交易状态。',
			'五、换一张卡支付\n第二次刷卡仍失败的,请顾客换一张卡。',
		],
	},
	select(lines, context) {
		const selected: number[] = [];
		const title = compact(context.title);
		for (let index = 1; index < lines.length; index++) {
			const text = lines[index]?.text ?? '';
			const line = compact(text);
			const opens =
				(text.length <= MAX_HEADING_LENGTH && context.lexicon.sectionHeadings.test(text)) ||
				(title.length >= 4 && line.startsWith(title) && line.length > title.length);
			if (!opens) continue;
			selected.push(index);
			let next = index + 1;
			while (next < lines.length && isPromotional(lines[next]?.text ?? '', context)) {
				selected.push(next);
				next++;
			}
			index = next - 1;
		}
		return selected;
	},
};
