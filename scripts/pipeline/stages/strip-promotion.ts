import { PROMOTION_RULES, SELLING_RULES } from '../../rules/promotion/index.ts';
import type {
	ClauseRule,
	DocumentLine,
	DocumentRule,
	LineRule,
	PromotionContext,
	PromotionRule,
	RuleContext,
	Span,
	WordsRule,
} from '../../rules/promotion/types.ts';
import { EMPTY_PROMOTION_CONTEXT, lexiconFor } from '../../rules/promotion/vocabulary.ts';
import type { CleanBlock, CleanSource, DeobfuscatedSource, Removal, SourceLine } from '../types.ts';

/** A line whose selling clauses make up at least this share of its characters is removed whole. */
const WHOLE_LINE_SHARE = 0.5;
/** Text before the first selling clause at least this long (characters) is a fact, and keeps the line. */
const LEADING_FACT = 16;
/** Words and clause passes repeat until nothing changes; a bound keeps pathological input linear. */
const MAX_PASSES = 4;

/**
 * Clause separators; an ASCII comma grouping thousands (`3,586次`) is part of a number, and the ? of a query string
 * (`apply?from=seo`) part of its URL, not a separator.
 */
const SEPARATOR = /(?:[，;；。！？!…]|\?(?![A-Za-z0-9_%-]+=)|(?<!\d),|,(?!\d{3}(?!\d)))+\s*/gu;
const TERMINATOR = /[。！？!?…]/u;
/** The condition before an invitation to contact the site: 如有任何疑问或需要进一步帮助, 有需要的话, 如果还有不懂的. */
const INVITATION_PREAMBLE =
	/^(?:如|如果|若|假如|要是|倘若)?(?:您|你|大家)?(?:有|还有|遇到|需要)?(?:任何|什么|其他)?(?:疑问|问题|需要|需求|困难|不明白|不懂|帮助)[^,，;；。]{0,14}$/u;
/** What is left of a line once its content is gone: numbering, punctuation, brackets. */
const RESIDUE = /^[\s\d.、．,，;；:：。！？!?…()（）[\]【】「」《》"'“”‘’\-—_|/·•*#~]*$/u;

/**
 * Stage 4: removes promotion, contact details and site furniture from a de-obfuscated article, line by line.
 * Every non-blank line becomes exactly one {@link CleanBlock} (its cleaned text) and/or {@link Removal}s; a fully removed
 * line yields only Removals. The title is the first non-blank line, cleaned. Pure.
 *
 * `context` defaults to no hotlines and no vocabulary (only structural rules — URLs, phone numbers, HTML — can match);
 * pass the editorial context parsed by `parsePromotionContext`.
 */
export function stripPromotion(
	doc: DeobfuscatedSource,
	rules: readonly PromotionRule[] = PROMOTION_RULES,
	context: PromotionContext = EMPTY_PROMOTION_CONTEXT,
): CleanSource {
	const result = stripLines(doc.lines, rules, context, { article: true });
	return {
		file: doc.file,
		title: result.title,
		blocks: result.blocks,
		removed: result.removed,
		substitutions: doc.substitutions,
		conversions: doc.conversions,
		encoding: doc.encoding,
	};
}

/** Options of {@link stripLines}. */
export interface StripOptions {
	/** True for an article: the first non-blank line is its title and title-based rules apply. False for scanning arbitrary text. */
	article: boolean;
}

/** The engine behind {@link stripPromotion} and the site scanner. */
export function stripLines(
	lines: readonly SourceLine[],
	rules: readonly PromotionRule[],
	promotion: PromotionContext,
	options: StripOptions,
): { title: string; blocks: CleanBlock[]; removed: Removal[] } {
	const byScope = partition(rules);
	const documentLines: DocumentLine[] = [];
	for (const sourceLine of lines) {
		const text = sourceLine.text.trim();
		if (text !== '') documentLines.push({ line: sourceLine.line, text });
	}
	const collected = new Map<string, readonly string[]>();
	const context: RuleContext = {
		title: '',
		hotlines: new Set(promotion.hotlines.map((h) => h.number)),
		lexicon: lexiconFor(promotion.vocabulary),
		collected,
	};
	// Names learned from the whole text (a site's name, its brands) before any line is cleaned.
	for (const rule of byScope.words) if (rule.collect) collected.set(rule.id, rule.collect(documentLines, context));

	// The title is cleaned first: title-based rules compare against the clean title, so cleaning twice changes nothing.
	// Lines above it that clean away entirely (a breadcrumb “首页 > POS机知识 > 正文”) are furniture: the title is the first
	// line that keeps something, and document rules see the article from the title on.
	const leading: Removal[] = [];
	if (options.article) {
		while (documentLines.length > 0) {
			const first = documentLines[0] as DocumentLine;
			// A line rule's line (spam, a bare number, a contact label, navigation) or a tag line is never the title.
			const lineRule =
				documentLines.length > 1
					? (byScope.line.find((rule) => rule.matches(first.text, context)) ??
						byScope.documentBefore.find((rule) => rule.rejectsTitle?.(first.text, context)))
					: undefined;
			if (lineRule) {
				leading.push({ line: first.line, text: first.text, rule: lineRule.id });
				documentLines.shift();
				continue;
			}
			const titleResult = cleanLine(first.text, first.line, byScope, context);
			if (titleResult.kept === '' && documentLines.length > 1) {
				leading.push(...titleResult.removed);
				documentLines.shift();
				continue;
			}
			break;
		}
	}
	const cleaned = new Map<number, { kept: string; removed: Removal[] }>();
	const first = documentLines[0];
	if (options.article && first) {
		const titleResult = cleanLine(first.text, first.line, byScope, context);
		cleaned.set(0, titleResult);
		context.title = titleResult.kept;
	}

	const claimed = new Map<number, string>();
	for (const rule of byScope.documentBefore) claim(rule, documentLines, context, claimed, options.article);

	documentLines.forEach((documentLine, index) => {
		if (cleaned.has(index)) return;
		const claimedBy = claimed.get(index) ?? byScope.line.find((rule) => rule.matches(documentLine.text, context))?.id;
		if (claimedBy) cleaned.set(index, { kept: '', removed: [{ line: documentLine.line, text: documentLine.text, rule: claimedBy }] });
		else cleaned.set(index, cleanLine(documentLine.text, documentLine.line, byScope, context));
	});

	// Phase `after`: repeats are judged on the cleaned text.
	const afterLines = documentLines.map((documentLine, index) => ({ line: documentLine.line, text: cleaned.get(index)?.kept ?? '' }));
	const afterClaims = new Map<number, string>();
	for (const rule of byScope.documentAfter) claim(rule, afterLines, context, afterClaims, options.article);
	for (const [index, rule] of afterClaims) {
		const result = cleaned.get(index);
		const documentLine = documentLines[index];
		if (!result || !documentLine || result.kept === '') continue;
		result.removed.push({ line: documentLine.line, text: result.kept, rule });
		result.kept = '';
	}

	const blocks: CleanBlock[] = [];
	const removed: Removal[] = [...leading];
	documentLines.forEach((documentLine, index) => {
		const result = cleaned.get(index);
		if (!result) return;
		removed.push(...result.removed);
		if (result.kept !== '') blocks.push({ line: documentLine.line, text: result.kept });
	});
	const title = options.article ? cleaned.get(0)?.kept || blocks[0]?.text || '' : '';
	return { title, blocks, removed };
}

interface RulesByScope {
	documentBefore: DocumentRule[];
	documentAfter: DocumentRule[];
	line: LineRule[];
	words: WordsRule[];
	clause: ClauseRule[];
}

function partition(rules: readonly PromotionRule[]): RulesByScope {
	const byScope: RulesByScope = { documentBefore: [], documentAfter: [], line: [], words: [], clause: [] };
	for (const rule of rules) {
		if (rule.scope === 'document') (rule.phase === 'before' ? byScope.documentBefore : byScope.documentAfter).push(rule);
		else if (rule.scope === 'line') byScope.line.push(rule);
		else if (rule.scope === 'words') byScope.words.push(rule);
		else byScope.clause.push(rule);
	}
	return byScope;
}

/** Records the lines a document rule selects; the first rule to claim a line names it. The title line is never claimed. */
function claim(
	rule: DocumentRule,
	lines: readonly DocumentLine[],
	context: RuleContext,
	claimed: Map<number, string>,
	article: boolean,
): void {
	for (const index of rule.select(lines, context)) {
		if (article && index === 0) continue;
		if (index >= 0 && index < lines.length && !claimed.has(index)) claimed.set(index, rule.id);
	}
}

/** Cleans one line with the words and clause rules, repeating until nothing changes. */
function cleanLine(text: string, line: number, rules: RulesByScope, context: RuleContext): { kept: string; removed: Removal[] } {
	const removed: Removal[] = [];
	const record = (removedText: string, rule: string) => {
		const trimmed = removedText.trim();
		if (trimmed !== '') removed.push({ line, text: trimmed, rule });
	};
	let current = text;
	for (let pass = 0; pass < MAX_PASSES && current !== ''; pass++) {
		const before = current;
		for (const rule of rules.words) {
			const spans = rule.spans(current, context);
			// Trimmed after each removal: rules anchored at the line start ("关键词:") must see what is now the start.
			if (spans.length > 0) current = removeSpans(current, widenToClauses(current, spans), rule.id, record).trim();
		}
		current = removeClauses(current, rules.clause, context, record, text).trim();
		if (current === before) break;
	}
	let kept = current.replace(/\s+/g, ' ').trim();
	const lastRule = removed.at(-1)?.rule;
	if (kept !== '' && lastRule && RESIDUE.test(kept)) {
		// Only numbering or punctuation is left of a line something was removed from: it belonged to the removed text.
		record(kept, lastRule);
		kept = '';
	}
	return { kept, removed };
}

/** Merges overlapping spans, removes them and records each removed piece. */
function removeSpans(text: string, spans: readonly Span[], rule: string, record: (text: string, rule: string) => void): string {
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
function widenToClauses(text: string, spans: readonly Span[]): Span[] {
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

interface Clause {
	start: number;
	/** End of the clause's own text, start of its separator. */
	end: number;
	/** End of its separator. */
	separatorEnd: number;
}

function splitClauses(text: string): Clause[] {
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
function removeClauses(
	text: string,
	rules: readonly ClauseRule[],
	context: RuleContext,
	record: (text: string, rule: string) => void,
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
	// “如有任何疑问或需要进一步帮助,请随时联系我们”: the condition that opens a sentence belongs to the invitation after it.
	clauses.forEach((clause, index) => {
		const next = flags[index + 1];
		if (flags[index] || !next || !SELLING_RULES.has(next)) return;
		const previous = clauses[index - 1];
		const opensSentence = !previous || TERMINATOR.test(text.slice(previous.end, previous.separatorEnd));
		if (opensSentence && INVITATION_PREAMBLE.test(text.slice(clause.start, clause.end).trim())) flags[index] = next;
	});

	// Selling clauses (URL, contact, call to action, offer) leave instructions behind (“工作人员收到申请后…”): when they
	// make up most of the line, or sit next to a brand, the whole line is the pitch. Meta-commentary and furniture never
	// take factual clauses with them.
	const sellingLength = clauses.reduce(
		(sum, clause, index) =>
			sum + (flags[index] && SELLING_RULES.has(flags[index]) ? nonSpaceLength(text.slice(clause.start, clause.end)) : 0),
		0,
	);
	const firstSellingIndex = flags.findIndex((flag) => flag !== undefined && SELLING_RULES.has(flag));
	const firstSelling = flags[firstSellingIndex];
	// A fact that opens the line before the pitch (“引发银行风控系统预警,容易被误认为套现,所以请选择合规商家”) is not
	// instructions of the pitch: the line then loses only the selling clauses.
	const leadingFact = firstSellingIndex > 0 ? nonSpaceLength(text.slice(0, clauses[firstSellingIndex]?.start ?? 0)) : 0;
	if (
		firstSelling &&
		leadingFact < LEADING_FACT &&
		(sellingLength >= nonSpaceLength(text) * WHOLE_LINE_SHARE || context.lexicon.brands.test(original))
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
