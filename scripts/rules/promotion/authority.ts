import type { Span, WordsRule } from './types.ts';

/**
 * An anonymous authority put in front of a quote (“金融专家李教授说:”, “某银行业内人士表示,”, “一位资深分析师指出:”): the
 * unnamed expert is the page's invention, not a source. Only the attribution goes; the sentence after it stays and is
 * judged by the other rules like any other. A named institution (“中国银联表示”, “央行指出”) is a source and stays.
 */
const AUTHORITY = new RegExp(
	'(?:(?:某|一位|一名|有|据)?(?:资深|知名|著名|权威|金融|支付|银行|行业|业内|法律|安全)?' +
		'(?:专家|教授|博士|分析师|业内人士|权威人士|知情人士|从业者|老师)' +
		'(?:[\\p{Script=Han}]{1,2}(?:教授|博士|老师|先生|女士))?|[王李张刘陈杨赵黄周吴][教博老](?:授|士|师))' +
		'(?:曾经|也|就)?(?:说|表示|指出|认为|提醒|建议|强调|坦言)(?:道)?[:：,，]\\s*',
	'gu',
);

export const authorityQuoteRule: WordsRule = {
	id: 'authority-quote',
	scope: 'words',
	description:
		'The attribution of a quote to an anonymous authority (金融专家李教授说:, 业内人士表示, 一位资深分析师指出:) is removed; the quoted ' +
		'sentence stays for the other rules. Attributions to a named institution (中国银联表示, 发卡行提醒) are sources and stay.',
	examples: {
		removes: ['金融专家李教授说:“交易系统的稳定性直接影响商户。”', '业内人士表示,刷卡失败多数与网络有关。'],
		keeps: ['中国银联表示,交易失败时资金会自动退回。', '发卡行提醒:请勿在陌生商户刷卡。', '专家建议的方法并不适用于所有终端。'],
	},
	spans(text): Span[] {
		return [...text.matchAll(AUTHORITY)].map((match) => [match.index, match.index + match[0].length] as const);
	},
};
