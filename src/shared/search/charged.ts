/**
 * Failed, yet charged: a question that says the payment failed (不成功, 失败, 刷不出来) and that the money was taken
 * anyway (钱扣了, 扣款, 被扣, 吞钱) asks about a failed payment that was debited — the failed-but-debited symptom and its
 * reversal — not about failures in general, however it is worded. The query rewriting (rewrite.ts) then adds the
 * catalogue's term for it (已扣款, in the symptom's name 交易失败但已扣款), so 刷卡不成功但是钱扣了 reaches it as 交易失败但已扣款
 * does. Nor a refund or a duplicate (退款, 两次): those have their own entries.
 *
 * Pure and browser-safe; runs on the Simplified text of the query.
 */

/** The rule: its id, description, and the words it reads. */
export const FAILED_BUT_CHARGED = {
	id: 'failed-but-charged',
	description:
		'A question saying the payment failed (不成功, 失败) and the money was taken anyway (钱扣了, 扣款, 吞钱) asks about a failed payment that was debited (已扣款).',
	/** The payment failed. */
	failed: /不成功|没成功|未成功|没有成功|失败|刷不出|刷不上|没刷上|没有刷上|吞钱|钱被吞|吃钱/u,
	/** The money was taken. */
	charged: /扣了|扣款|扣钱|被扣|已扣|钱扣|扣费|划走|吞钱|钱被吞|吃钱|钱没了|钱少了/u,
	/** A refund, a duplicate, or the money not taken: other entries answer. */
	other: /退款|退货|撤销|两次|两笔|重复|多扣|没扣|未扣|没有扣|不扣/u,
	/** The term the rewriting adds. */
	term: '已扣款',
} as const;

/** Whether the text says the payment failed and the money was taken. */
export function failedButCharged(text: string): boolean {
	const rule = FAILED_BUT_CHARGED;
	return rule.failed.test(text) && rule.charged.test(text) && !rule.other.test(text);
}
