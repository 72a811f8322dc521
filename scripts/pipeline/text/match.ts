import type { MatchRule } from '../../../src/schemas/match-rule.ts';

/** A compiled match rule: true when the text contains one alternative of every term and no vetoing word. */
export type Matcher = (text: string) => boolean;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()[\]\\]/g, '\\$&');

/** Compiles `'词A|词B'` into one regular expression; the `|` separates literal alternatives, nothing else is special. */
export function compileTerm(term: string): RegExp {
	const alternatives = term
		.split('|')
		.map((a) => a.trim())
		.filter(Boolean)
		.map(escapeRegExp);
	return new RegExp(alternatives.join('|'), 'iu');
}

export function compileRule(rule: Pick<MatchRule, 'all'> & { not?: readonly string[] | undefined }): Matcher {
	const required = rule.all.map(compileTerm);
	const vetoes = (rule.not ?? []).map(compileTerm);
	return (text) => required.every((r) => r.test(text)) && !vetoes.some((r) => r.test(text));
}

/** A matcher that accepts when any of the rules does. */
export function compileRules(rules: ReadonlyArray<Pick<MatchRule, 'all'> & { not?: readonly string[] | undefined }>): Matcher {
	const compiled = rules.map(compileRule);
	return (text) => compiled.some((m) => m(text));
}
