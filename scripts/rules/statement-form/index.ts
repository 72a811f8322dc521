import type { StatementFormPhrases } from '../../../src/schemas/statement-form.ts';
import { opening, STATEMENT_FORM_RULES } from './rules.ts';
import type { FormLexicon, FormVerdict } from './types.ts';

export { STATEMENT_FORM_RULES } from './rules.ts';
export type { FormLexicon, FormVerdict, StatementFormRule } from './types.ts';

/** Compiles the phrase classes of src/editorial/statement-form.yaml (already validated by their schema). */
export function compileFormLexicon(classes: readonly StatementFormPhrases[]): FormLexicon {
	return {
		classes: classes.map((c) => ({ id: c.id, label: c.label, at: c.at, phrases: c.phrases.map((p) => p.toLowerCase()) })),
	};
}

/** The phrase of a class that the statement contains (at its start, for `at: start`), if any. */
export function findPhrase(text: string, lexicon: FormLexicon): { id: string; label: FormVerdict['label']; found: string } | undefined {
	const folded = text.toLowerCase();
	const start = opening(folded);
	for (const c of lexicon.classes) {
		const found = c.phrases.find((p) => (c.at === 'start' ? start.startsWith(p) || folded.startsWith(p) : folded.includes(p)));
		if (found) return { id: c.id, label: c.label, found };
	}
	return undefined;
}

/**
 * Is this cut statement a statement of fact, judged from its own form (punctuation, length, how it begins, known
 * phrases)? Undefined when it is; otherwise why not. Pure: the same text gets the same verdict in every article.
 */
export function checkStatementForm(text: string, lexicon: FormLexicon): FormVerdict | undefined {
	for (const rule of STATEMENT_FORM_RULES) {
		const found = rule.rejects(text);
		if (found !== undefined) return { rule: rule.id, label: rule.label, found };
	}
	const phrase = findPhrase(text, lexicon);
	return phrase ? { rule: phrase.id, label: phrase.label, found: phrase.found } : undefined;
}
