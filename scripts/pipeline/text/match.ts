import type { MatchRule } from '../../../src/schemas/match-rule.ts';

/** A compiled match rule: true when the text contains one alternative of every term and no vetoing word. */
export type Matcher = (text: string) => boolean;

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

const containsOne = (folded: string, alternatives: readonly string[]): boolean => alternatives.some((a) => folded.includes(a));

/**
 * One rule, by its definition, for a few rules (text/code-claims.ts) and as the reference that tests/unit/match.test.ts
 * checks {@link compileRuleBook} against. The placer compiles all of its rules into one rule book instead.
 */
export function compileRule(rule: RuleTerms): Matcher {
	const required = rule.all.map(compileTerm);
	const vetoes = (rule.not ?? []).map(compileTerm);
	return (text) => {
		const folded = foldCase(text);
		return required.every((r) => containsOne(folded, r)) && !vetoes.some((v) => containsOne(folded, v));
	};
}

/** A matcher that accepts when any of the rules does */
export function compileRules(rules: readonly RuleTerms[]): Matcher {
	const compiled = rules.map(compileRule);
	return (text) => compiled.some((m) => m(text));
}

/** Many rule lists compiled together: see {@link compileRuleBook}. */
export interface RuleBook {
	/** The terms a text contains: scan it once, then ask {@link RuleBook.accepts} about any list. */
	scan(text: string): Uint8Array;
	/** What {@link compileRules} of list `index` would say of the scanned text. */
	accepts(index: number, found: Uint8Array): boolean;
}

/**
 * Many rule lists compiled together (the placer's ~100 catalogue entries): one pass over a text finds every alternative
 * of every term (Aho–Corasick, overlapping occurrences included); each list is then decided from the terms found, only
 * when asked (the placer stops at the first collection with a match).
 */
export function compileRuleBook(lists: ReadonlyArray<readonly RuleTerms[]>): RuleBook {
	// Terms by their folded alternatives; the same term in several rules is one term.
	const termIds = new Map<string, number>();
	const termAlternatives: string[][] = [];
	const termOf = (term: string): number => {
		const alternatives = compileTerm(term);
		const key = alternatives.join('|');
		let id = termIds.get(key);
		if (id === undefined) {
			id = termAlternatives.length;
			termIds.set(key, id);
			termAlternatives.push(alternatives);
		}
		return id;
	};
	const compiled = lists.map((rules) =>
		rules.map((rule) => ({ all: Int32Array.from(rule.all, termOf), not: Int32Array.from(rule.not ?? [], termOf) })),
	);
	const scan = compileAutomaton(termAlternatives);
	// Plain loops: this runs for ~100 lists per distinct statement.
	const ruleAccepts = (rule: { all: Int32Array; not: Int32Array }, found: Uint8Array): boolean => {
		for (let k = 0; k < rule.all.length; k++) if (found[rule.all[k]!] !== 1) return false;
		for (let k = 0; k < rule.not.length; k++) if (found[rule.not[k]!] === 1) return false;
		return true;
	};
	return {
		scan: (text) => scan(foldCase(text)),
		accepts: (index, found) => {
			for (const rule of compiled[index]!) if (ruleAccepts(rule, found)) return true;
			return false;
		},
	};
}

/**
 * An Aho–Corasick automaton over UTF-16 code units: returns, for a text, a flag per term (1 when one of its
 * alternatives occurs in it).
 */
function compileAutomaton(terms: readonly string[][]): (text: string) => Uint8Array {
	const next: Array<Map<number, number>> = [new Map()];
	const fail: number[] = [0];
	/** Terms completed at each state, its failure chain's included once built. */
	const output: number[][] = [[]];
	for (const [term, alternatives] of terms.entries()) {
		for (const alternative of alternatives) {
			let state = 0;
			for (let i = 0; i < alternative.length; i++) {
				const code = alternative.charCodeAt(i);
				let to = next[state]!.get(code);
				if (to === undefined) {
					to = next.length;
					next.push(new Map());
					fail.push(0);
					output.push([]);
					next[state]!.set(code, to);
				}
				state = to;
			}
			if (!output[state]!.includes(term)) output[state]!.push(term);
		}
	}
	// Breadth first: a state's failure link is the longest proper suffix of its path that is also a path.
	const queue: number[] = [...next[0]!.values()];
	for (let head = 0; head < queue.length; head++) {
		const state = queue[head]!;
		for (const [code, to] of next[state]!) {
			let f = fail[state]!;
			while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
			const target = next[f]!.get(code);
			fail[to] = target !== undefined && target !== to ? target : 0;
			for (const term of output[fail[to]!]!) if (!output[to]!.includes(term)) output[to]!.push(term);
			queue.push(to);
		}
	}
	// Most characters of a statement start no term: the root's transitions are a table, not a map lookup.
	const fromRoot = new Int32Array(0x10000);
	for (const [code, to] of next[0]!) fromRoot[code] = to;
	return (text) => {
		const found = new Uint8Array(terms.length);
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			// Follow failure links until a state continues with this character; the root always does (its table).
			let to = state === 0 ? undefined : next[state]!.get(code);
			while (state !== 0 && to === undefined) {
				state = fail[state]!;
				to = state === 0 ? undefined : next[state]!.get(code);
			}
			state = to ?? fromRoot[code]!;
			const completed = output[state]!;
			for (let k = 0; k < completed.length; k++) found[completed[k]!] = 1;
		}
		return found;
	};
}
