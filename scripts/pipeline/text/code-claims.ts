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
 * causes nor names in its own meaning, terminal message, aliases or variants; when it is one of the code's recorded
 * misconceptions; or, naming no cause, when it shares no specific word with the code's own wording but several with
 * another code's ("03表示所尝试进行的功能不被支持": that is 40). A statement saying a situation makes the terminal show a
 * code ("银行卡过期……POS机也会返回51应答码") contradicts it when the situation is a cause the code does not accept. Words that only say a transaction failed and whom to call
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
	// 96交易拒绝：刷卡金额过大，和限额不符 / 51 余额不足。: the code, then at once its meaning (a short label, and the sentence
	// its colon opens). Not a count or a measure (10个工作日, 30天, 15位, 24小时), not a range (90及以上), not a longer
	// number (2024年).
	new RegExp(
		String.raw`^\s*${QUOTE_OPEN}(?<codes>${CODE})${QUOTE_CLOSE}\s?(?![点号天元块次个分秒小月年日笔张台万千百多岁人遍位类种步条家款周期届倍成折及以至到和或与])(?=\p{Script=Han})(?<meaning>[^，。；,;！!？?（(：:\s]{2,12}(?:[：:]\s*[^。；;！!？?（(]{2,40})?)(?=[，。；,;！!？?（(]|$)`,
		'u',
	),
];
/**
 * A statement that names a situation and says the terminal then shows a code: "银行卡过期：……POS机也会返回51应答码。",
 * "……超过了限额，就会出现51余额不足的错误。" The situation is the whole statement.
 */
const SHOWS_CODE = new RegExp(
	String.raw`(?:返回|出现|显示|提示|报|弹出|刷卡|遇到)\s*(?:了)?\s*${CODE_WORD}?\s*${QUOTE_OPEN}(?<code>${CODE})${QUOTE_CLOSE}\s*(?:[^，。；,;]{0,6}?(?:应答码|错误码|错误代码|代码|错误|失败)|时|的时候)`,
	'u',
);

/** The code a statement says a situation produces, if any. */
export function codeShown(text: string): string | undefined {
	const code = SHOWS_CODE.exec(text)?.groups?.code;
	return code && /^[0-9A-Z]{2}$/u.test(code) ? code : undefined;
}

/**
 * A code read as a value: the statement takes the code's digits for an amount or a number the system failed to parse
 * ("“13”恰好是某个特定系统无法正确解析的金额", "系统可能将“13”定义为非数字字符") — a misreading of "无效金额13", whose 13 is the
 * response code. Only a quoted code (its closing quote at least), or one that 将/把 make the object, followed in the same clause by a value noun after 的
 * (…的金额, 的数值) or by 非数字/数字字符: "13是无效金额" names the code's meaning, not a value.
 */
const CODE_AS_VALUE = new RegExp(
	String.raw`(?:[“"‘]?(?<quoted>${CODE})[”"’]|(?:将|把)\s*(?<object>${CODE}))[^，。；,;！!？?]{0,16}?(?:(?:是|为|视为|作为|当作|当成|定义为)[^，。；,;！!？?]{0,16}的\s*(?:金额|数值|数字)|(?:非数字|数字)字符)`,
	'u',
);

/** The code a statement reads as an amount or a number, if any. */
export function codeReadAsValue(text: string): string | undefined {
	const groups = CODE_AS_VALUE.exec(text)?.groups;
	const code = groups?.quoted ?? groups?.object;
	return code && /^[0-9A-Z]{2}$/u.test(code) ? code : undefined;
}

/** A list number glued to a code ("2.05错误代码表示…"): the number is not part of the code. */
const LIST_NUMBER = /^\s*\d{1,2}[.、．)）](?=\d)/u;

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
	const causeTitles = new Map(parts.causes.map((c) => [c.id, c.title]));
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

	// Two-character words of each code's own wording; words that a sixth of the codes share (交易, 发卡行 …) say nothing
	// about which code it is.
	const wordsOf = (text: string): Set<string> => {
		const out = new Set<string>();
		for (const run of text.match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
		return out;
	};
	const ownWords = new Map(
		parts.codes.map((code) => [code.id, wordsOf([code.meaning, code.display, code.explanation, ...code.aliases].join(' '))]),
	);
	const frequency = new Map<string, number>();
	for (const words of ownWords.values()) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
	const common = new Set([...frequency].filter(([, n]) => n >= parts.codes.length / 6).map(([w]) => w));
	const specificWords = (text: string) => new Set([...wordsOf(text)].filter((w) => !common.has(w)));
	/** The code whose own wording the meaning shares most words with, when it shares none with its own code's. */
	const otherCodeMeant = (codeId: string, meaning: string): string | undefined => {
		const words = specificWords(meaning);
		if (words.size < 3) return undefined;
		const shared = (id: string) => [...words].filter((w) => ownWords.get(id)?.has(w)).length;
		if (shared(codeId) > 0) return undefined;
		let best: string | undefined;
		let bestShared = 1;
		for (const id of ownWords.keys()) {
			if (id === codeId) continue;
			const n = shared(id);
			if (n > bestShared) {
				best = id;
				bestShared = n;
			}
		}
		return best;
	};

	const contradicts = (codeId: string, meaning: string): string | undefined => {
		const known = codes.get(codeId);
		if (!known) return undefined; // a code the catalogue does not have: nothing to compare with
		const specific = strip(meaning);
		if ((specific.match(/\p{Script=Han}/gu)?.length ?? 0) < 2) return undefined; // only 交易失败, 请联系发卡行 …
		if (known.misconceptions.some((m) => specific.includes(m) || m.includes(specific))) return 'misconception';
		const named = conceptsOf(specific);
		if (named.size === 0) return otherCodeMeant(codeId, specific);
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
			const asValue = codeReadAsValue(text);
			const valueCode = asValue ? codes.get(asValue) : undefined;
			if (asValue && valueCode)
				return {
					rule: 'code-meaning',
					code: asValue,
					claimed: '当作金额或数值',
					found: `${asValue}：被当作金额或数值（目录：${valueCode.code.meaning}）`,
				};
			// A situation the statement says produces a code: every cause it names must be one the catalogue accepts.
			const shown = codeShown(text);
			const known = shown ? codes.get(shown) : undefined;
			if (shown && known) {
				const situation = text.replace(SHOWS_CODE, ' ');
				const named = [...conceptsOf(situation)];
				const foreign = named.filter((id) => !known.accepted.has(id));
				const other = named.length === 0 ? otherCodeMeant(shown, situation) : undefined;
				if (other)
					return {
						rule: 'code-meaning',
						code: shown,
						claimed: situation.trim().slice(0, 40),
						found: `${shown}：像是 ${other} 的含义（目录：${known.code.meaning}）`,
					};
				if (foreign.length)
					return {
						rule: 'code-meaning',
						code: shown,
						claimed: foreign.map((id) => causeTitles.get(id) ?? id).join('、'),
						found: `${shown}：${foreign.join(',')}（目录：${known.code.meaning}）`,
					};
			}
			for (const e of errata) {
				if (text.includes(e.find) || e.claim?.(text)) return { rule: 'erratum', erratum: e.id, found: e.id };
			}
			return undefined;
		},
	};
}
