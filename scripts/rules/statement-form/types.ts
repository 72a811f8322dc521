import type { NotFactLabel } from '../../../src/schemas/statement-form.ts';

/** The phrase classes of src/editorial/statement-form.yaml, compiled for matching. */
export interface FormLexicon {
	classes: ReadonlyArray<{
		id: string;
		label: NotFactLabel;
		at: 'start' | 'anywhere';
		/** Lower-cased phrases. */
		phrases: readonly string[];
	}>;
}

/** Why a statement is not published as evidence: the rule (or phrase class) and what it found. */
export interface FormVerdict {
	/** Rule ID, or the phrase class ID (SF-NN) for a phrase from the editorial list. */
	rule: string;
	label: NotFactLabel;
	/** What the rule found: the phrase, the last characters … */
	found: string;
}

/**
 * One check of a statement's own form: punctuation, length, how it begins. It sees the statement alone (never its
 * article or section), so the same text gets the same verdict wherever it appears.
 */
export interface StatementFormRule {
	/** Stable kebab-case ID, written to the report for every statement it withholds. */
	id: string;
	label: NotFactLabel;
	/** What the rule rejects and why that is safe; judgment calls are recorded here. */
	description: string;
	/** Real statements it must reject and real statements of fact it must leave (tests/unit/statement-form.test.ts). */
	examples: { rejects: readonly string[]; accepts: readonly string[] };
	/** What makes the statement not a fact (a short excerpt), or undefined when this rule has nothing against it. */
	rejects(text: string): string | undefined;
}
