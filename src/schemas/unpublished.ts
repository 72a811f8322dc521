import { z } from 'astro/zod';

/**
 * A source passage that is deliberately not published, with the reason.
 * Matched by a phrase it contains, so an editor can retire a whole class of filler sentences at once.
 */
export const unpublishedSchema = z.object({
	/** Permanent ID, U-NN. */
	id: z.string().regex(/^U-\d{2,3}$/),
	/** Every term must be present (alternatives separated by `|`), as in match rules. */
	all: z.array(z.string().min(1)).min(1),
	/** Why it is not published: not a fact, wrong, off-topic … */
	reason: z.string().min(4),
	/**
	 * Withheld even when an entry's match rules accept the statement: a subject the knowledge base does not cover (跳码,
	 * 一清/二清机, chargebacks), whose statements share words with entries without being about them.
	 */
	always: z.boolean().default(false),
});
export type Unpublished = z.infer<typeof unpublishedSchema>;
