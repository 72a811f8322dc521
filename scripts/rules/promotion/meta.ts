import type { ClauseRule, Span, WordsRule } from './types.ts';

/**
 * Commentary about the article itself: “本文将从多个角度…”, “希望本文能够帮助…”, “以上就是…” — from the clause that
 * starts it to the end of its sentence.
 */
export const metaCommentaryRule: ClauseRule = {
	id: 'meta-commentary',
	scope: 'clause',
	extent: 'sentence',
	containment: false,
	description:
		'Meta-commentary about the article (本文将…, 本文从…, 希望本文…, 以上就是…, 小编…; promotion/furniture.yaml metaCommentary): removed from the clause that starts it to the end of the sentence. “通过本文的分析,我们了解到…” summarises facts and stays.',
	examples: {
		removes: [
			'这种拒绝可能影响业务运营,本文将从多个角度出发,深入探讨如何妥善处理。',
			'希望本文能够帮助读者更好地了解POS机刷卡失败的问题。',
			'如果还有不懂的,可以在下方评论区留言。',
			'其实大部分资金不会丢失,下面就来详细说一说。',
		],
		keeps: [
			'通过本文的阐述和分析,我们了解到交易拒绝的原因可能包括卡片问题。',
			'本地商户应定期检查设备。',
			'如有疑问,请拨打发卡行客服电话查询。',
			'下面来看具体的处理步骤:先查询余额。',
		],
	},
	matches: (clause, context) => context.lexicon.metaCommentary.test(clause),
};

/**
 * Label lines: “关键词:…” / “标签:…” go whole (a keyword list is not content); “拓展阅读:” loses only the label, because
 * the text after it is often the article itself.
 */
export const metaLabelRule: WordsRule = {
	id: 'meta-label',
	scope: 'words',
	description:
		'Keyword lines (关键词:…, 标签:…) are removed whole; reading labels (拓展阅读:, 延伸阅读:) lose only the label and the text after them stays.',
	examples: {
		removes: ['关键词:POS机、银行卡、交易拒绝', '拓展阅读:', '延伸阅读:在使用POS机进行交易时,有时会遇到交易被拒绝的情况。'],
		keeps: ['交易关键在于网络稳定。', '阅读说明书后再操作POS机。'],
	},
	spans(text, context): Span[] {
		if (context.lexicon.metaLabels.test(text)) return [[0, text.length]];
		const label = context.lexicon.readingLabels.exec(text);
		return label && label.index === 0 ? [[0, label[0].length]] : [];
	},
};
