import { z } from 'astro/zod';

/** What a cut statement is when it is not a statement of fact (the labels of tests/evidence/statements.yaml). */
export const notFactLabelSchema = z.enum(['question', 'heading', 'fragment', 'filler', 'furniture', 'meta', 'call', 'promotion']);
export type NotFactLabel = z.infer<typeof notFactLabelSchema>;

/**
 * A class of phrases that mark a statement as not a statement of fact, whatever the article (src/editorial/statement-form.yaml).
 * The statement-form check (scripts/rules/statement-form/) withholds a statement containing one of them.
 */
export const statementFormPhrasesSchema = z
	.object({
		/** Permanent ID, SF-NN: the report names it for every statement it withholds. */
		id: z.string().regex(/^SF-\d{2,3}$/),
		/** What such a statement is. */
		label: z.enum(['filler', 'furniture', 'meta', 'call', 'promotion']),
		/** `start`: the phrase opens the statement (after a numbering or a label); `anywhere`: it may stand anywhere. */
		at: z.enum(['start', 'anywhere']).default('anywhere'),
		/** What the phrases have in common, and why a statement with one of them is not evidence. */
		description: z.string().min(4),
		/** Plain phrases, matched literally (Latin letters in any case). */
		phrases: z.array(z.string().min(1)).min(1),
		/** Real statements the class withholds (tests/unit/statement-form.test.ts checks each). */
		examples: z.array(z.string().min(1)).min(1),
	})
	.strict();
export type StatementFormPhrases = z.infer<typeof statementFormPhrasesSchema>;

/**
 * Words that only say a transaction failed or was declined and whom to call (交易失败, 不予承兑, 请联系发卡行): a response
 * code said to mean no more than this never contradicts the catalogue (src/editorial/generic-meanings.yaml).
 */
export const genericMeaningSchema = z
	.object({
		/** Permanent ID, GM-NN. */
		id: z.string().regex(/^GM-\d{2,3}$/),
		/** What the words have in common. */
		description: z.string().min(4),
		/** Plain phrases, removed from a claimed meaning before it is compared with the catalogue. */
		phrases: z.array(z.string().min(1)).min(1),
	})
	.strict();
export type GenericMeaning = z.infer<typeof genericMeaningSchema>;
