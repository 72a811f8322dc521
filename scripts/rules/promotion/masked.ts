import type { Span, WordsRule } from './types.ts';

/**
 * Masked or garbled words that cannot be restored: asterisks in place of characters (`无**确读取`, `廈門****交易`,
 * `非***本人`) and characters lost to a broken encoding (`因?yàn)閿`, `??傊?`, `卡?!   ?.`). The sentence around each is
 * withheld: it is never published with a hole or a mask. Masks inside known domain words (`刷*卡`) are restored earlier,
 * by the de-obfuscation table, and never reach this rule.
 */
const MASKED =
	/\*{3,}|(?<=[\p{Script=Han}A-Za-z0-9])\*{2}(?=[\p{Script=Han}A-Za-z0-9])|\?[a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]{1,6}\)|\?{2,}|\?\s*[!！]|\s\?\.|\uFFFD/gu;
/**
 * Where a sentence ends, for this rule: full stops and semicolons only. Half-width ? and ! are left out because broken
 * encodings produce them, so a garbled sentence is never cut at its own garbage.
 */
const SENTENCE_END = /[。！；;]/u;

export const maskedTextRule: WordsRule = {
	id: 'masked-text',
	scope: 'words',
	description:
		'A sentence with a masked or garbled word that cannot be restored is withheld (up to the full stops around it): three or more asterisks (廈門****交易, 非***本人), two asterisks between characters (无**确读取), a question mark followed by the pinyin of the lost character (因?yàn)閿), runs of question marks (??傊?, ?!   ?.) and U+FFFD. Runs after markdown-markup, so **emphasis** pairs are already gone. A question mark ending a question (交易失败了吗?跳过这一步) and the * key (按*号键) are not masks.',
	examples: {
		removes: [
			'假如卡片受到损坏,POS机的读卡器可能无**确读取卡片上的信息。',
			'偽卡是指非***本人所使用的卡。',
			'為什么會收到短信了但是沒出pos小票,是因?yàn)閿?shù)據已經走到了發卡行。',
			'请确认是你自己的卡?!   ?.请尽量保留商户签单的存根联。',
		],
		keeps: ['交易失败了吗?跳过这一步,直接查询余额!', '按*号键返回上一级菜单。', '交易失败了怎么办? 先查询余额。'],
	},
	spans(text) {
		const spans: Span[] = [];
		for (const match of text.matchAll(MASKED)) {
			let start = match.index;
			while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
			let end = match.index + match[0].length;
			while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++;
			spans.push([start, Math.min(text.length, end + 1)]);
		}
		return spans;
	},
};
