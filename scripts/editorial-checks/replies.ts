import { REPLY_RECIPIENTS, type ReplyRecipient } from '../../src/schemas/reply.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * Rules for the replies of remedies (src/editorial/remedies.yaml `replies`): a support agent sends them as they are,
 * so each must speak to its recipient, read as whole sentences, and never tell a cardholder that the card was
 * reported lost or stolen or is to be retained.
 */

const FILE = 'src/editorial/remedies.yaml';

/** Every reply of every remedy, with its recipient. */
function* replies(catalogue: Catalogue): Generator<{ id: string; recipient: ReplyRecipient; text: string }> {
	for (const remedy of catalogue.remedies) {
		for (const recipient of Object.keys(REPLY_RECIPIENTS) as ReplyRecipient[]) {
			const text = remedy.replies[recipient];
			if (text !== undefined) yield { id: remedy.id, recipient, text };
		}
	}
}

/** Wording that instructs staff or speaks of a third party, whoever the reply is for. */
const STAFF_WORDING: ReadonlyArray<{ pattern: RegExp; says: string }> = [
	{ pattern: /告诉顾客|告知顾客|提醒顾客|跟顾客说|对顾客说/, says: 'tells staff what to say to the customer' },
	{ pattern: /请收银员|收银员应|由收银员|让收银员/, says: 'gives the cashier an instruction' },
	{ pattern: /排查系统|优化系统|系统和网络问题|减少同类问题/, says: 'describes what an institution must do internally' },
	{ pattern: /技术支持(?:人员)?应/, says: 'instructs technical staff' },
];

/** Words that name the recipient in the third person instead of 您. */
const THIRD_PERSON: Record<ReplyRecipient, RegExp> = {
	cardholder: /持卡人|顾客|客户/,
	merchant: /(?:请|由|让|通知|告诉)商户|商户(?:联系|找|自行|应|需)/,
};

export const replyAddressee: EditorialCheck = {
	code: 'catalogue/reply-staff',
	description:
		'A reply greets its recipient (您好), speaks to them as 您, and never instructs staff or names the recipient in the third person.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const { id, recipient, text } of replies(catalogue)) {
			const where = entryLocation(catalogue, id, FILE);
			const problem = (message: string, hint: string) => out.push({ severity: this.severity, code: this.code, ...where, message, hint });
			if (!text.startsWith('您好'))
				problem(`The ${recipient} reply does not start with 您好.`, 'Begin the reply with 您好， and write it to that person.');
			if (!/您(?!好)/.test(text)) problem(`The ${recipient} reply never addresses its reader as 您.`, 'Say what 您 should do: 请您……');
			for (const { pattern, says } of STAFF_WORDING) {
				const found = pattern.exec(text)?.[0];
				if (found)
					problem(
						`The ${recipient} reply ${says} ("${found}").`,
						'Write only what the recipient reads and does; staff instructions belong in the steps.',
					);
			}
			const third = THIRD_PERSON[recipient].exec(text)?.[0];
			if (third)
				problem(
					`The ${recipient} reply speaks of its own reader in the third person ("${third}").`,
					`It is sent to the ${REPLY_RECIPIENTS[recipient]}: say 您 instead.`,
				);
		}
		return out;
	},
};

/** Joins of two sentences that lost their words: the garbled escalation lines of the old templates, empty brackets, placeholders. */
const GARBLED: ReadonlyArray<{ pattern: RegExp; says: string }> = [
	{ pattern: /联系(?:持卡人|商户)找/, says: 'joins two parties into one contact' },
	{ pattern: /[；;]\s*(?:商户|持卡人)找/, says: 'lists who finds whom instead of telling the reader whom to contact' },
	{ pattern: /[，。；、：,.;:]{2,}/, says: 'has two punctuation marks in a row' },
	{ pattern: /[（(]\s*[）)]/, says: 'has empty brackets' },
	{ pattern: /\{[^}]*\}|\$\{|undefined|null/, says: 'has a placeholder that was never filled' },
];

export const replyGarbled: EditorialCheck = {
	code: 'catalogue/reply-garbled',
	description:
		'A reply reads as whole sentences: no joined contact lines, doubled punctuation, empty brackets or placeholders; every line ends a sentence.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const { id, recipient, text } of replies(catalogue)) {
			const where = entryLocation(catalogue, id, FILE);
			const problem = (message: string) =>
				out.push({
					severity: this.severity,
					code: this.code,
					...where,
					message,
					hint: 'Rewrite the sentence in full: who does what, and whom 您 contact.',
				});
			for (const { pattern, says } of GARBLED) {
				const found = pattern.exec(text)?.[0];
				if (found) problem(`The ${recipient} reply ${says} ("${found}").`);
			}
			for (const line of text.split('\n')) {
				if (!/[。！？]$/.test(line.trim()))
					problem(`A line of the ${recipient} reply does not end a sentence: "${line.trim().slice(-20)}".`);
			}
		}
		return out;
	},
};

/** Codes whose meaning is a pick-up, lost-card, stolen-card or suspected-fraud decline. */
const PICK_UP_CODE = /没收|挂失|被窃|丢失卡|作弊|可疑|安全保密/;
/** What a cardholder must not read about such a decline: the reason is the issuer's to give, never the merchant's. */
const DISCLOSING = /挂失|失窃|被窃|被盗|盗刷|没收|收回|留卡|吞卡|冒用|欺诈|作弊|可疑|黑名单|风控|风险控制|安全保密/;

export const replyGenericDecline: EditorialCheck = {
	code: 'catalogue/reply-discloses',
	description:
		'To a cardholder, a remedy used for pick-up, lost, stolen or suspected-fraud codes is worded as a generic decline: never that the card was reported, is suspected or is to be retained.',
	severity: 'error',
	check(catalogue) {
		const pickUp = new Map<string, string>();
		for (const code of catalogue.codes) {
			if (!PICK_UP_CODE.test(code.meaning)) continue;
			for (const remedy of code.remedies) if (!pickUp.has(remedy)) pickUp.set(remedy, code.id);
		}
		const out: Diagnostic[] = [];
		for (const { id, recipient, text } of replies(catalogue)) {
			const code = pickUp.get(id);
			const found = DISCLOSING.exec(text)?.[0];
			if (recipient !== 'cardholder' || !code || !found) continue;
			out.push({
				severity: this.severity,
				code: this.code,
				...entryLocation(catalogue, id, FILE),
				message: `The cardholder reply says "${found}", but ${id} is a remedy of code ${code}, a pick-up or suspected-fraud decline.`,
				hint: 'Tell the cardholder only that the issuer did not approve the payment and to contact the issuer (发卡行); the reason is theirs to give.',
			});
		}
		return out;
	},
};
