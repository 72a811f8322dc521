/**
 * A failure someone only believed: a story where the cashier or the customer thought the payment had failed (误以为刷卡
 * 没有成功, 以为没刷上, 当成交易失败) is about a result nobody checked — the payment went through and was made again,
 * so the card was charged twice — not about a failed payment. The query rewriting (rewrite.ts) then adds the
 * catalogue's terms for it (结果不明, 重复扣款).
 *
 * Pure and browser-safe; runs on the Simplified text of the query.
 */

/** The rule: its id, description, and the words it reads. */
export const MISTAKEN_FAILURE = {
	id: 'mistaken-failure',
	description:
		'A story where someone thought the payment failed (误以为没有成功, 以为没刷上) is about an unchecked result and a second charge (结果不明, 重复扣款), not a failed payment.',
	/** Believing, then (within a few characters) a failure. */
	pattern: /(?:误以为|以为|当成|当作|误认为|认为)[^，,。；;！!？?]{0,8}?(?:没有?成功|不成功|失败|没有?刷上|没有?刷成|没有?扣|没有?付)/u,
	/** The terms the rewriting adds. */
	terms: ['结果不明', '重复扣款'],
} as const;

/** Whether the text tells of a failure someone only believed. */
export function mistakenFailure(text: string): boolean {
	return MISTAKEN_FAILURE.pattern.test(text);
}
