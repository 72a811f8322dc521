import type { ResponseCode } from '../../src/schemas/response-code.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * Policy rules for the response codes (src/editorial/codes.yaml): what a merchant reads next to a code must agree with
 * its UnionPay category, send the reader to the remedy its advice names, and warn against charging twice where the
 * outcome may be unknown.
 */

const FILE = 'src/editorial/codes.yaml';

/** A diagnostic of `rule` about `code`. */
function report(rule: EditorialCheck, catalogue: Catalogue, code: ResponseCode, message: string, hint: string): Diagnostic {
	return { severity: rule.severity, code: rule.code, ...entryLocation(catalogue, code.id, FILE), message, hint };
}

/** Wording that advises trying again. */
const SAYS_RETRY = /可(以)?(重试|再试)|请重试|再试一次|可重新发起/;

export const retryMatchesCategory: EditorialCheck = {
	code: 'codes/retry-category',
	description: 'The retry advice agrees with the category: A says 无需, B advises trying again, C–E never advise it and say 不要.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const code of catalogue.codes) {
			const advice = code.retry;
			const problem = (message: string, hint: string) => out.push(report(this, catalogue, code, message, hint));
			switch (code.category) {
				case 'A':
					if (!advice.includes('无需'))
						problem(
							`Code ${code.id} is a success (A), but its retry advice does not say 无需.`,
							'Say that nothing needs doing (无需重试).',
						);
					break;
				case 'B':
					if (!SAYS_RETRY.test(advice))
						problem(`Code ${code.id} may be retried (B), but its retry advice does not say so.`, 'Say when to try again (可稍后重试).');
					break;
				case 'C':
				case 'D':
				case 'E':
					if (SAYS_RETRY.test(advice) || !advice.includes('不要'))
						problem(
							`Code ${code.id} must not be retried as it is (${code.category}), but its retry advice ${SAYS_RETRY.test(advice) ? 'advises trying again' : 'does not say 不要'}.`,
							'Say what not to do (不要重复刷卡) and what to do instead.',
						);
					break;
			}
		}
		return out;
	},
};

/** Terminal messages whose outcome may be unknown: in progress, timed out, duplicate, system fault. */
const OUTCOME_UNKNOWN = /处理中|超时|太迟|应答|重复|异常|日期切换|不能操作|无法达到|调节|重新送入|操作有误/;

export const retryDisplayCaution: EditorialCheck = {
	code: 'codes/retry-caution',
	description:
		'Every terminal message that says 请重试 has a displayNote; where the outcome may be unknown (in progress, timeout, duplicate, system fault) the note is the duplicate-charge check (扣款).',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const code of catalogue.codes) {
			if (!/请(稍后)?重试/.test(code.display)) continue;
			if (code.displayNote === undefined)
				out.push(
					report(
						this,
						catalogue,
						code,
						`Code ${code.id} shows "${code.display}" but has no displayNote.`,
						'Add a displayNote that says what to check before trying again.',
					),
				);
			else if (OUTCOME_UNKNOWN.test(`${code.meaning}${code.display}`) && !/扣款/.test(code.displayNote))
				out.push(
					report(
						this,
						catalogue,
						code,
						`Code ${code.id} may leave the outcome unknown, but its displayNote does not ask to check for a charge (扣款).`,
						'Tell the reader to check whether the card was charged before charging again.',
					),
				);
		}
		return out;
	},
};

/** Remedies a code's own words route to: the advice or display names the situation the remedy handles. */
const ROUTES: ReadonlyArray<{ field: 'advice' | 'display'; pattern: RegExp; remedy: string; what: string }> = [
	{ field: 'advice', pattern: /签到/, remedy: 'R-25', what: 'advises signing in again (签到)' },
	{ field: 'display', pattern: /没收卡/, remedy: 'R-27', what: 'is shown as 没收卡' },
];

export const routedToRemedy: EditorialCheck = {
	code: 'codes/remedy-route',
	description:
		'A code whose advice is to sign in again lists the sign-in remedy R-25; a code shown as 没收卡 lists R-27, the remedy for a card to be retained.',
	severity: 'error',
	check(catalogue) {
		const known = new Set(catalogue.remedies.map((r) => r.id));
		const out: Diagnostic[] = [];
		for (const code of catalogue.codes)
			for (const { field, pattern, remedy, what } of ROUTES) {
				const text = field === 'advice' ? `${code.retry}${code.explanation}` : code.display;
				if (!known.has(remedy) || !pattern.test(text) || code.remedies.includes(remedy)) continue;
				out.push(report(this, catalogue, code, `Code ${code.id} ${what} but does not list ${remedy}.`, `Add ${remedy} to its remedies.`));
			}
		return out;
	},
};

export const codeAlias: EditorialCheck = {
	code: 'codes/alias-code',
	description: 'Every code has an alias that contains the code itself, so that searching for "51" or "码51" finds it.',
	severity: 'error',
	check(catalogue) {
		return catalogue.codes
			.filter((code) => !code.aliases.some((a) => a.includes(code.id)))
			.map((code) =>
				report(
					this,
					catalogue,
					code,
					`No alias of code ${code.id} contains "${code.id}".`,
					`Add the forms a cashier types, e.g. "${code.id}错误", "返回码${code.id}".`,
				),
			);
	},
};

export const reportedVariant: EditorialCheck = {
	code: 'codes/unverified-variant',
	description: 'A variant whose source is only reported (`…-reported`) says so in its meaning (据, 报告, 未见原始).',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const code of catalogue.codes)
			for (const variant of code.variants)
				if (variant.source.endsWith('-reported') && !/据|报告|未见原始/.test(variant.meaning))
					out.push(
						report(
							this,
							catalogue,
							code,
							`A variant of code ${code.id} rests on ${variant.source}, but its meaning reads as verified.`,
							'Say that it is reported (据……报告) and that no original table was seen.',
						),
					);
		return out;
	},
};

export const visaSourced: EditorialCheck = {
	code: 'codes/visa-source',
	description:
		'Retry advice that invokes Visa cites the Visa response-code reference; none says 卡组织也不允许 without naming whose rule it is.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const code of catalogue.codes) {
			if (code.retry.includes('卡组织也不允许'))
				out.push(
					report(
						this,
						catalogue,
						code,
						`The retry advice of code ${code.id} says 卡组织也不允许 without naming the card scheme.`,
						'Name the scheme whose rule it is (Visa) and cite its reference.',
					),
				);
			if (/Visa/.test(code.retry) && !code.sources.includes('checkout-visa-response-codes'))
				out.push(
					report(
						this,
						catalogue,
						code,
						`The retry advice of code ${code.id} invokes Visa but does not cite checkout-visa-response-codes.`,
						'Add checkout-visa-response-codes to its sources.',
					),
				);
		}
		return out;
	},
};
