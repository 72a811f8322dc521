/**
 * Two amounts compared in a question: a story that states what something cost and what was charged (售价100元收249元,
 * 消费357元 … 被刷掉3000多元, 三千的消费刷成三万) is about a charge of the wrong amount, whatever words tell it. The query
 * rewriting (rewrite.ts) then adds the catalogue's term for it, so the entry on a mis-entered amount and the refund is
 * found though the story never says 金额错误.
 *
 * Pure and browser-safe.
 */

/** An amount: digits with a currency sign or a unit of money, or Chinese numerals with one (三千, 两万元, 3000多元). */
const AMOUNT =
	/[£$€¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:多)?(?:元|块|万|千|美元|港元|港币|镑|rmb)|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*(?:元|块|万|千)/giu;

/** The rule: its id, description and what rules it out (the amounts then compare something else). */
export const AMOUNT_MISMATCH = {
	id: 'amount-mismatch',
	description:
		'A question that states two different amounts (price and charge) is about a charge of the wrong amount (金额 输入错误), unless it is about a limit, a balance, a fee or a settlement, or names alternatives (39.9元或49.9元).',
	/** Words that make two amounts a limit, a balance, a fee or a settlement (额度从10万降至1万, 刷100元到账63元). */
	otherComparison: /额度|限额|余额|手续费|费率|利息|到账|到賬|到帐|提现|分期|积分|降至|降到/u,
	/** Amounts given as alternatives, not compared (39.9元或49.9元). */
	alternatives: /或|、|\/|~|-|至|到/u,
	/** The terms the rewriting adds. */
	terms: ['金额', '输入错误'],
} as const;

/** Whether the text compares two different amounts as price and charge. */
export function comparesAmounts(text: string): boolean {
	if (AMOUNT_MISMATCH.otherComparison.test(text)) return false;
	const found = [...text.matchAll(AMOUNT)];
	const values = new Set(found.map((m) => m[0].replace(/\s+/g, '').replace(/多/g, '')));
	if (values.size < 2) return false;
	// Two amounts side by side with an alternative between them are choices, not a comparison.
	for (let i = 1; i < found.length; i++) {
		const previous = found[i - 1] as RegExpMatchArray;
		const between = text.slice((previous.index ?? 0) + previous[0].length, found[i]?.index ?? 0);
		if (between.length <= 2 && AMOUNT_MISMATCH.alternatives.test(between)) return false;
	}
	return true;
}
