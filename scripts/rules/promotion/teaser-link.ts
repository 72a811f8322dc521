import type { Span, WordsRule } from './types.ts';

/**
 * The text of a link glued after a sentence (。瞭解如何驗證付款方法 at the end of a line: a help page's "learn how" link),
 * or a sentence that calls the reader to read on (立即了解如何…): 了解/瞭解 + 如何/更多/可/有关/哪些 opening a tail with no
 * sentence punctuation to the end of the line, or opened by 立即/马上/赶快.
 */
const GLUED_TEASER = /(?<=[。！？!?]\s*)[了瞭]解(?:如何|更多|可|有关|有關|哪些|怎么|怎麼)[^。！？!?，,；;：:\n]*$/u;
const CALL_TEASER = /(?<=^|[。！？!?]\s*)(?:立即|马上|馬上|赶快|趕快|现在就|現在就)[了瞭]解[^。！？!?\n]*[。！？!?]?/gu;

export const teaserLinkRule: WordsRule = {
	id: 'teaser-link',
	scope: 'words',
	description:
		'A teaser link glued after a sentence — 了解/瞭解 + 如何/更多/可/有关/哪些 running to the end of the line with no sentence punctuation (。瞭解如何驗證付款方法) — and a sentence that calls the reader to read on (立即了解如何…, 马上了解…) are removed; the sentence before stays. 了解 inside a sentence (请先了解交易失败的原因。) or a terminated sentence of its own stays.',
	examples: {
		removes: [
			'如系統要求您驗證付款方法,請從清單上選擇選項。瞭解如何驗證付款方法',
			'交易失败时先查询交易状态。立即了解如何轻松应对这一挑战,让您的支付体验如丝般顺畅!',
		],
		keeps: ['请先了解交易失败的原因,再联系发卡行。', '交易失败时先查询交易状态。了解错误代码及解决方式。'],
	},
	spans(text) {
		const spans: Span[] = [];
		const glued = GLUED_TEASER.exec(text);
		if (glued) spans.push([glued.index, glued.index + glued[0].length]);
		for (const match of text.matchAll(CALL_TEASER)) spans.push([match.index, match.index + match[0].length]);
		return spans;
	},
};
