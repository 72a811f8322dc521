import type { Audience } from '../../../src/schemas/audience.ts';

/**
 * Whose problem a statement is about, read from its own words (issue 14, placement by subject): the cardholder's (持卡人,
 * 消费者, "你的卡") or the merchant's (商户, 商家, 收银员, 收单机构). The catalogue's entries say whom they are for
 * (`audience`); among the candidate entries a statement's words match, those for the other side only are dropped — a
 * merchant's limit or risk control is not the card's, a cardholder's frozen card not the merchant's. Pure.
 */
export interface SubjectRule {
	/** Stable kebab-case ID. */
	id: string;
	description: string;
	/** Real statements and the subject they name (tests/unit/statement-subject.test.ts). */
	examples: ReadonlyArray<{ text: string; subject: StatementSubject | undefined }>;
}

export type StatementSubject = 'cardholder' | 'merchant';

/** Words that name the cardholder as the one concerned. 用户 and 客户 are left out: a POS's user is the merchant, and a merchant's customer is a 客户. */
const CARDHOLDER = /持卡人|消费者|卡友|持卡用户|信用卡用户|你的(?:银行)?卡|您的(?:银行)?卡/u;
/** Words that name the merchant's side: the merchant, its cashier, its acquirer or service provider. */
const MERCHANT = /(?<![系向给与和或找])(?:商户|商家|店主|收银员|收单|服务商)/u;

export const SUBJECT_RULE: SubjectRule = {
	id: 'subject-one-side',
	description:
		'A statement that names the cardholder (持卡人, 消费者, 卡友, "你的卡") and no one on the merchant side is about the cardholder; one that names the merchant side (商户, 商家, 收银员, 收单, 服务商) and not the cardholder is about the merchant. Naming both, or neither, says nothing: every candidate stays. 用户 and 客户 are not read: a POS terminal\'s 用户 is the merchant, a merchant\'s 客户 the cardholder.',
	examples: [
		{ text: '持卡人在使用信用卡时经常出现逾期情况，银行会对该卡进行风控处理，导致信用卡被冻结。', subject: 'cardholder' },
		{ text: '若商户在短时间内频繁进行大额刷卡交易，可能会触发风控系统。', subject: 'merchant' },
		{ text: '商户应提醒持卡人核对签购单金额。', subject: undefined },
		{ text: '网络不稳定会导致交易失败。', subject: undefined },
	],
};

/** The side a statement is about, or undefined when it names both or neither. */
export function subjectOf(text: string): StatementSubject | undefined {
	const cardholder = CARDHOLDER.test(text);
	const merchant = MERCHANT.test(text);
	if (cardholder === merchant) return undefined;
	return cardholder ? 'cardholder' : 'merchant';
}

/** Whether an entry for this audience concerns a statement about this side: some reader of the entry is on that side. */
export function concerns(audience: readonly Audience[], subject: StatementSubject): boolean {
	return subject === 'cardholder' ? audience.includes('持卡人') : audience.includes('商户') || audience.includes('收银员');
}

/**
 * Among candidate entries (with their audiences), those that concern the statement's subject; all of them when none
 * does or the statement names no one side (the subject chooses between candidates, it never leaves a statement unplaced).
 */
export function bySubject<T extends { audience: readonly Audience[] }>(text: string, candidates: readonly T[]): readonly T[] {
	if (candidates.length < 2) return candidates;
	const subject = subjectOf(text);
	if (!subject) return candidates;
	const kept = candidates.filter((c) => concerns(c.audience, subject));
	return kept.length ? kept : candidates;
}
