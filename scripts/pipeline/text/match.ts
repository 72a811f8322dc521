import type { MatchRule } from '../../../src/schemas/match-rule.ts';

/** A compiled match rule: true when the text contains one alternative of every term and no vetoing word. */
export type Matcher = (text: string) => boolean;

/**
 * The same test on text already passed through {@link foldCase}: a caller testing many rules on one text (the placer
 * tests ~80 entries per statement) folds it once.
 */
export type FoldedMatcher = (folded: string) => boolean;

type RuleTerms = Pick<MatchRule, 'all'> & { not?: readonly string[] | undefined };

/** Case folding for matching: Latin terms match in any case ("POS机" matches "pos机"); Chinese has no case. */
export const foldCase = (text: string): string => text.toLowerCase();

/** Compiles `'词A|词B'` into its alternatives, case-folded; the `|` separates literal alternatives, nothing else is special. */
export function compileTerm(term: string): string[] {
	return term
		.split('|')
		.map((a) => foldCase(a.trim()))
		.filter(Boolean);
}

/**
 * Plain substring tests, not regular expressions: terms are literal, and `includes` over a short statement is several
 * times faster than a case-insensitive Unicode regular expression (~150,000 distinct statements at 10,000 articles).
 */
const containsOne = (folded: string, alternatives: readonly string[]): boolean => {
	for (const a of alternatives) if (folded.includes(a)) return true;
	return false;
};

export function compileFoldedRule(rule: RuleTerms): FoldedMatcher {
	const required = rule.all.map(compileTerm);
	const vetoes = (rule.not ?? []).map(compileTerm);
	return (folded) => required.every((r) => containsOne(folded, r)) && !vetoes.some((v) => containsOne(folded, v));
}

export function compileRule(rule: RuleTerms): Matcher {
	const matches = compileFoldedRule(rule);
	return (text) => matches(foldCase(text));
}

/** A matcher, on folded text, that accepts when any of the rules does. */
export function compileFoldedRules(rules: readonly RuleTerms[]): FoldedMatcher {
	const compiled = rules.map(compileFoldedRule);
	return (folded) => compiled.some((m) => m(folded));
}

/** A matcher that accepts when any of the rules does. */
export function compileRules(rules: readonly RuleTerms[]): Matcher {
	const matches = compileFoldedRules(rules);
	return (text) => matches(foldCase(text));
}
