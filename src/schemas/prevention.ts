import { z } from 'astro/zod';
import { actorSchema } from './audience.ts';
import { entryBaseSchema } from './entry-base.ts';
import { preventionIdSchema } from './entry-id.ts';

/** A measure that keeps failures from happening. The causes it prevents are derived from the causes that list it. */
export const preventionSchema = entryBaseSchema.extend({
	/** Permanent ID, P-NN. */
	id: preventionIdSchema,
	/** Who takes the measure. */
	performer: z.array(actorSchema).min(1),
	/** What to do, in order. */
	steps: z.array(z.string().min(4)).min(1),
});
export type Prevention = z.infer<typeof preventionSchema>;
