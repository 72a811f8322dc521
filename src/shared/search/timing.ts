/**
 * A question about when the money comes: a clause that names a time (晚上8点以后, 第三天, 次日, 当天, 两个工作日) and the
 * money arriving or being settled (到账, 入账, 结算), or a time of day with the payment (早晨刷的钱, 晚上8点以后刷卡), asks
 * about the settlement cycle — when a day's takings are cut off and paid — whatever words tell it. The query rewriting
 * (rewrite.ts) then adds the catalogue's term for it (结算周期).
 *
 * Pure and browser-safe; runs on the Simplified text of the query.
 */

/** Where a question's clauses part (punctuation and spaces). */
const CLAUSE_SEPARATORS = /[，,。；;！!？?：:\s]+/u;

/** The rule: its id, description, and the words it reads. */
export const SETTLEMENT_TIMING = {
	id: 'settlement-timing',
	description:
		'A clause naming a time and the money arriving (第三天到账, 当天没结账), or a time of day and the payment (晚上8点以后刷卡, 早晨刷的钱), asks about the settlement cycle (结算周期); a refund (退款, 撤销, 预授权) has its own timetable.',
	/** A time of day: the cut-off of a settlement day. */
	timeOfDay: /\d{1,2}\s*点|[一二两三四五六七八九十]{1,3}点(?!击)|几点|早晨|早上|晚上|凌晨|夜里|半夜|深夜|夜间/u,
	/** A day counted from the payment, or a stretch of working days. */
	day: /第[二三四五六七2-7]天|次日|隔天|隔日|当天|当日|几天|[0-9一二两三四五]+\s*个?工作日|节假日|周末/u,
	/** The money arriving or being settled. */
	arrival: /到账|入账|结算|结账|回款|下款|出款/u,
	/** The payment itself (with a time of day). */
	payment: /刷/u,
	/** A refund or a reversed payment comes back on its own timetable, not the settlement cycle's. */
	refund: /退款|退回|退货|退还|撤销|冲正|预授权|返还/u,
	/** The term the rewriting adds. */
	term: '结算周期',
} as const;

/** Whether some clause of the text asks when the money of a payment is settled. */
export function asksSettlementTime(text: string): boolean {
	const rule = SETTLEMENT_TIMING;
	if (rule.refund.test(text)) return false;
	return text.split(CLAUSE_SEPARATORS).some((clause) => {
		const time = rule.timeOfDay.test(clause);
		if ((time || rule.day.test(clause)) && rule.arrival.test(clause)) return true;
		return time && rule.payment.test(clause);
	});
}
