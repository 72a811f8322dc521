import type { Span, WordsRule } from './types.ts';

/**
 * Masked or garbled words that cannot be restored: asterisks in place of characters (`无**确读取`, `廈門****交易`,
 * `非***本人`), characters lost to a broken encoding (`因?yàn)閿`, `??傊?`, `卡?!   ?.`) and numeric character references
 * whose `&` was lost with a byte (`由于当地?#21335;?#24815;`: the characters around them are gone too). The sentence around each is
 * withheld: it is never published with a hole or a mask. Masks inside known domain words (`刷*卡`) are restored earlier,
 * by the de-obfuscation table, and never reach this rule.
 */
const MASKED =
	/\?#\d{2,6};?|(?<![&\w])#\d{4,6};|\*{3,}|(?<=[\p{Script=Han}A-Za-z0-9])\*{2}(?=[\p{Script=Han}A-Za-z0-9])|\?[a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]{1,6}\)|\?{2,}|\?\s*[!！]|\s\?\.|\uFFFD/gu;
/**
 * Where a sentence ends, for this rule: full stops and semicolons only. Half-width ? and ! are left out because broken
 * encodings produce them, so a garbled sentence is never cut at its own garbage.
 */
const SENTENCE_END = /[。！；;]/u;

export const maskedTextRule: WordsRule = {
	id: 'masked-text',
	scope: 'words',
	description:
		'A sentence with a masked or garbled word that cannot be restored is withheld (up to the full stops around it): three or more asterisks (廈門****交易, 非***本人), two asterisks between characters (无**确读取), a question mark followed by the pinyin of the lost character (因?yàn)閿), a numeric character reference whose & became a question mark or was lost (当地?#21335;?#24815;, 持卡人?#21830;?#21035;留意: the bytes around it are lost, so it cannot be decoded back), runs of question marks (??傊?, ?!   ?.) and U+FFFD. Runs after markdown-markup, so **emphasis** pairs are already gone. A question mark ending a question (交易失败了吗?跳过这一步) and the * key (按*号键) are not masks.',
	examples: {
		removes: [
			'假如卡片受到损坏,POS机的读卡器可能无**确读取卡片上的信息。',
			'偽卡是指非***本人所使用的卡。',
			'為什么會收到短信了但是沒出pos小票,是因?yàn)閿?shù)據已經走到了發卡行。',
			'请确认是你自己的卡?!   ?.请尽量保留商户签单的存根联。',
			// p-42062449b9 (heldout-10).
			'境外一些可受理银联卡的ATM,由于当地?#21335;?#24815;,银联标识仅显示在屏幕?#24076;?#22914;欧洲),持卡人?#21830;?#21035;留意。此外,一些国家的银联ATM可能需要通过一些银行标识辨别。',
		],
		keeps: ['交易失败了吗?跳过这一步,直接查询余额!', '按*号键返回上一级菜单。', '交易失败了怎么办? 先查询余额。', '输入密码后按#键确认。'],
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
