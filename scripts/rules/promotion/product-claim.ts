import { derivedRegExp, NUMBERING, sentences } from './shared.ts';
import type { DocumentLine, RuleContext, Span, WordsRule } from './types.ts';

/**
 * A dealer's product pitch written as article sentences: the subject is the product or service the page sells (its
 * brand before a product word, or “该技术 / 该产品 / 其硬件 …” once the page named such a brand) and the predicate a
 * selling claim about it (采用…加密技术, 通过银联认证, 确保…合规, 支持所有…卡: promotion/claims.yaml productClaims), or
 * the sentence promises a lower fee (费率可能降低, 可降至0.58%: feeCuts). A troubleshooting fact is about the card, the
 * terminal's prompt, the bank or the merchant's account, not about why one vendor's machine is better or cheaper.
 */

const escapeName = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Product words after a brand name. */
const PRODUCT = '(?:POS|pos|Pos|刷卡机|电签|收款码|收款机|智能终端|支付)';
/** Words that refer back to the product of the sentence before (该技术已通过银联认证). */
const ANAPHOR = /^(?:该|此|本|其)(?:技术|产品|设备|机型|机器|款|系统|硬件|平台|方案|服务)/u;
/** What is left in front of the subject: list numbering, a glued link word (`more`), a label up to a colon. */
const LEAD = /^(?:\s|[A-Za-z]{2,8}(?=\p{Script=Han})|例如[,，]?|[^,，。:：]{1,8}[:：])*/u;
/** A sentence about a fault or a prompt is the article's even when it names the product (…POS机提示:降级交易): judged on its first clause. */
const PROBLEM = /失败|错误|故障|提示|显示|降级|原因|怎么|如何|为什么|异常|无法|不能|不了|冻结|被拒|拒绝/u;

/** The page's brands: names learned by brand-mention and brand-pitch, and the listed brands. */
function brandsOf(context: RuleContext): string[] {
	const names = new Set([...(context.collected.get('brand-mention') ?? []), ...(context.collected.get('brand-pitch') ?? [])]);
	return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function subjectPattern(brands: readonly string[], context: RuleContext): RegExp {
	const listed = context.lexicon.brands.source;
	const named = brands.length > 0 ? `${brands.map(escapeName).join('|')}|` : '';
	return new RegExp(`^(?:${named}${listed})${PRODUCT}`, 'iu');
}

/** True when the sentence's subject is the product (its brand, or an anaphor on a page that names one). */
function productSubject(body: string, brands: readonly string[], context: RuleContext): boolean {
	if (subjectPattern(brands, context).test(body)) return true;
	return brands.length > 0 && ANAPHOR.test(body);
}

export const productClaimRule: WordsRule = {
	id: 'product-claim',
	scope: 'words',
	description:
		'A sentence whose subject is the product the page sells — a brand before a product word (聚赢家POS机, a name the page itself uses as brand-mention learns it, or a listed brand), or, on a page that names such a brand, 该技术 / 该产品 / 其硬件… — and whose predicate is a selling claim (promotion/claims.yaml productClaims: 采用…技术, 通过…认证, 确保…合规, 支持所有…卡, 多通道, 智能路由) is a product pitch and goes whole; so does any sentence promising a lower fee (feeCuts: 费率可能降低, 可降至0.58%, 费率低至). A sentence about a fault or a prompt that names the product (…POS机提示“降级交易”), a fee fact (手续费=交易金额×费率, 费率上调后到账变少, 费率总体下调幅度在53%至63%) and a claim without the product as its subject (银联规定POS机须通过认证) stay.',
	examples: {
		removes: [
			'聚赢家POS机要求输入密码。\n聚赢家POS机采用国际标准的加密技术,对交易数据进行端到端加密传输。',
			'聚赢家POS机要求输入密码。\nmore聚赢家POS机采用多通道智能路由技术。该技术已通过银联认证,确保交易链路合法合规。',
			'费率影响:关闭延误险后,交易费率可能降低。例如,若原费率为0.6%,关闭后或可降至0.58%。',
		],
		keeps: [
			'银联规定,POS机交易失败但扣款的,应在7个工作日内退回。',
			'手续费=交易金额×费率。',
			'费率上调后,到账金额会变少。',
			'按照调整后的方案,此次刷卡费率总体下调幅度在53%至63%。',
			'所有POS机都必须通过银联认证后才能入网。',
		],
	},
	spans(text, context) {
		const brands = brandsOf(context);
		const claim = derivedRegExp(context.lexicon, 'product-claims', (l) => new RegExp(l.productClaims.source, 'iu'));
		const feeCut = derivedRegExp(context.lexicon, 'fee-cuts', (l) => new RegExp(l.feeCuts.source, 'iu'));
		const spans: Span[] = [];
		for (const [start, end] of sentences(text)) {
			const sentence = text.slice(start, end);
			if (feeCut.test(sentence)) {
				spans.push([start, end]);
				continue;
			}
			const body = sentence.trim().replace(NUMBERING, '').replace(LEAD, '');
			if (!claim.test(body) || PROBLEM.test(body.split(/[,，:：]/u)[0] ?? '')) continue;
			if (productSubject(body, brands, context)) spans.push([start, end]);
		}
		return spans;
	},
};

/** Product words after the seller's name on a page written about its product (客如云收银系统, 客如云餐饮系统). */
const SELLER_PRODUCT = /^(?:门店|收银|餐饮|智能|管理|聚合|POS|pos|刷卡机|电签|系统|平台|软件|APP|App|小程序)/u;
/** Names that are institutions a troubleshooting fact is about, never the page's seller: banks, schemes, wallets, roles. */
const NOT_SELLER = /银行|银联|卡|支付宝|微信|云闪付|商户|商家|用户|顾客|客户|餐厅|系统|我们|持卡|收单|终端|机构|公司|平台/u;
/** A selling predicate of a sentence about the seller: what its product offers, optimises or helps with. */
const SELLER_CLAIM = /提供|支持|优化|具备|帮助|助力|采用|实现|提升|确保|拥有|凭借|满足|打造|致力|优势|赋能|无缝|一站式|全面/u;
/** A connective before the subject of a sentence (此外,客如云…). */
const CONNECTIVE = /^(?:此外|另外|同时|而且|并且|因此|总之|综上)[,，]?\s*/u;
/** A helping verb and the fault it helps with (帮助餐厅预防和解决点餐故障, 减少错误). */
const HELPS_WITH = /(?:帮助|助力|预防|解决|避免|减少|降低)[^,，。]*/gu;
/** A sentence without its numbering, label and leading connective: what its subject is read from. */
const sentenceBody = (text: string, start: number, end: number): string =>
	text.slice(start, end).trim().replace(NUMBERING, '').replace(LEAD, '').replace(CONNECTIVE, '');
/** Fewest sentences with the name as subject for the name to be the page's seller. */
const MIN_SELLER_SUBJECT = 3;

/** The page's seller: a 2–4 character Han name that is the subject of 3+ sentences, twice before a product word. */
function pageSellers(lines: readonly DocumentLine[]): string[] {
	const subjects = new Map<string, { sentences: number; product: number }>();
	for (const { text } of lines) {
		for (const [start, end] of sentences(text)) {
			const body = sentenceBody(text, start, end);
			const seen = new Set<string>();
			for (let length = 2; length <= 4; length++) {
				const name = body.slice(0, length);
				if (!/^\p{Script=Han}+$/u.test(name) || [...name].length !== length || seen.has(name)) continue;
				seen.add(name);
				const entry = subjects.get(name) ?? { sentences: 0, product: 0 };
				entry.sentences++;
				if (SELLER_PRODUCT.test(body.slice(length)) || /^还?(?:提供|推出)/u.test(body.slice(length))) entry.product++;
				subjects.set(name, entry);
			}
		}
	}
	const names = [...subjects]
		.filter(([name, { sentences: count, product }]) => count >= MIN_SELLER_SUBJECT && product >= 2 && !NOT_SELLER.test(name))
		.map(([name]) => name);
	// The longest name of a family (客如云, not 客如): a shorter prefix counted in the same sentences goes.
	return names.filter(
		(name) =>
			!names.some(
				(other) => other.length > name.length && other.startsWith(name) && subjects.get(other)?.sentences === subjects.get(name)?.sentences,
			),
	);
}

export const sellerSubjectRule: WordsRule = {
	id: 'seller-subject',
	scope: 'words',
	pageEvidence: true,
	description:
		"The page's seller as the subject of its sentences: a Han name of 2–4 characters that begins three or more sentences of the page (after numbering and a label), at least twice before a product word (客如云收银系统, 客如云餐饮系统, 客如云还提供…) and is no bank, scheme, wallet or role (银行, 银联, 支付宝, 微信, 商户, 用户, 系统…), is the brand the page sells; a sentence with it as subject and a selling predicate (提供, 支持, 优化, 具备, 帮助, 采用, 确保, 优势…) is a product pitch and goes whole. A sentence about a fault or a prompt (…提示, 失败, 无法) stays, and so does a name that begins fewer than three sentences.",
	examples: {
		removes: [
			'订单丢失通常由网络中断引起。客如云门店管理系统优化了点餐流程,支持弱网和离线状态下的正常使用。客如云还提供KDS后厨模块,与前厅点餐系统联动。\n客如云收银系统提供聚合支付功能,无缝对接主流支付平台。此外,客如云餐饮系统通过数据实时同步,确保支付信息与订单匹配。\n客如云系统的综合优势\n客如云餐饮系统通过全面功能帮助餐厅预防和解决点餐故障,其优势体现在多个方面。',
		],
		keeps: [
			'客如云收银系统提示“支付失败”时,先检查网络。客如云系统无法登录时,重启路由器。客如云餐饮系统显示离线时,检查网线。',
			'银联规定POS机须通过认证。银联提供差错处理服务。银联支持多种卡片。银联系统全天运行。',
			'用户支付失败时检查网络。用户系统提示余额不足时充值。用户还提供了截图。',
		],
	},
	collect: pageSellers,
	spans(text, context) {
		const sellers = context.collected.get('seller-subject') ?? [];
		if (sellers.length === 0) return [];
		const spans: Span[] = [];
		for (const [start, end] of sentences(text)) {
			const body = sentenceBody(text, start, end);
			if (!sellers.some((name) => body.startsWith(name))) continue;
			// A fault the product helps to prevent (帮助餐厅预防和解决点餐故障) is the pitch's, not a fault of the article.
			const first = (body.split(/[,，:：]/u)[0] ?? '').replace(HELPS_WITH, '');
			if (PROBLEM.test(first) || !SELLER_CLAIM.test(body)) continue;
			spans.push([start, end]);
		}
		return spans;
	},
};
