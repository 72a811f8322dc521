import { urlRegExp } from '../url.ts';
import { derivedRegExp, EMAIL, HOTLINE, hasObfuscatedDomain, hasPhoneNumber, messengerIdRegExp } from './shared.ts';
import type { ClauseRule, DocumentRule, Span, WordsRule } from './types.ts';

const URL = new RegExp(urlRegExp().source, 'iu');

/** URLs and bare domains: the clause that carries one is an invitation to visit it. */
export const urlRule: ClauseRule = {
	id: 'url',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause containing a URL or a bare domain (http://…, www.…, lovepos.net; known top-level domains only, so 1.5 or v2.0 never match) is removed: articles never need to send readers to a sales site. Also a domain with its dot written out to dodge link filters (fuxiaobao点com, www点abc点cn, abc[.]com).',
	examples: {
		removes: [
			'POS机办理入口:lovepos.net,按要求填写信息即可。',
			'详情见http://www.example.com/pos。',
			'访问www.qianfubo.com了解更多',
			'官网地址:fuxiaobao点com(点换成.)',
			'浏览器打开 www点posban点cn 即可',
			'官网：shuakabao（点）com',
			'论坛地址 @5.39.217.76',
		],
		keeps: ['POS机版本号为v2.0时,需升级到2.1。', '手续费为交易金额的0.6%,约1.5元。', '打开APP点击设置,选择WiFi点连接。'],
	},
	matches: (clause) => URL.test(clause) || hasObfuscatedDomain(clause),
};

/** Phone numbers in any format: mobile, landline with area code, 400/800. */
export const phoneNumberRule: ClauseRule = {
	id: 'phone-number',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause containing a phone number (mobile 1[3-9]x with spaces/dashes/+86, landline with area code — also in brackets or with a dash and the local number grouped 3–4 + 4, (02)2345-6789 —, a country code with dashes or spaces, 886-2-2345-6789, 400/800; a local 4 + 4 digit number right after a phone label, 电话:3550-8574) is removed, also when spelled in Chinese numerals (幺八六 二七七零 三三九一, 壹叁玖-零零贰捌-捌捌陆柒). Amounts, dates, card-number fragments, 1-3个工作日, 一两个工作日 and 5-digit hotlines are not phone numbers.',
	examples: {
		removes: [
			'如需办理请致电138-1234-5678。',
			'咨询热线:400 123 4567,全天服务。',
			'电话:(010)62345678',
			'或者拨打 幺八六 二七七零 三三九一,审核通过当天发货。',
			'联系李经理:壹叁玖-零零贰捌-捌捌陆柒',
			'挂失请拨(02)2345-6789,全天受理。',
			'在国外时请拨专线886-2-2345-6789办理挂失。',
			'或者致电客服经理：139·2866·0417',
			'售后:400.820.1234',
			'客服热线 4008-520-520',
			'客户服务电话:3550-8574 / 3002-1220)',
			'please give our technical support team a call on 0800 476 278.',
		],
		keeps: [
			'一般为1-3个工作日到账,金额500元以上需签名。',
			'超过3000元的交易需要核对身份证号码。',
			'中国银联客服电话95516。',
			'一般一两个工作日到账,最迟三五天。',
			'本次交易金额138.50元,参考号123456。',
			'4001笔交易中有800笔失败。',
			'联系发卡行后,2019-2020年的账单可以补寄。',
		],
	},
	matches: (clause) => hasPhoneNumber(clause),
};

/** WeChat/QQ IDs, numeric or alphanumeric, after any spelling of the label (微信, 薇信, V信, vx, QQ…). */
export const messengerIdRule: ClauseRule = {
	id: 'messenger-id',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause with a WeChat/QQ ID (label from promotion/contacts.yaml messengerLabels, followed by 5–20 letters/digits: 微信:pos2024abc, vx123456, QQ 12345678) is removed. 微信公众号 and 微信支付 have no ID and stay.',
	examples: {
		removes: [
			'办理请加微信:pos2024abc',
			'薇信 abc12345,备注POS',
			'领取方式:扣扣 2893 5561 7',
			'客服卫星 fxb_2025',
			'薇❤信:pos-lkl888',
			'【v：shuaka-bao2025】',
			'POS机器领取微信5702701POS机器领取微信5702701',
		],
		keeps: ['定期查看银行的官方网站、微信公众号等渠道发布的信息。', '支持微信支付和支付宝付款。', '终端程序V2.0版本:升级后重启。'],
	},
	matches: (clause, context) => messengerIdRegExp(context.lexicon).test(clause),
};

/** E-mail addresses: QQ mail and every other address, also with the @ written out. */
export const emailRule: ClauseRule = {
	id: 'email',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause containing an e-mail address (happy56812@qq.com, web@rongziw.com, abc(at)163.com, abc#qq.com) is removed: it is the site’s contact, never the article’s. An @ without a domain after it (写@商户名) is not an address.',
	examples: {
		removes: ['如侵权请联系删除,联系邮箱:happy56812@qq.com', '侵权及不实信息举报邮箱至:web@rongziw.com', '投稿请发 posbao(at)163.com'],
		keeps: ['转账备注里写@商户名即可。', '请在邮件中写明终端号和交易时间。'],
	},
	matches: (clause) => EMAIL.test(clause),
};

/** Invitations to add, scan or message: “加微信”, “V信同号”, “扫码了解”. */
export const contactInvitationRule: ClauseRule = {
	id: 'contact-invitation',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause inviting the reader to add, scan or message (加微信, 添加网站预留微信, V信同号, 扫码了解, 有需要的朋友可以联系; promotion/contacts.yaml contactInvitations; 添加微信支付 is a payment, not a contact) is removed.',
	examples: {
		removes: [
			'有需要的朋友可以加微信了解,V信同号。',
			'扫码了解更多POS机优惠',
			'需要更换新机的老板可以私信小编',
			'李经理(V同号)',
			'扫描下方二维码添加客服',
			'▲长按图片识别▲',
			'详情请咨询客服',
			'有任何问题,添加网站预留微信联系客服咨询。',
		],
		keeps: [
			'用手机扫码支付时,请确认收款方名称。',
			'请顾客扫描商户的收款二维码付款。',
			'联系发卡银行客服查询交易状态。',
			'同号段的卡片由同一家银行发行。',
		],
	},
	matches: (clause, context) => context.lexicon.contactInvitations.test(clause),
};

/** Salesperson self-introductions: “我是XX支付的客户经理”. */
export const salespersonRule: ClauseRule = {
	id: 'salesperson',
	scope: 'clause',
	extent: 'clause',
	containment: true,
	sells: true,
	description:
		'A clause where a salesperson introduces themself or offers their service (我是XX的客户经理, 找我办理, 我司专业办理; promotion/contacts.yaml salesperson) is removed.',
	examples: {
		removes: ['我是拉卡拉的客户经理小王,专业办理POS机。', '需要POS机的老板找我办理'],
		keeps: ['商户可以联系收单机构的客户经理核实商户信息。'],
	},
	matches: (clause, context) => context.lexicon.salesperson.test(clause),
};

/**
 * Hotlines (95xxx/96xxx) that are not on the official list: the number (and a colon before it) is removed, the sentence
 * stays (“请拨打发卡银行客服” still reads). Official ones (95516) stay.
 */
export const unofficialHotlineRule: WordsRule = {
	id: 'unofficial-hotline',
	scope: 'words',
	description:
		'A 5-digit 95xxx/96xxx hotline not listed in src/editorial/hotlines.yaml is removed (with a colon before it); the sentence stays. Official hotlines such as 95516 stay; amounts like 95000元 are not hotlines.',
	examples: {
		removes: ['如有疑问请拨打客服热线:95888咨询。'],
		keeps: ['如有疑问请拨打中国银联客服热线95516咨询。', '本月交易额95000元,较上月增长。'],
	},
	spans(text, context): Span[] {
		const spans: Span[] = [];
		for (const match of text.matchAll(derivedRegExp(context.lexicon, 'hotline', () => new RegExp(`[:：]?\\s?${HOTLINE.source}`, 'gu')))) {
			if (!context.hotlines.has(match[1] ?? '')) spans.push([match.index, match.index + match[0].length]);
		}
		return spans;
	},
};

/** Digits (with spaces, dashes, dots) at the end of a line and at the start of the next. */
const TRAILING_DIGITS = /[\d][\d .·•-]*$/u;
const LEADING_DIGITS = /^[\d][\d .·•-]*/u;

/**
 * A phone number broken across two lines (“或者打 4008-” / “520-520，一对一帮你查。”): neither half is a number on
 * its own, so the clause rules miss both. When the digits at the end of one line and the start of the next make a phone
 * number, both lines are contact text and go whole.
 */
export const splitPhoneNumberRule: DocumentRule = {
	id: 'split-phone-number',
	scope: 'document',
	phase: 'before',
	description:
		'A phone number split across a line break: the digits ending one line and those starting the next form a phone number (as phone-number reads it) that neither line holds. Both lines are removed whole (judgment call: the rest of such lines is the invitation around the number). Amounts, dates and 1-3个工作日 on consecutive lines do not join into a phone number.',
	examples: {
		removes: ['有疑问的可以打 4008-\n520-520，一对一帮你查。', '李经理手机：139 2866\n0417'],
		keeps: ['1、交易金额500元\n2、一般1-3个工作日到账', '参考号:123456\n7890元的交易已退回。'],
	},
	select(lines) {
		const selected = new Set<number>();
		for (let index = 1; index + 1 < lines.length; index++) {
			const tail = TRAILING_DIGITS.exec(lines[index]?.text ?? '')?.[0];
			const head = LEADING_DIGITS.exec(lines[index + 1]?.text ?? '')?.[0];
			if (!tail || !head) continue;
			if (hasPhoneNumber(tail) || hasPhoneNumber(head)) continue;
			if (hasPhoneNumber(`${tail.trimEnd()}${head}`.replace(/[ .·•-]+$/u, ''))) {
				selected.add(index);
				selected.add(index + 1);
			}
		}
		return [...selected];
	},
};
