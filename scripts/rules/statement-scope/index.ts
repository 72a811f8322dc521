/**
 * Whether a statement is about card acceptance at a merchant's terminal at all (issue 14, placement scope), read from its
 * own words: a statement whose subject is another payment channel or product — a bank transfer, an online payment and its
 * OTP message, a cash withdrawal at an ATM, accounting, securities, loans, savings, a 免密 allowance, anti-money-laundering
 * monitoring, a 花呗 credit line — and that names no POS context is no evidence for an entry about a failed card payment,
 * whatever keyword it shares with it (限额, 冲正, 交易失败). It is placed only under an entry whose own title, aliases or
 * summary name that channel (a fraud where the victim is talked into a transfer). Pure.
 */
export interface ScopeRule {
	/** Stable kebab-case ID, `scope-…`. */
	id: string;
	description: string;
	/** The statement is about the channel: the words that show it. */
	subject: RegExp;
	/** What an entry must name to be explicitly about the channel (its title, aliases or summary). */
	topic: RegExp;
	/**
	 * Which POS context lifts the rule: `terminal` — only the terminal or the acquirer named (POS, 终端, 刷卡机, 收单) —
	 * for channels that are never a terminal's (an OTP, an online purchase, an ATM, 花呗); `merchant` — also 刷卡, 商户,
	 * 商家, 收银 — for those a shop may meet (a transfer, a 免密 allowance).
	 */
	lifted: 'terminal' | 'merchant';
	/** Real statements it must find, and real statements it must leave alone (tests/unit/statement-scope.test.ts). */
	examples: { finds: readonly string[]; ignores: readonly string[] };
}

/**
 * The terminal or the acquirer named: the statement is about card acceptance at a terminal. The channel signal
 * (scripts/rules/statement-channel/) widens the same list with the card's handling at the terminal.
 */
export const TERMINAL = /POS|pos|终端|刷卡机|收单|机具|签购单/u;
/** The merchant side or a card swipe named (刷卡 not as an online "swipe"). */
const MERCHANT = new RegExp(`${TERMINAL.source}|商户|商家|收银|特约商店|(?<!线上|网上|在线)刷卡`, 'u');

export const SCOPE_RULES: readonly ScopeRule[] = [
	{
		id: 'scope-transfer',
		description:
			'A bank transfer or remittance as the transaction itself (向B转账, 发起转账, 转账时, 转账失败, 汇款时): a transfer is not a card payment at a terminal, even when it is reversed (冲正). A transfer named as a way to top up an account (充值或转账) or as evidence to keep (转账凭证) is not its subject.',
		subject: /向[^，,。；;]{1,8}?(?:转账|汇款)|发起(?:转账|汇款)|(?:转账|汇款)(?:时|失败|交易|业务)/u,
		topic: /转账|汇款/u,
		lifted: 'merchant',
		examples: {
			finds: [
				'例如：当A向B转账时，如果因为网络问题或账户信息不匹配，系统无法完成转账，就会触发“冲正”，系统会先将这笔交易撤回，再尝试重新处理。',
				'但如果是由于账户信息错误等原因，可能需要用户手动修正信息后重新发起转账。',
			],
			ignores: [
				'客户需要确认银行卡的账户余额是否足够支付此次消费金额，如果不足够，需要及时充值或转账。',
				'银行完成冲正后，钱会直接退回到进行转账的银行卡账户当中，或者是退回到第三方支付通道当中。',
			],
		},
	},
	{
		id: 'scope-online',
		description:
			'An online (card-not-present) payment: the OTP text message of an online purchase (OTP, 认证简讯, 简讯密码), online shopping (网购, 网上购物, 线上刷卡, 网络交易; not 线上交易, which development pages use of card data typed in). A terminal never asks for an OTP; only a terminal or an acquirer named lifts it.',
		subject: /OTP|认证简讯|简讯密码|网购|网上购物|线上刷卡|网络交易|网上交易/u,
		topic: /OTP|简讯|网购|网上购物|线上|网络交易|网上交易/u,
		lifted: 'terminal',
		examples: {
			finds: [
				'出国旅游开心刷卡血拼，但若因手机换了上网卡，将收不到信用卡OTP认证简讯，导致交易失败实在尴尬。',
				'由于网络交易和面对面交易的差异性，无论您使用何种交易平台，只要持卡人使用了信用卡进行支付，此类风险都无法完全避免。',
			],
			ignores: ['此时刷卡、扫码、线上支付都会失败。', '若输入的动态密码，如手机验证码不正确，则无法绑定信用卡。'],
		},
	},
	{
		id: 'scope-atm',
		description:
			'A cash withdrawal or an ATM as the subject (ATM会/发生故障/吞卡, 取款限额, 取现限额, 累计取现, 提取现金). An ATM named in passing as another place the card fails (ATM机和刷卡都会失败, 比如ATM机取钱输错密码3次) is not its subject.',
		subject: /ATM(?:机)?(?:会|将|发生|出现|故障|吞)|取款限额|取现限额|累计取现|提取现金/u,
		topic: /ATM|取现|取款/u,
		lifted: 'terminal',
		examples: {
			finds: ['当ATM发生故障，持卡人操作失误或忘记取卡时，ATM会吞没卡片。', '取款限额 每卡每日累计取现不得超过人民币5000元等值港币。'],
			ignores: ['银行卡被锁定后无法使用，ATM机和刷卡都会失败。', '比如ATM机取钱输错密码3次，卡片会暂时锁定。'],
		},
	},
	{
		id: 'scope-finance',
		description:
			'Accounting, securities, loans or savings as the subject (记账, 会计, 红字冲销, 证券, 股票, 贷款, 理财, 应急资金): a bookkeeping 冲正 or a savings tip is not a card payment.',
		subject: /记账|会计|账务处理|红字|证券|股票|贷款|房贷|理财|应急资金/u,
		topic: /记账|会计|证券|股票|贷款|理财/u,
		lifted: 'terminal',
		examples: {
			finds: ['应急资金：预留 3-6 个月应急资金，覆盖信用卡最低还款额。'],
			ignores: ['确认是否为储蓄卡交易（通常T+1到账）或超出秒到时间范围。'],
		},
	},
	{
		id: 'scope-allowance',
		description:
			'The limit of something other than a card payment: a 免密 (no-PIN) allowance, which only decides whether a PIN is asked, never whether the payment goes through; a limit set against money-laundering monitoring (反洗钱).',
		subject: /免密[^。；;]{0,30}(?:额度|限额)|(?:额度|限额)[^。；;]{0,12}免密|反洗钱/u,
		topic: /免密|反洗钱/u,
		lifted: 'merchant',
		examples: {
			finds: [
				'云闪付有个小额免密免签的功能，但具体不同银行对于这个功能的限额不同，建议大家详细咨询一下银行客服。',
				'限额设置：单日交易不超过 5 万元，避免触发反洗钱监控。',
			],
			ignores: ['关闭免密支付：如需更高安全性，可联系银行关闭小额免密功能。'],
		},
	},
	{
		id: 'scope-credit-line',
		description:
			"A consumer credit line of a payment app (花呗, 借呗, 白条): its 额度 and its failures are the app's, not a card's at a terminal. Only a terminal named lifts it (a shop's 商户码 is still the app's).",
		subject: /花呗|借呗|白条/u,
		topic: /花呗|借呗|白条/u,
		lifted: 'terminal',
		examples: {
			finds: ['花呗可用额度不足也会导致支付失败。'],
			ignores: ['信用卡额度不足也会导致支付失败。'],
		},
	},
];

/** The rule a statement falls under, with the words that show it; undefined when it is in scope. */
export function outOfScope(text: string): { rule: ScopeRule; found: string } | undefined {
	for (const rule of SCOPE_RULES) {
		const m = rule.subject.exec(text);
		if (!m) continue;
		if ((rule.lifted === 'terminal' ? TERMINAL : MERCHANT).test(text)) continue;
		return { rule, found: m[0] };
	}
	return undefined;
}

/**
 * Among candidate entries (with the text that says what they are about: title, aliases, summary), those a statement may
 * join: all of them when it is in scope; else only those explicitly about its channel (often none).
 */
export function inScope<T extends { about: string }>(text: string, candidates: readonly T[]): readonly T[] {
	const out = outOfScope(text);
	if (!out) return candidates;
	return candidates.filter((c) => out.rule.topic.test(c.about));
}
