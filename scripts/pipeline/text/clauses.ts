import type { ClauseRule, RuleContext, Span } from '../../rules/promotion/types.ts';

/**
 * Span and clause arithmetic of the promotion engine (scripts/pipeline/stages/strip-promotion.ts): a line is split into
 * clauses at Chinese and ASCII punctuation; flagged spans or clauses are removed with the separators that keep the rest
 * reading as a sentence, and every removed piece is recorded with the rule that flagged it. Pure; knows no rule.
 */

/** A line whose selling clauses ({@link ClauseRule.sells}) make up at least this share of its characters is removed whole. */
const WHOLE_LINE_SHARE = 0.5;

/** Clause separators; an ASCII comma grouping thousands (`3,586次`) is part of a number, not a separator. */
const SEPARATOR = /(?:[，;；。！？!?…]|(?<!\d),|,(?!\d{3}(?!\d)))+\s*/gu;
const TERMINATOR = /[。！？!?…]/u;

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
export function removeClauses(text: string, rules: readonly ClauseRule[], context: RuleContext, record: RecordRemoval): string {
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

	// Selling clauses (URL, contact, call to action, offer) leave instructions behind (“工作人员收到申请后…”): when they
	// make up most of the line, or sit next to a brand, the whole line is the pitch. Meta-commentary and furniture never
	// take factual clauses with them.
	const selling = new Set(candidates.filter((rule) => rule.sells).map((rule) => rule.id));
	const sellingLength = clauses.reduce(
		(sum, clause, index) => sum + (flags[index] && selling.has(flags[index]) ? nonSpaceLength(text.slice(clause.start, clause.end)) : 0),
		0,
	);
	const firstSelling = flags.find((flag) => flag !== undefined && selling.has(flag));
	if (firstSelling && (sellingLength >= nonSpaceLength(text) * WHOLE_LINE_SHARE || context.lexicon.brands.test(text))) {
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
