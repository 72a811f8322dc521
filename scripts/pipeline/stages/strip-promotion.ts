import type {
	ClauseRule,
	DocumentLine,
	DocumentRule,
	LineRule,
	PromotionContext,
	PromotionRule,
	RuleContext,
	WordsRule,
} from '../../rules/promotion/types.ts';
import { lexiconFor } from '../../rules/promotion/vocabulary.ts';
import { removeClauses, removeSpans, widenToClauses } from '../text/clauses.ts';
import type { CleanBlock, CleanSource, DeobfuscatedSource, Removal, SourceLine } from '../types.ts';

/** Words and clause passes repeat until nothing changes; a bound keeps pathological input linear. */
const MAX_PASSES = 4;

/** An empty pair of brackets, as a removal inside them leaves it. */
const EMPTY_BRACKETS = /[(（[【]\s*[)）\]】]/u;
const EMPTY_BRACKETS_ALL = /[(（[【]\s*[)）\]】]/gu;

/** What is left of a line once its content is gone: numbering, punctuation, brackets. */
const RESIDUE = /^[\s\d.、．,，;；:：。！？!?…()（）[\]【】「」《》"'“”‘’\-—_|/·•*#~]*$/u;

/**
 * Stage 4, strip promotion: removes promotion, contact details and site furniture from a de-obfuscated article, line by line.
 * Every non-blank line becomes exactly one {@link CleanBlock} (its cleaned text) and/or {@link Removal}s; a fully removed
 * line yields only Removals. The title is the first non-blank line, cleaned. Pure.
 *
 * The engine knows no rule: the rules (scripts/rules/promotion/index.ts `PROMOTION_RULES` in the pipeline) and their
 * editorial context (hotlines and vocabulary, parsed by `parsePromotionContext`) are passed in.
 */
export function stripPromotion(doc: DeobfuscatedSource, { rules, context }: PromotionOptions): CleanSource {
	const result = stripLines(doc.lines, rules, context, { article: true });
	const learned: Record<string, string[]> = {};
	for (const [rule, names] of result.learned) if (names.length > 0) learned[rule] = [...names];
	return {
		file: doc.file,
		title: result.title,
		blocks: result.blocks,
		removed: result.removed,
		substitutions: doc.substitutions,
		conversions: doc.conversions,
		encoding: doc.encoding,
		learned,
	};
}

/** What {@link stripPromotion} applies: the rules, and the editorial data they match against. */
export interface PromotionOptions {
	rules: readonly PromotionRule[];
	context: PromotionContext;
}

/** Options of {@link stripLines}. */
export interface StripOptions {
	/** True for an article: the first non-blank line is its title and title-based rules apply. False for scanning arbitrary text. */
	article: boolean;
	/**
	 * Names to remove that were learned elsewhere, by the rule ID of the words rule that learns them (its `collect` step),
	 * used instead of learning them from these lines. The site checks pass the names the cleaner learned from the
	 * corpus's articles (scripts/pipeline/learned.ts): a built page is not an article, and a statement it shows twice is
	 * not a name the page uses twice.
	 */
	learned?: ReadonlyMap<string, readonly string[]> | undefined;
}

/** The engine behind {@link stripPromotion} and the site scanner. */
export function stripLines(
	lines: readonly SourceLine[],
	rules: readonly PromotionRule[],
	promotion: PromotionContext,
	options: StripOptions,
): { title: string; blocks: CleanBlock[]; removed: Removal[]; learned: ReadonlyMap<string, readonly string[]> } {
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
		scorer: promotion.scorer,
	};
	// Names learned from the whole text (a site's name, its brands) before any line is cleaned, or given.
	for (const rule of byScope.words) {
		if (!rule.collect) continue;
		collected.set(rule.id, options.learned ? (options.learned.get(rule.id) ?? []) : rule.collect(documentLines, context));
	}

	// The title is cleaned first: title-based rules compare against the clean title, so cleaning twice changes nothing.
	// Lines above it that clean away entirely (a breadcrumb “首页 > POS机知识 > 正文”) are furniture: the title is the first
	// line that keeps something, and document rules see the article from the title on.
	const leading: Removal[] = [];
	const allLines = [...documentLines];
	if (options.article) {
		while (documentLines.length > 0) {
			const first = documentLines[0] as DocumentLine;
			// A line rule's line (spam, a bare number, a contact label, navigation) or a tag line is never the title.
			const lineRule =
				documentLines.length > 1
					? (byScope.line.find((rule) => rule.matches(first.text, context)) ??
						[...byScope.documentBefore, ...byScope.documentAfter].find((rule) => rule.rejectsTitle?.(first.text, context, allLines)))
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

	// Phase `after`: repeats and article form are judged on the cleaned text.
	const afterLines = documentLines.map((documentLine, index) => ({ line: documentLine.line, text: cleaned.get(index)?.kept ?? '' }));
	const afterClaims = new Map<number, string>();
	for (const rule of byScope.documentAfter) claim(rule, afterLines, context, afterClaims, options.article);
	for (const [index, rule] of afterClaims) {
		const result = cleaned.get(index);
		const documentLine = documentLines[index];
		if (!result || !documentLine || result.kept === '') continue;
		const detail = byScope.explaining.get(rule)?.explain?.(result.kept, context);
		result.removed.push(
			detail === undefined
				? { line: documentLine.line, text: result.kept, rule }
				: { line: documentLine.line, text: result.kept, rule, detail },
		);
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
	// Evidence about this page (a seller's page, a spun rewrite) is no name to learn for the corpus.
	const pageEvidence = new Set(byScope.words.filter((rule) => rule.pageEvidence).map((rule) => rule.id));
	const learned = new Map([...collected].filter(([rule]) => !pageEvidence.has(rule)));
	return { title, blocks, removed, learned };
}

interface RulesByScope {
	documentBefore: DocumentRule[];
	documentAfter: DocumentRule[];
	line: LineRule[];
	words: WordsRule[];
	clause: ClauseRule[];
	/** Rules that explain their removals, by ID. */
	explaining: Map<string, PromotionRule>;
}

function partition(rules: readonly PromotionRule[]): RulesByScope {
	const byScope: RulesByScope = { documentBefore: [], documentAfter: [], line: [], words: [], clause: [], explaining: new Map() };
	for (const rule of rules) {
		if (rule.explain) byScope.explaining.set(rule.id, rule);
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
		if (trimmed === '') return;
		const detail = rules.explaining.get(rule)?.explain?.(trimmed, context);
		removed.push(detail === undefined ? { line, text: trimmed, rule } : { line, text: trimmed, rule, detail });
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
	// Brackets emptied by a removal (`联系客服(4008-123-456)` → `联系客服()`) go with what filled them.
	if (lastRule && kept !== text && EMPTY_BRACKETS.test(kept)) {
		kept = kept.replace(EMPTY_BRACKETS_ALL, (brackets) => {
			record(brackets, lastRule);
			return '';
		});
	}
	if (kept !== '' && lastRule && RESIDUE.test(kept)) {
		// Only numbering or punctuation is left of a line something was removed from: it belonged to the removed text.
		record(kept, lastRule);
		kept = '';
	}
	return { kept, removed };
}
