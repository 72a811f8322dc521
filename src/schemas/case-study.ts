import { z } from 'astro/zod';
import { entryBaseSchema } from './entry-base.ts';
import { caseIdSchema, causeIdSchema, remedyIdSchema, symptomIdSchema } from './entry-id.ts';

/** A case told by a source: scenario → symptom → root cause → what was done → outcome → lesson. */
export const caseStudySchema = entryBaseSchema.extend({
	/** Permanent ID, K-NN. */
	id: caseIdSchema,
	/** The setting: who, where, when. */
	scenario: z.string(),
	/** What was observed. */
	observed: z.string(),
	/** The root cause that was found. */
	rootCause: z.string(),
	/** What was done, in order. */
	actions: z.array(z.string()).min(1),
	/** How it ended. */
	outcome: z.string(),
	/** What to take away. */
	lesson: z.string(),
	/** Symptoms the case shows. */
	symptoms: z.array(symptomIdSchema).min(1),
	/** Causes behind the case. */
	causes: z.array(causeIdSchema).min(1),
	/** Remedies applied or recommended. */
	remedies: z.array(remedyIdSchema).default([]),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
