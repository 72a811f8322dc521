import { z } from 'astro/zod';
import { actorSchema } from './audience.ts';
import { entryBaseSchema } from './entry-base.ts';
import { remedyIdSchema } from './entry-id.ts';
import { remedyRepliesSchema } from './reply.ts';

/** One numbered step; its position gives the permanent anchor #step-N, so steps are only ever appended. */
export const remedyStepSchema = z.string().min(4);

/** What to do. The causes it addresses are derived from the causes that list it. */
export const remedySchema = entryBaseSchema.extend({
	/** Permanent ID, R-NN. */
	id: remedyIdSchema,
	/** Who carries the steps out. */
	performer: z.array(actorSchema).min(1),
	/** Ordered steps; step N is linkable as #step-N. */
	steps: z.array(remedyStepSchema).min(1),
	/** When to stop and hand over, and to whom. */
	escalate: z.object({
		/** The situation in which to escalate. */
		when: z.string(),
		/** Who takes over. */
		to: z.string(),
	}),
	/** What a support agent sends: one reply per recipient, addressed to them; the page appends the link. */
	replies: remedyRepliesSchema,
});
export type Remedy = z.infer<typeof remedySchema>;
