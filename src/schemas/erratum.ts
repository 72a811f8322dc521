import { z } from 'astro/zod';
import { matchRuleSchema } from './match-rule.ts';

/**
 * A known error in a source, corrected in editorial data instead of in the source file.
 * The pipeline replaces `find` with `replace` in the cleaned text of the named source (or every source).
 */
export const erratumSchema = z.object({
	/** Permanent ID, E-NN. */
	id: z.string().regex(/^E-\d{2,3}$/),
	/** Source file name the correction applies to; omit to apply to every source. */
	file: z.string().optional(),
	/** Exact text to find in the cleaned passage. */
	find: z.string().min(1),
	/** Corrected text; an empty string drops the wrong claim. */
	replace: z.string(),
	/** Why the source is wrong, shown to editors in the report. */
	note: z.string().min(4),
	/**
	 * The wrong claim in general terms, as a match rule: a statement of any source that makes it (in other words than
	 * `find`) is withheld from the evidence and listed in the report. Without it, only statements containing `find` are.
	 */
	claim: matchRuleSchema.optional(),
});
export type Erratum = z.infer<typeof erratumSchema>;
