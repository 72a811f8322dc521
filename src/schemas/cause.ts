import { z } from 'astro/zod';
import { entryBaseSchema } from './entry-base.ts';
import { causeIdSchema, preventionIdSchema, remedyIdSchema } from './entry-id.ts';

/** Why a payment failed. Remedies and prevention are declared here; the reverse links are derived. */
export const causeSchema = entryBaseSchema.extend({
	/** Permanent ID, C-NN. */
	id: causeIdSchema,
	/** How to tell that it is this cause: observable checks. */
	confirm: z.array(z.string()).min(1),
	/** Remedies in the order to try them: the first thing to try first. */
	remedies: z.array(remedyIdSchema).min(1),
	/** Measures that keep it from happening again. */
	prevention: z.array(preventionIdSchema).default([]),
});
export type Cause = z.infer<typeof causeSchema>;
