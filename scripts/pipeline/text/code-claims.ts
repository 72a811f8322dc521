import type { Cause } from '../../../src/schemas/cause.ts';
import type { Erratum } from '../../../src/schemas/erratum.ts';
import type { ResponseCode } from '../../../src/schemas/response-code.ts';
import type { GenericMeaning } from '../../../src/schemas/statement-form.ts';
import { compileRule, compileRules, type Matcher } from './match.ts';
import { typesetChinese } from './typeset.ts';

/**
 * Statements that contradict the catalogue: a response code given a meaning other than the catalogue's
 * ("04：卡内余额不足。": 04 is 没收卡), or a claim an erratum corrects. They are not published as evidence.
 *
 * What a claimed meaning says is decided with the catalogue's own vocabulary: the match rules of the causes (余额不足 is
 * C-01, 限额/超限 is C-02 …). A claim contradicts a code when it names a cause that the code neither lists among its
 * causes nor names in its own meaning, terminal message, aliases or variants; or when it is one of the code's recorded
 * misconceptions. Words that only say a transaction failed and whom to call
 * (src/editorial/generic-meanings.yaml) are removed first: "05：交易失败，请联系发卡行" contradicts nothing.
 */

/** A statement giving a code another meaning, or repeating an erratum's wrong claim. */
export interface Contradiction {
	rule: 'code-meaning' | 'erratum';
	/** The response code, for `code-meaning`. */
	code?: string;
	/** The meaning the statement gives the code, for `code-meaning`. */
	claimed?: string;
	/** The erratum's ID, for `erratum`. */
	erratum?: string;
	/** Short: what was found ("04：卡内余额不足 (catalogue: 没收卡…)"). */
	found: string;
}

export interface ClaimChecker {
	check(text: string): Contradiction | undefined;
}

type Parts = {
	codes: readonly ResponseCode[];
	causes: readonly Cause[];
	errata: readonly Erratum[];
	genericMeanings: readonly GenericMeaning[];
};

/** A code token as sources write it: two digits or a letter and a digit ("51", "A0"), not inside a longer number. */
const CODE = '(?<![0-9A-Za-z.．])[0-9A-Z]{1,2}(?![0-9A-Za-z])';
const CODE_LIST = String.raw`${CODE}(?:\s*(?:和|与|、|,|，|/|或)\s*${CODE})*`;
const QUOTE_OPEN = '[“"‘]?';
const QUOTE_CLOSE = '[”"’]?';
const CODE_WORD = '(?:错误代码|错误码|应答码|返回码|响应码|提示码|代码|代码为)';
const SAYS = '(?:表示|代表|意思是|的意思是|是指|是|为|即)';
/** Where the claimed meaning ends: the first clause. */
const MEANING = '(?<meaning>[^，。；,;！!？?（(]{2,40})';
const CLAIM_PATTERNS: readonly RegExp[] = [
	// 04：没收卡 / 05 ——交易失败 / “04”代码是没收卡
	new RegExp(String.raw`^\s*${QUOTE_OPEN}(?<codes>${CODE})${QUOTE_CLOSE}\s*(?:——|—|--|-|－|：|:)(?!\s*\d)\s*${MEANING}`, 'u'),
	// 错误码39表示… / 代码55 密码错误
	new RegExp(String.raw`${CODE_WORD}\s*${QUOTE_OPEN}(?<codes>${CODE_LIST})${QUOTE_CLOSE}\s*(?:${SAYS}|[：:]|\s+)\s*${MEANING}`, 'u'),
	// “01”代码表示… / 44错误代码表示…
	new RegExp(String.raw`${QUOTE_OPEN}(?<codes>${CODE_LIST})${QUOTE_CLOSE}\s*${CODE_WORD}\s*(?:${SAYS}|[：:])\s*${MEANING}`, 'u'),
];
/** A list number glued to a code ("2.05错误代码表示…"): the number is not part of the code. */
const LIST_NUMBER = /^\s*\d{1,2}[.、．](?=\d)/u;

/** Every code a statement gives a meaning, with that meaning (first clause). */
export function codeClaims(text: string): Array<{ code: string; meaning: string }> {
	const t = text.replace(LIST_NUMBER, '');
	for (const pattern of CLAIM_PATTERNS) {
		const m = pattern.exec(t);
		if (!m?.groups) continue;
		const meaning = m.groups.meaning!.trim();
		const codes = m.groups.codes!.split(/\s*(?:和|与|、|,|，|\/|或)\s*/u).filter((c) => /^[0-9A-Z]{2}$/u.test(c));
		if (codes.length) return codes.map((code) => ({ code, meaning }));
	}
	return [];
}

export function createClaimChecker(parts: Parts): ClaimChecker {
	const generic = parts.genericMeanings.flatMap((g) => g.phrases).sort((a, b) => b.length - a.length);
	const strip = (meaning: string) => generic.reduce((m, phrase) => m.split(phrase).join(' '), meaning).trim();
	const causeMatchers: Array<{ id: string; matches: Matcher }> = parts.causes
		.filter((c) => c.match.length > 0)
		.map((c) => ({ id: c.id, matches: compileRules(c.match) }));
	const conceptsOf = (text: string): Set<string> => new Set(causeMatchers.filter((c) => c.matches(text)).map((c) => c.id));
	const codes = new Map(
		parts.codes.map((code) => {
			// Aliases that contain the code are how people type it (刷卡显示51), not what it means.
			const names = code.aliases.filter((a) => !a.includes(code.id));
			const own = [code.meaning, code.display, ...names, ...code.variants.map((v) => v.meaning)].join(' ');
			const accepted = new Set([...code.causes, ...conceptsOf(own)]);
			const misconceptions = code.misconceptions
				.map((m) => /^\s*[0-9A-Z]{2}\s*=\s*(.+)$/u.exec(m)?.[1]?.trim())
				.filter((m): m is string => Boolean(m));
			return [code.id, { code, accepted, misconceptions }];
		}),
	);
	const errata = parts.errata.map((e) => ({
		id: e.id,
		find: typesetChinese(e.find),
		claim: e.claim ? compileRule(e.claim) : undefined,
	}));

	const contradicts = (codeId: string, meaning: string): string | undefined => {
		const known = codes.get(codeId);
		if (!known) return undefined; // a code the catalogue does not have: nothing to compare with
		const specific = strip(meaning);
		if ((specific.match(/\p{Script=Han}/gu)?.length ?? 0) < 2) return undefined; // only 交易失败, 请联系发卡行 …
		if (known.misconceptions.some((m) => specific.includes(m) || m.includes(specific))) return 'misconception';
		const named = conceptsOf(specific);
		if (named.size === 0) return undefined;
		return [...named].some((id) => known.accepted.has(id)) ? undefined : [...named].join(',');
	};

	return {
		check(text) {
			for (const { code, meaning } of codeClaims(text)) {
				const why = contradicts(code, meaning);
				if (why)
					return {
						rule: 'code-meaning',
						code,
						claimed: meaning,
						found: `${code}：${meaning}（目录：${codes.get(code)!.code.meaning}）`,
					};
			}
			for (const e of errata) {
				if (text.includes(e.find) || e.claim?.(text)) return { rule: 'erratum', erratum: e.id, found: e.id };
			}
			return undefined;
		},
	};
}
