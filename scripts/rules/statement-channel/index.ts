import { TERMINAL } from '../statement-scope/index.ts';

/**
 * The payment channel a statement is about (issue 14, placement by what a statement says): a card at a merchant's terminal,
 * or another channel — a QR code, a phone wallet, an online payment through a gateway, an API or a web shop. The knowledge
 * base is about cards at a terminal; the other channels fail for their own reasons (a code folded or out of date, a wallet's
 * account, the phone's network or system, a gateway's risk check), which share their words with a terminal's (网络问题,
 * 系统故障, 余额不足, 冻结) but are no evidence for it.
 *
 * The channel is read from the statement's own words first, then from where it stands: the section heading over it, then
 * the page as a whole. A statement that names the card terminal itself (POS, 终端, 刷卡, 插卡, 签购单 …) is about it,
 * wherever it stands. One whose own words name another channel, and none of a terminal, joins only entries about that
 * channel. One that names neither takes its section's channel, else its page's: on a page about another channel it joins
 * only entries about that channel — and, when its own words name the card (信用卡过期, 卡片被冻结), the entries about the
 * card itself, whose facts hold in every channel (an expired card fails a gateway's payment as it fails a terminal's). Pure.
 */
export interface ChannelRule {
	/** Stable kebab-case ID, `channel-…`. */
	id: string;
	description: string;
	/** Words that say a statement (or a heading, or a page) is about the channel. */
	words: RegExp;
	/**
	 * Words that count towards a page's channel only: names that a terminal article also uses of a tool (云闪付APP查询,
	 * 联系支付平台（如支付宝、微信）), which make a page about the channel when they dominate it, not a statement.
	 */
	pageWords?: RegExp;
	/** What an entry must name (its title, aliases or summary) to be about the channel: P-12 准备多种支付方式 names 扫码. */
	topic: RegExp;
	/**
	 * The channel's words decide even when the card terminal is named too: a POS that reads a face (POS机对人脸的识别) or a
	 * social-security card (社保卡在POS机上结算医保) is about the face check or the social-security card, not about a bank
	 * card's payment failing at the terminal.
	 */
	beforeTerminal?: boolean;
	/** Real statements it must find, and real statements it must leave alone (tests/unit/statement-channel.test.ts). */
	examples: { finds: readonly string[]; ignores: readonly string[] };
}

/**
 * The card terminal named: a POS, the terminal, its acquirer, the receipt, a card swiped, inserted or tapped, its stripe or
 * chip read. 刷卡 after 线上/网上/在线 is an online "swipe"; 收银 alone is left out (a cash register scans QR codes too).
 */
export const CARD_TERMINAL = {
	id: 'channel-card-terminal',
	description:
		'The card terminal named: POS, 终端, 刷卡机, 收单, 机具, 签购单, 电签, 密码键盘, a card swiped, inserted or tapped (刷卡 — not 线上/网上/在线刷卡 —, 插卡, 挥卡, 拍卡), its stripe or chip (磁条, 芯片, 读卡). A statement that names it is about a card at a terminal, whatever channel its page is about.',
	words: new RegExp(`${TERMINAL.source}|电签|密码键盘|(?<!线上|网上|在线|网络)刷卡|插卡|挥卡|拍卡|磁条|芯片|读卡`, 'u'),
	examples: {
		finds: ['以上情况都会导致信用卡刷卡失败，大家可以及时在发卡行进行卡片更换，来解决这个问题。', '芯片卡请插卡。'],
		ignores: ['网络问题是导致云闪付二维码失效的常见原因之一。', '线上刷卡时需要输入验证码。'],
	},
} as const;

/**
 * Another channel named as the way out of a failed card payment ("请顾客换一张卡，或者改用扫码付款", "先让顾客扫码付款",
 * "建议备用扫码支付"): the statement is about the terminal's failure, and the channel's words are not read.
 */
export const ALTERNATIVE = {
	id: 'channel-alternative',
	description:
		'Another channel named as the way out of a failed card payment — 改用/换用/换成/或者用/让顾客/备用/其他方式 before 扫码, 二维码, 微信, 支付宝 or 云闪付 (请顾客换一张卡，或者改用扫码付款; 这段时间先让顾客扫码付款; 建议备用扫码支付): the statement is about the terminal that failed, so the words of that other channel are not read.',
	words:
		/(?:改用|换用|换成|或者?(?:用|让顾客|改用)|让顾客|请顾客|先让|备用|其他方式|等其他|其他支付方式)[^，,。；;]{0,10}?(?:扫码|二维码|微信|支付宝|云闪付)[^，,。；;]*/gu,
	examples: {
		finds: [
			'如果不确定密码，请换一张卡或者改用扫码付款。',
			'注意：部分偏远地区可能网络延迟，建议备用扫码支付。',
			'说明是卡片或者密码的问题，请顾客换一张卡支付，或者用微信、支付宝扫码付款，事后再联系发卡行。',
		],
		ignores: [
			'当手机或扫码设备出现故障时，无法正常读取二维码信息，导致支付失败。',
			'例如，手机摄像头损坏、扫码设备故障等都可能导致二维码无法被正确识别。',
		],
	},
} as const;

/** The card itself named: its state and data are the same in every channel (信用卡过期, 卡片被冻结, 卡号输错). */
export const CARD = {
	id: 'channel-card',
	description:
		"The card itself named (信用卡, 银行卡, 借记卡, 储蓄卡, 卡片, 发卡行, 发卡银行, 卡号, 有效期), or the card schemes' dispute process (拒付, 调单, 退单, Charge Back): an expired, frozen or over-limit card, or its number typed wrong, fails in every channel, and a chargeback runs the same way for a web shop as for a terminal, so such a statement on a page or in a section about another channel may still join the entries about the card (category 卡片) and about disputes (an entry that names 拒付, 调单 or 争议). A statement that names the other channel itself (PayPal将……拒绝信用卡付款, 信用卡在线支付限额) joins them only for a dispute: the decision it states is the other channel's.",
	words: /信用卡|银行卡|借记卡|储蓄卡|卡片|发卡行|发卡银行|发卡机构|卡号|有效期|拒付|调单|退单|charge ?back/iu,
	/** What names the card schemes' disputes, in a statement or an entry (S-08, S-09, C-33, C-34, R-28, R-29 …). */
	disputes: /拒付|调单|退单|争议|charge ?back/iu,
	examples: {
		finds: ['通常情况下，失败的付款可能是由于信用卡信息错误、不足的资金、信用卡过期等原因所致。'],
		ignores: ['网络连接不稳定或速度过慢也是导致支付失败的原因之一。'],
	},
} as const;

export const CHANNEL_RULES: readonly ChannelRule[] = [
	{
		id: 'channel-qr',
		description:
			'Payment by QR or bar code (扫码, 二维码, 付款码, 收款码, 条码支付, 扫一扫, 扫码枪, 码牌): the code is read by a camera or a scanner, not a card by a terminal; a code that is folded, expired or wrongly generated, the camera that cannot read it, the app that shows it fail for reasons of their own.',
		words: /扫码|二维码|付款码|收款码|条码支付|条形码|扫一扫|码牌/u,
		topic: /扫码|二维码|付款码|收款码/u,
		examples: {
			finds: ['当手机或扫码设备出现故障时，无法正常读取二维码信息，导致支付失败。', '商家信息错误也可能导致云闪付二维码失效。'],
			ignores: ['POS机可以刷卡，也可以扫码。', '网络不稳定会导致交易失败。'],
		},
	},
	{
		id: 'channel-wallet',
		description:
			"A phone wallet as the means of payment (Apple Pay, Google Pay, Samsung Pay, 华为钱包, 小米钱包, 数字/电子/手机钱包, 手机支付, Apple ID, iOS): its account, balance, settings and system updates are the wallet's and the phone's, not a card's at a terminal. A payment app (支付宝, 微信支付, 云闪付, 财付通, 数字人民币) counts only towards a page's channel: terminal articles name it as a tool (用云闪付APP查询MCC码, 联系支付平台（如支付宝、微信）).",
		words: /Apple ?Pay|Google ?Pay|Samsung ?Pay|华为钱包|小米钱包|(?:数字|电子|手机)钱包|手机支付|Apple ID|iOS/iu,
		pageWords: /支付宝|微信支付|云闪付|财付通|数字人民币/u,
		topic: /微信|支付宝|云闪付|钱包|手机支付|数字人民币/u,
		examples: {
			finds: ['余额不足：当用户的支付账户余额不足，Google Pay支付会失败。', '确保您的Apple ID、iOS 系统及所有应用程式均已更新至最新版本。'],
			ignores: ['信用卡额度不足也会导致支付失败。', '可用于华为手机的NFC刷卡功能在POS终端上挥卡即可。'],
		},
	},
	{
		id: 'channel-online',
		description:
			"An online payment through a gateway, an API or a web shop (PayPal, Stripe, Shopify, Adyen, 支付接口, API, SDK, 小程序, 电商, 跨境电商, 网店, 独立站, 卖家, 买家, 在线支付, 线上支付, 网上支付, 快捷支付, 回调, 开发者, 支付页面, a buyer's same IP paying again (同一IP; a terminal's IP地址 is its own setting); 网银, 网关 and 接口 count only towards a page's channel): a card not present, checked by the gateway and the web shop, not read by a terminal. 支付网关 alone is not read: development pages name the bank's gateway behind a terminal.",
		words:
			/PayPal|Paypal|Stripe|Shopify|Adyen|Workbench|支付接口|API|SDK|小程序|电商|网店|独立站|卖家|买家|在线支付|线上支付|网上支付|在线交易|快捷支付|回调|开发者|结账页面|支付页面|同一IP/u,
		topic: /PayPal|Stripe|电商|在线支付|线上支付|网上支付|API|SDK|小程序/u,
		pageWords: /网银|网关|接口/u,
		examples: {
			finds: [
				'网络连接不稳定或速度过慢也是导致PayPal支付失败的原因之一。',
				'消费者支付的时候网络访问速度慢或其他网络问题，重复刷新支付页面导致多次提交支付申请或者系统未能接收到支付申请等。',
				'建议您咨询发卡银行并咨询处理在线交易的部门，以了解拒绝付款的原因。',
			],
			ignores: ['支付网关出现故障时，POS机的交易会失败。', '网络不稳定会导致交易失败。'],
		},
	},
	{
		id: 'channel-atm',
		description:
			"A cash machine (取款机, 自动柜员机, an ATM that keeps or swallows the card): a card kept by an ATM is fetched from the bank branch, not handled at a merchant's terminal. In a statement only the machine named as such counts, or its own state (ATM机可能存在硬件故障, ATM机屏幕提示, 卡被吞了; ATM机和刷卡都会失败 names a terminal too; 比如ATM机取钱输错密码3次，卡片会暂时锁定 is a PIN lock, a card's fact); ATM, 取款 and 吞卡 count towards a page's channel.",
		words: /取款机|自动柜员机|柜员机|本行ATM|ATM(?:机)?(?:吞|没收|可能|存在|屏幕|故障|硬件)|卡[^，,。；;]{0,3}被吞/u,
		pageWords: /ATM|取款|取现|吞卡/u,
		topic: /ATM|取款机|柜员机/u,
		examples: {
			finds: [
				'在便利店或商场内的本行ATM，需要联系发卡行查询所属分行和取卡时间；',
				'卡被自动柜员机吞了怎么办？',
				'首先，ATM机可能存在硬件故障，比如键位不灵敏或者系统软件问题。',
				'按照ATM机屏幕提示操作，尝试取回卡片。',
			],
			ignores: ['银行卡被锁定后无法使用，ATM机和刷卡都会失败。', '比如ATM机取钱输错密码3次，卡片会暂时锁定。'],
		},
	},
	{
		id: 'channel-face',
		description:
			"Face recognition (刷脸, 人脸识别 as a check or a payment, 人脸信息, 人脸特征, 面部识别): a face check of a merchant's identity when a terminal is activated, or payment by face, fails for reasons of its own (light, angle, a mask, a face not matching the stored one), also on a POS. A bank asking for a face check of a large transfer (需人脸识别验证) is a limit's fact, and is left alone.",
		words: /刷脸|人脸(?:识别)?(?:认证|支付|信息|特征|核身)|人脸识别(?!验证)|对人脸|面部识别/u,
		topic: /人脸|刷脸|面部/u,
		beforeTerminal: true,
		examples: {
			finds: [
				'1.人脸信息不匹配:人脸识别技术是通过对比输入的人脸信息与系统中存储的人脸信息进行比对来进行认证的。',
				'如果光线太强或太暗,都会影响到POS机对人脸的识别。',
			],
			ignores: ['例如,单笔超过5万元需提交交易证明,部分银行要求单笔超15万元需人脸识别验证。', 'POS机刷卡时需要输入密码。'],
		},
	},
	{
		id: 'channel-social-card',
		description:
			"A social-security or medical-insurance card (社保卡, 社会保障卡, 医保卡, 医保, 参保人): its activation, its medical settlement and its benefits are the social-security office's, even where a terminal reads it (支持社保卡接口); the bank-card function it carries is activated at the social-security office's partner bank, not by a card's issuer at a merchant's terminal.",
		words: /社保卡|社会保障卡|医保|参保人|社保待遇/u,
		topic: /社保|医保/u,
		beforeTerminal: true,
		examples: {
			finds: ['1. 启用金融功能:社保卡具有银行卡功能,激活后可以用于存取款、转账等金融服务。', '支持社保卡接口。'],
			ignores: ['信用卡未激活会导致刷卡失败。', '收单机构会在T+1日结算。'],
		},
	},
	{
		id: 'channel-tax-refund',
		description:
			"A tax refund for a tourist's shopping (退税, 免税 at a shop's refund counter): the refund is refused by the shop or its refund counter for a name or a passport that does not match the card, a refund office's rule, not a card payment failing at a terminal.",
		words: /退税|退稅|免税手续|免稅手續/u,
		topic: /退税/u,
		beforeTerminal: true,
		examples: {
			finds: ['為什麼我的台灣信用卡在日本刷卡不能退稅?', 'g,名字不一致就有可能被拒絕退稅'],
			ignores: ['境外刷卡失败时，先确认卡片是否开通境外交易。', '退款通常在7个工作日内原路退回。'],
		},
	},
];

/**
 * Whether an entry is about the card itself (its category 卡片) or the card schemes' disputes (it names 拒付, 调单, 退单 or
 * 争议): the entries a statement naming the card may join from another channel.
 */
export function aboutTheCard(entry: { category?: string | undefined; about: string }): boolean {
	return entry.category === '卡片' || CARD.disputes.test(entry.about);
}

/** What a text says of its channel: the card terminal named, and the other channels named (the first rule's words). */
export interface ChannelWords {
	terminal: boolean;
	other: { rule: ChannelRule; found: string } | undefined;
}

export function channelWords(text: string, page = false): ChannelWords {
	let other: ChannelWords['other'];
	const own = text.replace(ALTERNATIVE.words, '');
	for (const rule of CHANNEL_RULES) {
		const m = rule.words.exec(own) ?? (page && rule.pageWords ? rule.pageWords.exec(own) : null);
		if (m) {
			other = { rule, found: m[0] };
			break;
		}
	}
	// A channel that decides before the terminal (a face check on a POS) makes the text not a terminal's.
	return { terminal: !other?.rule.beforeTerminal && CARD_TERMINAL.words.test(text), other };
}

/**
 * A page's channel, from its statements and headings: another channel when its words are named by at least
 * {@link PAGE_RULE}'s `minTexts` texts (statements or headings) and at least `ratio` times as many as name a card
 * terminal. A page that only mentions a QR code among terminal facts stays a terminal page.
 */
export const PAGE_RULE = {
	id: 'channel-page',
	description:
		'A page is about another channel when the texts (statements and section headings) naming that channel are at least 3 and at least twice as many as those naming a card terminal: the Stripe, PayPal, 云闪付 QR, Apple Pay and Google Pay pages are; a POS article that also speaks of 扫码 as another way to pay is not.',
	minTexts: 3,
	ratio: 2,
} as const;

/** The other channel a context (a page, or a section) is about. */
export interface ChannelContext {
	rule: ChannelRule;
	found: string;
	from: 'section' | 'page';
}

/** The channel a page is about, or undefined when it is a terminal page or says nothing of its channel. */
export function pageChannel(texts: readonly string[]): ChannelContext | undefined {
	let terminal = 0;
	const byRule = new Map<ChannelRule, { count: number; found: string }>();
	for (const text of new Set(texts)) {
		const words = channelWords(text, true);
		if (words.terminal) terminal++;
		if (!words.other) continue;
		const seen = byRule.get(words.other.rule);
		byRule.set(words.other.rule, { count: (seen?.count ?? 0) + 1, found: seen?.found ?? words.other.found });
	}
	const total = [...byRule.values()].reduce((n, r) => n + r.count, 0);
	if (total < PAGE_RULE.minTexts || total < PAGE_RULE.ratio * terminal) return undefined;
	const [rule, top] = [...byRule.entries()].sort((a, b) => b[1].count - a[1].count)[0]!;
	return { rule, found: top.found, from: 'page' };
}

/**
 * The context a statement stands in: its section heading's channel when the heading names one (and no terminal), none
 * when the heading names the terminal, else the page's.
 */
export function contextOf(page: ChannelContext | undefined, heading: string): ChannelContext | undefined {
	const words = channelWords(heading);
	if (words.terminal) return undefined;
	if (words.other) return { rule: words.other.rule, found: words.other.found, from: 'section' };
	return page;
}

/** Why a statement is about another channel: its own words, or its context (and whether it names the card). */
export interface OffChannel {
	rule: ChannelRule;
	found: string;
	from: 'statement' | 'section' | 'page';
	/** The statement names the card itself: on a page of another channel it may still join the card's entries. */
	card: boolean;
}

/** The other channel a statement is about, or undefined when it is about a card at a terminal or nothing says otherwise. */
export function offChannel(text: string, context: ChannelContext | undefined): OffChannel | undefined {
	const words = channelWords(text);
	if (words.terminal) return undefined;
	// A statement that names the other channel itself says whose decision it is (PayPal将……拒绝信用卡付款): only a dispute
	// (拒付, 调单) stays the card scheme's.
	if (words.other) return { ...words.other, from: 'statement', card: CARD.disputes.test(text) };
	if (!context) return undefined;
	return { rule: context.rule, found: context.found, from: context.from, card: CARD.words.test(text) };
}

/**
 * Among candidate entries, those a statement may join: all when it is about a card at a terminal; else those about its
 * channel, and — for a statement that names the card and stands on a page or in a section of another channel — the
 * entries about the card itself.
 */
export function inChannel<T extends { about: string; card: boolean }>(
	text: string,
	context: ChannelContext | undefined,
	candidates: readonly T[],
): readonly T[] {
	const off = offChannel(text, context);
	if (!off) return candidates;
	return candidates.filter((c) => off.rule.topic.test(c.about) || (off.card && c.card));
}
