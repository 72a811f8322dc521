import { HAN_RUN } from '../../../src/shared/chinese/han.ts';
import type { DocumentLine, DocumentRule, LineRule } from './types.ts';

/**
 * Text in a script that is neither Chinese nor Latin on a Chinese page — the Korean or Thai interface of the blog that
 * hosts a copied Chinese table (Alipay의 최신 Error Code, 輸入關鍵字開始搜尋 next to 검색) — is the host's furniture: the
 * knowledge base is written for Chinese readers, and terminal messages are Chinese or English. Date stamps written in
 * English (21 August 2014, Last updated 28 August, 2019) are the post's metadata on any page.
 */

/** Letters of scripts that a Chinese payment article never uses for its own text. */
const FOREIGN = /[\p{Script=Hangul}\p{Script=Thai}\p{Script=Cyrillic}]/gu;

/** True when the page is Chinese: more Han characters than letters of the foreign scripts, and at least 50. */
function chinesePage(lines: readonly DocumentLine[]): boolean {
	let han = 0;
	let foreign = 0;
	for (const { text } of lines) {
		for (const run of text.match(HAN_RUN) ?? []) han += [...run].length;
		foreign += text.match(FOREIGN)?.length ?? 0;
	}
	return han >= 50 && han > 3 * foreign;
}

/** A line with at least two letters of a foreign script. */
const hasForeign = (text: string): boolean => (text.match(FOREIGN)?.length ?? 0) >= 2;

export const foreignScriptRule: DocumentRule = {
	id: 'foreign-script',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'On a Chinese page (at least 50 Han characters, more than three times the letters of the other scripts), a line with two or more letters of Korean, Thai or Cyrillic script (not Arabic: its presentation forms stand in for tabs in copied tables of contents) (Alipay의 최신 Error Code, 검색) is the interface or title of the site that hosts the copied text, and is removed; as the first line it is never the title. Chinese and English lines stay, and so does every line of a page in that script.',
	examples: {
		removes: [
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\nAlipay의 최신 Error Code',
		],
		keeps: [
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\n使用Alipay支付时提示Error Code 1000,表示系统异常,请稍后再试。',
		],
	},
	rejectsTitle: (text) => hasForeign(text),
	select(lines) {
		if (!chinesePage(lines)) return [];
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index > 0 && hasForeign(text)) selected.push(index);
		});
		return selected;
	},
};

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const LATIN_DATE = new RegExp(
	String.raw`^(?:(?:last\s+)?(?:updated|modified)|posted|published|date)?\s*(?:on)?\s*[:：]?\s*(?:\d{1,2}\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4})\.?$`,
	'iu',
);

export const latinDateRule: LineRule = {
	id: 'latin-date',
	scope: 'line',
	description:
		'A line that is only a date written in English, optionally after Last updated / Posted / Published (21 August 2014, Last updated 28 August, 2019, Jan 28, 2021), is the post’s date stamp and is removed. A date inside a sentence (…took effect on 1 May 2016.) stays.',
	examples: {
		removes: ['21 August 2014', 'Last updated 28 August, 2019', 'Posted on Jan 28, 2021'],
		keeps: ['The new rules took effect on 1 May 2016.', '2016年9月6日起,刷卡手续费下调。'],
	},
	matches: (line) => LATIN_DATE.test(line.trim()),
};
