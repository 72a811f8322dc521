import { z } from 'astro/zod';
import { actorSchema } from './audience.ts';
import { causeIdSchema, codeIdSchema, remedyIdSchema, symptomIdSchema } from './entry-id.ts';

/** UnionPay POS response-code categories: A success; B failed, may retry; C failed, do not retry; D operator must act; E system fault. */
export const codeCategorySchema = z.enum(['A', 'B', 'C', 'D', 'E']);

/** A meaning that differs from the standard one in some specification version or acquirer, with where it is defined. */
export const codeVariantSchema = z.object({
	/** The differing meaning. */
	meaning: z.string(),
	/** Reference ID (src/editorial/references.yaml) of the document that defines it. */
	source: z.string(),
});

/** A response code (应答码, ISO 8583 field 39) as terminals show it. */
export const responseCodeSchema = z.object({
	/** The code itself, e.g. "51" or "A0". Also the page URL /codes/<code>/. */
	id: codeIdSchema,
	/** Standard meaning, in our own words. */
	meaning: z.string().min(2),
	/** What terminals typically display. */
	display: z.string(),
	/**
	 * UnionPay category A–E of the V1 table. Left out for a code the V1 table does not list and whose outcome the
	 * newer UnionPay appendix does not give as 成功 (then it is A): the page says it is not classified.
	 */
	category: codeCategorySchema.optional(),
	/** A caution printed right after the terminal message, e.g. the duplicate-charge check next to 请重试. */
	displayNote: z.string().optional(),
	/** Retry advice in one or two sentences. */
	retry: z.string(),
	/** Who acts. */
	actors: z.array(actorSchema).min(1),
	/** Plain explanation for a merchant at the counter. */
	explanation: z.string(),
	/** Words people type with the code (刷卡显示51, 余额不足). */
	aliases: z.array(z.string()).default([]),
	/** Symptoms this code produces. */
	symptoms: z.array(symptomIdSchema).default([]),
	/** Causes that lead to this code. */
	causes: z.array(causeIdSchema).default([]),
	/** Remedies to try, first thing first. */
	remedies: z.array(remedyIdSchema).default([]),
	/** Known differing meanings, each with its source. */
	variants: z.array(codeVariantSchema).default([]),
	/** Wrong meanings published on popular pages, named so readers can recognise them (never stated as fact). */
	misconceptions: z.array(z.string()).default([]),
	/** Reference IDs this entry is based on. */
	sources: z.array(z.string()).min(1),
});
export type ResponseCode = z.infer<typeof responseCodeSchema>;
