import { sentences } from './shared.ts';
import type { DocumentLine, RuleContext, Span, WordsRule } from './types.ts';

/**
 * The seller speaking to the reader in article sentences, Simplified or Traditional: “我們將於第一時間替您解決煩惱”,
 * “我们收到后,会尽快联系您,协助您进行开通办理”. The form is a first-person seller (我们/我們/本公司) and the reader
 * (您/贵公司/貴公司) in one sentence with a service promise (将/會先/尽快/第一时间/替您/帮您/为您/协助您/提供…给您).
 * A page where the seller speaks like this twice is the seller's page: there its fee terms addressed to the reader
 * (…向您索取機台租借費用, 若貴公司…則會收取匯款手續費) and its reassurances (可以安心使用) go too.
 */

const SELLER = /我们|我們|本公司|敝公司|本司/u;
const READER = /您|贵公司|貴公司|贵司|貴司|贵单位|貴單位/u;
/** A promise of the seller's service, right after the seller or addressed to the reader. */
const PROMISE =
	/(?:我们|我們|本公司|本司)(?:的)?(?:将|將|会|會|可以|可|来|來)?(?:于|於)?(?:先|尽快|盡快|第一时间|第一時間|立即|进一步|進一步|有)?(?:提供|了解您|免费|免費|为您|為您|帮您|幫您|替您|协助|協助|负责|負責|派|安排|上门|上門|到府)|(?:我们|我們)收到|(?:尽快|盡快|第一时间|第一時間|立即)(?:联系|聯系|聯繫|回复|回覆|处理|處理|为|為|替|帮|幫)?您|(?:协助|協助|替|帮|幫|为|為)您(?:进行|進行|解决|解決|处理|處理|办理|辦理|开通|開通|安装|安裝|找回)/u;
/** A fee term addressed to the reader, or a reassurance, on a seller's page. */
const FEE = /费用|費用|手续费|手續費|服务费|服務費|使用费|使用費|月租|租金|年费|年費|收费|收費|收取|索取|费率|費率/u;
/** Promise sentences that make the page the seller's (one may be an article's lead-in: 我们可以提供以下方法供您参考). */
export const MIN_SELLER_SENTENCES = 2;
/** Fewer Han characters than this make a line a tagline. */
const SHORT_HAN = 8;
const REASSURANCE = /安心使用|放心使用|可以安心|可以放心|请放心|請放心|无后顾之忧|無後顧之憂/u;

/** True when the sentence is the seller promising the reader a service. */
export function isSellerPromise(sentence: string): boolean {
	return SELLER.test(sentence) && READER.test(sentence) && PROMISE.test(sentence);
}

export const sellerVoiceRule: WordsRule = {
	id: 'seller-voice',
	scope: 'words',
	pageEvidence: true,
	description:
		'A sentence in which the seller speaks to the reader — 我们/我們/本公司 and 您/贵公司/貴公司 with a service promise (将/會先/尽快/第一时间/替您/帮您/协助您/提供…给您) — is the dealer’s pitch and goes whole, Simplified or Traditional. On a page with two such sentences (the seller’s page), its fee terms addressed to the reader (您/贵公司 with 费/租金/收取) and its reassurances (可以安心使用, 请放心) and its short lines addressed to the reader (您的疑惑,) go too. Advice to the reader (我们建议您联系发卡行, 您可以拨打银行客服) has no promise and stays; so does a fee fact on any other page (若您的卡被收取年费…).',
	examples: {
		removes: [
			'若有任何疑問,可向窗口詢問,我們將於第一時間替您解決煩惱。',
			'或提交在线申请,我们收到后,会尽快联系您,协助您进行开通办理。',
			'我们可以提供以下几种方法供您参考。\n如果您的卡被扣了手续费,可以联系发卡行退还。',
			'您的疑惑,\n我們將協助您找回密碼。\n我們將於第一時間替您解決煩惱。\n一是刷卡機月租金及服務使用費,會以每月向您索取機台租借費用。\n目前並沒有金流流量上限,可以安心使用',
		],
		keeps: [
			'如果刷卡失败,我们建议您先联系发卡行。',
			'您可以拨打银行客服电话查询扣款是否退回。',
			'若您的信用卡被收取年费,可以联系发卡行减免。\n目前并没有交易上限,可以安心使用',
		],
	},
	collect(lines: readonly DocumentLine[]): string[] {
		const found: string[] = [];
		for (const { text } of lines)
			for (const [start, end] of sentences(text)) {
				const sentence = text.slice(start, end).trim();
				if (isSellerPromise(sentence)) found.push(sentence);
			}
		return found;
	},
	spans(text: string, context: RuleContext): Span[] {
		const sellerPage = (context.collected.get('seller-voice') ?? []).length >= MIN_SELLER_SENTENCES;
		const spans: Span[] = [];
		for (const [start, end] of sentences(text)) {
			const sentence = text.slice(start, end);
			if (isSellerPromise(sentence)) spans.push([start, end]);
			else if (sellerPage && ((READER.test(sentence) && FEE.test(sentence)) || REASSURANCE.test(sentence))) spans.push([start, end]);
		}
		// The seller's short address to the reader on its own line (您的疑惑,): a tagline, not a sentence.
		if (sellerPage && spans.length === 0 && READER.test(text) && (text.match(/\p{Script=Han}/gu) ?? []).length < SHORT_HAN) {
			return [[0, text.length]];
		}
		return spans;
	},
};
