import type { DocumentRule } from './types.ts';

/**
 * A documentation site's navigation left in the text, judged by form: a long run of bulleted labels (a menu tree:
 * 交易下单 / 获取跳转收银台 / 退款 / 风控管理 …) and a label written twice on one line (the site's section name as
 * logo and heading: 商户接入指南 商户接入指南). An article's list is numbered, shorter, or has sentences.
 */

/** A bullet (not a number) before the label. */
const BULLET = /^\s*[-*•·▪◦]\s*/u;
/** Longest label of a menu item, in characters. */
const MAX_LABEL = 14;
/** Consecutive bulleted labels that make a menu. */
export const MIN_MENU_ITEMS = 8;
const SENTENCE_MARK = /[。,，;；:：!?！？…]/u;

function isMenuItem(text: string): boolean {
	if (!BULLET.test(text)) return false;
	const label = text.replace(BULLET, '').trim();
	return label !== '' && label.length <= MAX_LABEL && !SENTENCE_MARK.test(label);
}

/** A label written twice, separated by space: "商户接入指南 商户接入指南". */
function isDoubledLabel(text: string): boolean {
	const match = /^(\S.{0,19}?)\s+(\S.{0,19})$/u.exec(text.trim());
	return match !== null && match[1] === match[2] && !SENTENCE_MARK.test(match[1] ?? '');
}

export const navigationMenuRule: DocumentRule = {
	id: 'navigation-menu',
	scope: 'document',
	phase: 'after',
	articleOnly: true,
	description: `A documentation site's menu: ${MIN_MENU_ITEMS}+ consecutive bulleted labels (•/-/*, at most ${MAX_LABEL} characters, no sentence punctuation: 交易下单, 获取跳转收银台, 退款, 风控管理 …) go as a block; so does a label written twice on one line (商户接入指南 商户接入指南, the site's section name as logo and heading), which is never the title. A numbered list, a shorter bulleted list (- 商户信息错误 / - 网络连接问题, six causes) and items with sentences stay.`,
	examples: {
		removes: [
			'• 交易下单\n• 获取跳转收银台\n• 收银台SDK参数\n• 退款\n• 预授权确认\n• 预授权取消\n• 交易查询\n• 快捷支付\n• 风控管理',
			'商户接入指南 商户接入指南\n商户可以通过查询订单接口主动查询订单状态。',
		],
		keeps: [
			'- 商户信息错误\n- 商户账号问题\n- 刷卡机软件问题\n- 网络连接问题\n- 其他原因',
			'1. 余额不足\n2. 卡片过期\n3. 密码错误\n4. 超出限额\n5. 卡片被冻结\n6. 网络故障\n7. 商户受限\n8. 系统维护',
		],
	},
	rejectsTitle: (text) => isDoubledLabel(text),
	select(lines) {
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index > 0 && isDoubledLabel(text)) selected.push(index);
		});
		for (let start = 1; start < lines.length; ) {
			let end = start;
			while (end < lines.length && isMenuItem(lines[end]?.text ?? '')) end++;
			if (end - start >= MIN_MENU_ITEMS) for (let index = start; index < end; index++) selected.push(index);
			start = end > start ? end : start + 1;
		}
		return selected;
	},
};
