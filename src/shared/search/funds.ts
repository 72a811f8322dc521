/**
 * Money there, payment refused: a question that says the card has the funds (有额度, 卡里有钱, 余额充足, 额度够) and that
 * the payment failed (刷不出来, 无法完成交易, 失败, 不能用) asks why the issuer declined it — not about a balance or a
 * failure in general — however it is worded. The query rewriting (rewrite.ts) then adds the catalogue's term for it
 * (交易被拒绝), so 有额度刷不出来 reaches the declined-transaction entry as 有额度却刷不了 (a listed variant) does.
 *
 * Pure and browser-safe; runs on the Simplified text of the query.
 */

/** The rule: its id, description, and the words it reads. */
export const FUNDS_BUT_DECLINED = {
	id: 'funds-but-declined',
	description:
		'A question saying the card has the funds (有额度, 有钱, 余额充足) and the payment failed (刷不出来, 无法完成交易) asks why the issuer declined it (交易被拒绝).',
	/** The funds are there. */
	funds:
		/(?:有|还有|剩|够|足够|充足|充裕|没用完|没刷完)(?:的)?(?:额度|余额|钱)|(?:额度|余额|钱)(?:还)?(?:有|够|足够|充足|充裕|没问题|没用完)/u,
	/** Funds that are not there (额度不够, 没有余额): the balance is the answer. */
	noFunds: /(?:额度|余额|钱)(?:不够|不足|用完|用光|没了)|没(?:有)?(?:额度|余额|钱)/u,
	/** The payment failed. */
	failed: /刷不|失败|无法|不能|不了|不成功|用不|拒/u,
	/** The term the rewriting adds. */
	term: '交易被拒绝',
} as const;

/** Whether the text says the funds are there and the payment failed. */
export function fundsButDeclined(text: string): boolean {
	const rule = FUNDS_BUT_DECLINED;
	return rule.funds.test(text) && !rule.noFunds.test(text) && rule.failed.test(text);
}
