import { z } from 'astro/zod';
import { entryBaseSchema } from './entry-base.ts';
import { causeIdSchema, symptomIdSchema } from './entry-id.ts';

/** Whom to contact about a symptom, when, and what to have ready. */
export const contactSchema = z.object({
	/** 发卡行, 收单机构/服务商, 商户 … */
	who: z.string(),
	/** In which situation this party is the right one. */
	when: z.string(),
});

/** What the user sees: the entry point of troubleshooting. */
export const symptomSchema = entryBaseSchema.extend({
	/** Permanent ID, S-NN. */
	id: symptomIdSchema,
	/** Likely causes, most likely first. */
	causes: z.array(causeIdSchema).min(3),
	/** 先查这几项: quick checks, the first thing to try first. */
	quickChecks: z.array(z.string()).min(2),
	/** Who to contact and when. */
	contacts: z.array(contactSchema).min(1),
	/** What to have ready when calling (交易时间, 金额, 参考号, 终端号, 商户号). */
	prepare: z.array(z.string()).min(1),
});
export type Symptom = z.infer<typeof symptomSchema>;
