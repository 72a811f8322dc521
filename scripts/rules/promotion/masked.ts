import type { Span, WordsRule } from './types.ts';

/**
 * Masked or garbled words that cannot be restored: asterisks in place of characters (`无**确读取`, `廈門****交易`,
 * `非***本人`), characters lost to a broken encoding (`因?yàn)閿`, `??傊?`, `卡?!   ?.`) and numeric character references
 * whose `&` was lost with a byte (`由于当地?#21335;?#24815;`: the characters around them are gone too). The sentence around each is
 * withheld: it is never published with a hole or a mask. Masks inside known domain words (`刷*卡`) are restored earlier,
 * by the de-obfuscation table, and never reach this rule.
 */
const MASKED =
	/\?#\d{2,6};?|(?<![&\w])#\d{4,6};|\*{3,}|(?<=[\p{Script=Han}A-Za-z0-9])\*{2}(?=[\p{Script=Han}A-Za-z0-9])|\?[a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]{1,6}\)|\?{2,}|\?\s*[!！]|\s\?\.|\uFFFD|(?<=\p{Script=Han})\*{2}(?=[、,，。;；:：)）]|$)|(?<=\p{Script=Han})[Xx×]{1,3}(?=[,，、)）。;；]|$)/gu;
/** An unfilled placeholder of a generated article's template: [mention specific day, e.g., …], [Insert Date of Outage Here]. */
const PLACEHOLDER = /\[\s*(?:insert|mention|add|include|specify|enter|describe|name|list|provide|state|your)\b[^[\]\n]{2,160}\]/giu;
/** Where an English sentence ends: a full stop, ! or ? before a space or the end. */
const LATIN_SENTENCE_END = /[.!?。！？；;](?=\s|$)/u;
const LATIN_SENTENCE_END_ALL = new RegExp(LATIN_SENTENCE_END.source, 'gu');
/**
 * Where a sentence ends, for this rule: full stops and semicolons only. Half-width ? and ! are left out because broken
 * encodings produce them, so a garbled sentence is never cut at its own garbage.
 */
const SENTENCE_END = /[。！；;]/u;

export const maskedTextRule: WordsRule = {
	id: 'masked-text',
	scope: 'words',
	description:
		'A sentence with a masked or garbled word that cannot be restored is withheld (up to the full stops around it): three or more asterisks (廈門****交易, 非***本人), two asterisks between characters (无**确读取), a question mark followed by the pinyin of the lost character (因?yàn)閿), a numeric character reference whose & became a question mark or was lost (当地?#21335;?#24815;, 持卡人?#21830;?#21035;留意: the bytes around it are lost, so it cannot be decoded back), runs of question marks (??傊?, ?!   ?.), U+FFFD, two asterisks or an X after a character before punctuation (银行**、姓名: the masked 卡号; 工商银行(友x,: a masked insurer), and an unfilled placeholder of a generated template ([mention specific day, e.g., …], [Insert Date of Outage Here]: its English sentence goes). Runs after markdown-markup, so **emphasis** pairs are already gone. A question mark ending a question (交易失败了吗?跳过这一步) and the * key (按*号键) are not masks.',
	examples: {
		removes: [
			'假如卡片受到损坏,POS机的读卡器可能无**确读取卡片上的信息。',
			'偽卡是指非***本人所使用的卡。',
			'為什么會收到短信了但是沒出pos小票,是因?yàn)閿?shù)據已經走到了發卡行。',
			'请确认是你自己的卡?!   ?.请尽量保留商户签单的存根联。',
			// p-42062449b9 (heldout-10).
			// A content farm (heldout-15, p-9cb160562e), an insurer's notice (p-1d5d4ff209), a generated article (p-c1710ee77b).
			'当你发现银行卡磁性失效时,告知客服你的银行**、姓名等信息,申请更换新卡。',
			'客户持有工商银行(友x,上限99万港币)之银联借记卡。',
			"Reports flooded in. The timing couldn't have been worse, falling on [mention specific day, e.g., the Saturday before Christmas, or Black Friday], a busy day. Stores closed early.",
			'境外一些可受理银联卡的ATM,由于当地?#21335;?#24815;,银联标识仅显示在屏幕?#24076;?#22914;欧洲),持卡人?#21830;?#21035;留意。此外,一些国家的银联ATM可能需要通过一些银行标识辨别。',
		],
		keeps: [
			'交易失败了吗?跳过这一步,直接查询余额!',
			'按*号键返回上一级菜单。',
			'交易失败了怎么办? 先查询余额。',
			'输入密码后按#键确认。',
			'她在X社媒分享了被拒付的经历。',
			'Press [Enter] to confirm the amount.',
		],
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
		for (const match of text.matchAll(PLACEHOLDER)) {
			const before = text.slice(0, match.index);
			const start = Math.max(0, ...[...before.matchAll(LATIN_SENTENCE_END_ALL)].map((end) => end.index + 1));
			const after = LATIN_SENTENCE_END.exec(text.slice(match.index + match[0].length));
			spans.push([start, after ? match.index + match[0].length + after.index + 1 : text.length]);
		}
		return spans;
	},
};
