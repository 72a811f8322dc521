import type { ClauseRule, RuleContext, Span } from '../../rules/promotion/types.ts';

/**
 * Span and clause arithmetic of the promotion engine (scripts/pipeline/stages/strip-promotion.ts): a line is split into
 * clauses at Chinese and ASCII punctuation; flagged spans or clauses are removed with the separators that keep the rest
 * reading as a sentence, and every removed piece is recorded with the rule that flagged it. Pure; knows no rule.
 */

/** A line whose selling clauses ({@link ClauseRule.sells}) make up at least this share of its characters is removed whole. */
const WHOLE_LINE_SHARE = 0.5;

/**
 * Clause separators; an ASCII comma grouping thousands (`3,586次`) is part of a number, and the ? of a query string
 * (`apply?from=seo`) part of its URL, not a separator.
 */
const SEPARATOR = /(?:[，;；。！？!…]|\?(?![A-Za-z0-9_%-]+=)|(?<!\d),|,(?!\d{3}(?!\d)))+\s*/gu;
/** Text before the first selling clause at least this long (characters) is a fact, and keeps the line. */
const LEADING_FACT = 16;
/** The condition before an invitation to contact the site: 如有任何疑问或需要进一步帮助, 有需要的话, 如果还有不懂的. */
const INVITATION_PREAMBLE =
	/^(?:如|如果|若|假如|要是|倘若)?(?:您|你|大家)?(?:有|还有|遇到|需要)?(?:任何|什么|其他)?(?:疑问|问题|需要|需求|困难|不明白|不懂|帮助)[^,，;；。]{0,14}$/u;
const TERMINATOR = /[。！？!?…]/u;
/** A writer's filler word opening a sentence (好了, 好啦, 那么, OK): before commentary that goes to the sentence's end, it goes too. */
const FILLER_OPENER = /^(?:好了|好啦|好的|那么|OK|ok|嗯)$/u;

/** Receives each removed piece of text with the rule that removed it. */
export type RecordRemoval = (text: string, rule: string) => void;

/** Merges overlapping spans, removes them and records each removed piece. */
export function removeSpans(text: string, spans: readonly Span[], rule: string, record: RecordRemoval): string {
	const sorted = [...spans].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
	let kept = '';
	let position = 0;
	for (const [start, end] of sorted) {
		if (end <= position) continue;
		const from = Math.max(start, position);
		kept += text.slice(position, from);
		record(text.slice(from, end), rule);
		position = end;
	}
	return kept + text.slice(position);
}

/**
 * A span that empties a clause takes one adjacent separator with it (the following one, or the preceding one at the end of
 * a sentence), so “普及,官网POS机免费申请,选择” becomes “普及,选择” rather than “普及,,选择”.
 */
export function widenToClauses(text: string, spans: readonly Span[]): Span[] {
	return spans.map(([start, end]) => {
		const before = text.slice(0, start);
		const after = text.slice(end);
		const leading = /[,，;；]\s*$/u.exec(before);
		const clauseStartsHere = start === 0 || /[,，;；。！？!?…]\s*$/u.test(before);
		const trailing = /^\s*[,，;；]+\s*/u.exec(after);
		const clauseEndsHere = end === text.length || /^\s*[,，;；。！？!?…]/u.test(after);
		if (!clauseStartsHere || !clauseEndsHere) return [start, end] as const;
		if (trailing) return [start, end + trailing[0].length] as const;
		if (leading && start > 0) return [start - leading[0].length, end] as const;
		return [start, end] as const;
	});
}

export interface Clause {
	start: number;
	/** End of the clause's own text, start of its separator. */
	end: number;
	/** End of its separator. */
	separatorEnd: number;
}

export function splitClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	let start = 0;
	for (const match of text.matchAll(SEPARATOR)) {
		clauses.push({ start, end: match.index, separatorEnd: match.index + match[0].length });
		start = match.index + match[0].length;
	}
	if (start < text.length || clauses.length === 0) clauses.push({ start, end: text.length, separatorEnd: text.length });
	return clauses;
}

/**
 * Removes flagged clauses with the right separators: a run at the start of a sentence takes its trailing separator; a run
 * at the end of a sentence takes the separator before it and leaves the sentence's terminator; a run in the middle takes
 * its trailing separator. A line mostly made of flagged clauses, or selling next to a brand, goes whole.
 */
export function removeClauses(
	text: string,
	rules: readonly ClauseRule[],
	context: RuleContext,
	record: RecordRemoval,
	/** The line before any rule cleaned it: a brand that a words rule already took out still makes it a pitch. */
	original: string = text,
): string {
	const candidates = rules.filter((rule) => !rule.containment || rule.matches(text, context));
	if (candidates.length === 0) return text;
	const clauses = splitClauses(text);
	const flags: Array<string | undefined> = [];
	let sentenceRule: string | undefined;
	clauses.forEach((clause, index) => {
		const content = text.slice(clause.start, clause.end).trim();
		let flag = sentenceRule;
		if (!flag && content !== '') {
			const rule = candidates.find((r) => r.matches(content, context));
			flag = rule?.id;
			if (rule?.extent === 'sentence') sentenceRule = rule.id;
		}
		flags[index] = flag;
		if (TERMINATOR.test(text.slice(clause.end, clause.separatorEnd))) sentenceRule = undefined;
	});
	if (!flags.some(Boolean)) return text;

	const selling = new Set(candidates.filter((rule) => rule.sells).map((rule) => rule.id));
	const sentenceWide = new Set(candidates.filter((rule) => rule.extent === 'sentence').map((rule) => rule.id));
	// A clause that opens its sentence belongs to the removal after it when it only leads into it: a filler word before
	// commentary that goes to the sentence's end (“好了,X的介绍到这里就结束了”), the condition before an invitation to
	// contact the site (“如有任何疑问或需要进一步帮助,请随时联系我们”).
	const leadIns: ReadonlyArray<[RegExp, ReadonlySet<string>]> = [
		[FILLER_OPENER, sentenceWide],
		[INVITATION_PREAMBLE, selling],
	];
	for (const [leadIn, rulesAfter] of leadIns) {
		clauses.forEach((clause, index) => {
			const next = flags[index + 1];
			if (flags[index] || !next || !rulesAfter.has(next)) return;
			const previous = clauses[index - 1];
			const opensSentence = !previous || TERMINATOR.test(text.slice(previous.end, previous.separatorEnd));
			if (opensSentence && leadIn.test(text.slice(clause.start, clause.end).trim())) flags[index] = next;
		});
	}

	// Selling clauses (URL, contact, call to action, offer) leave instructions behind (“工作人员收到申请后…”): when they
	// make up most of the line, or sit next to a brand, the whole line is the pitch. Meta-commentary and furniture never
	// take factual clauses with them.
	const sellingLength = clauses.reduce(
		(sum, clause, index) => sum + (flags[index] && selling.has(flags[index]) ? nonSpaceLength(text.slice(clause.start, clause.end)) : 0),
		0,
	);
	const firstSellingIndex = flags.findIndex((flag) => flag !== undefined && selling.has(flag));
	const firstSelling = flags[firstSellingIndex];
	// A fact that opens the line before the pitch (“引发银行风控系统预警,容易被误认为套现,所以请选择合规商家”) is not
	// instructions of the pitch: the line then loses only the selling clauses.
	const leadingFact = firstSellingIndex > 0 ? nonSpaceLength(text.slice(0, clauses[firstSellingIndex]?.start ?? 0)) : 0;
	if (
		firstSelling &&
		((sellingLength >= nonSpaceLength(text) * WHOLE_LINE_SHARE && leadingFact < LEADING_FACT) || context.lexicon.brands.test(original))
	) {
		record(text, firstSelling);
		return '';
	}

	const owner: Array<string | undefined> = new Array(text.length).fill(undefined);
	let index = 0;
	while (index < clauses.length) {
		if (!flags[index]) {
			index++;
			continue;
		}
		let last = index;
		while (last + 1 < clauses.length && flags[last + 1]) last++;
		const firstClause = clauses[index] as Clause;
		const lastClause = clauses[last] as Clause;
		const previous = clauses[index - 1];
		const startsSentence = !previous || TERMINATOR.test(text.slice(previous.end, previous.separatorEnd));
		const endsSentence = last === clauses.length - 1 || TERMINATOR.test(text.slice(lastClause.end, lastClause.separatorEnd));
		let from = firstClause.start;
		let to = lastClause.separatorEnd;
		if (!startsSentence && endsSentence && previous) {
			from = previous.end;
			to = lastClause.end;
		}
		for (let k = index; k <= last; k++) {
			const clause = clauses[k] as Clause;
			const rule = flags[k];
			for (let position = Math.max(from, k === index ? from : clause.start); position < Math.min(to, clause.separatorEnd); position++)
				owner[position] = rule;
		}
		index = last + 1;
	}
	let kept = '';
	let pieceRule: string | undefined;
	let piece = '';
	for (let position = 0; position <= text.length; position++) {
		const rule = position < text.length ? owner[position] : undefined;
		if (rule !== pieceRule && piece !== '') {
			if (pieceRule) record(piece, pieceRule);
			piece = '';
		}
		if (position === text.length) break;
		const char = text[position] as string;
		if (rule) piece += char;
		else kept += char;
		pieceRule = rule;
	}
	return kept;
}

const nonSpaceLength = (text: string): number => text.replace(/\s+/g, '').length;
