import type { DocumentRule } from './types.ts';

/** Longest line taken as a linked article title. */
const MAX_LINK_TITLE = 40;
const SENTENCE_PUNCTUATION = /[,，。;；:：]/u;
/** A bulleted link line (“▶ 刷卡到账慢的真相，很多人都不知道”): a linked title may have a comma, never a full stop. */
const BULLETED_TITLE = /^[▶►▷→·•■□●◆◇★☆]\s*[^。;；]+$/u;
/** A numbered link line (“1、 花两万请主播带货,实际仅成交62单!商户要求退费,法院判了”): a headline may have a comma or a !. */
const NUMBERED_TITLE = /^\d{1,2}\s*[、.．]\s*[^。;；:：]{4,50}$/u;
/**
 * The excerpt a content farm prints under a linked title, cut off mid-sentence: it does not end a sentence (据“山东高法”微信号,…
 * 网络主播黄薇(网名:). An excerpt that ends its sentence is not told from the article's text and stays.
 */
const CUT_OFF = /[^。！？!?”」』)）.…]$/u;

/**
 * “相关推荐” / “猜你喜欢” / “推荐阅读” lists: the heading and the short article-title lines after it (no sentence
 * punctuation), until a longer line. Site furniture.
 */
export const relatedLinksRule: DocumentRule = {
	id: 'related-links',
	scope: 'document',
	phase: 'before',
	description:
		'A related-articles list: a heading such as 相关推荐, 相关问答, 推荐阅读, 猜你喜欢, 大家还在看, 你可能还喜欢, also after a bullet or arrow (relatedHeadings in promotion/furniture.yaml, also 往期推荐) and the following short title lines without sentence punctuation; a bulleted title line (▶, ·, •, →) may contain a comma but no full stop, and so may a numbered headline (1、 花两万请主播带货,实际仅成交62单!…), whose excerpt under it goes too when it is cut off mid-sentence (…网络主播黄薇(网名:). Also a content farm’s heading naming the article (>相关《…》内容:). An excerpt that ends its sentence stays.',
	examples: {
		removes: [
			'重启POS机后再试。\n相关推荐\nPOS机刷卡显示余额不足怎么办\n信用卡刷不了是什么原因',
			'重启POS机后再试。\n大家还在看\nPOS机交易超时是不是扣钱了',
			'重启POS机后再试。\n→ 相关问答\n信用卡退款多久到账',
			'重启POS机后再试。\n你可能还喜欢：\n· 刷卡机参数怎么下载',
			'重启POS机后再试。\n往期推荐\n▶ 签到失败怎么办？看完就懂\n▶ 交易超时，钱到底扣没扣',
			// A finance blog (heldout-15, p-ce6c814257): the heading names the article, a numbered headline, its cut-off excerpt.
			'重启POS机后再试。\n>相关《信用卡天书商户是什么意思?可以这么判断》内容:\n1、 花两万请主播带货,实际仅成交62单!商户要求退费,法院判了\n据“山东高法”微信号,近两年的直播行业并不算太平,卖假货、偷税漏税等问题层出不穷。近日,网络主播黄薇(网名:',
		],
		keeps: [
			'一、原因分析\n网络不稳定\n卡片损坏',
			'二、处理步骤\n▶ 先查询余额，再重新刷卡',
			'一、常见原因\n1、网络不稳定,信号弱\n余额不足时交易会被拒绝。',
		],
	},
	select(lines, context) {
		const selected: number[] = [];
		for (let index = 1; index < lines.length; index++) {
			if (!context.lexicon.relatedHeadings.test(lines[index]?.text ?? '')) continue;
			selected.push(index);
			let next = index + 1;
			let afterNumberedTitle = false;
			for (; next < lines.length; next++) {
				const text = lines[next]?.text ?? '';
				const numbered = NUMBERED_TITLE.test(text);
				// The cut-off excerpt under a numbered link title belongs to it.
				if (afterNumberedTitle && !numbered && CUT_OFF.test(text)) {
					selected.push(next);
					afterNumberedTitle = false;
					continue;
				}
				if (!numbered && (text.length > MAX_LINK_TITLE || (SENTENCE_PUNCTUATION.test(text) && !BULLETED_TITLE.test(text)))) break;
				selected.push(next);
				afterNumberedTitle = numbered;
			}
			index = next - 1;
		}
		return selected;
	},
};
