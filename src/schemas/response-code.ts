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

/** Card schemes and networks whose codes the pages map to UnionPay's (外卡). */
export const foreignSchemeSchema = z.enum(['Visa', 'Mastercard', 'ISO 8583']);

/** An English terminal message or scheme description, in capitals as terminals print it (INSUFF FUNDS, DO NOT HONOR). */
export const englishMessageSchema = z
	.string()
	.regex(/^[A-Z0-9][A-Z0-9 .,'()/-]*$/, 'write the English message in capitals, e.g. DO NOT HONOR');

/**
 * The same code number in other card schemes (外卡: Visa, Mastercard, other ISO 8583 networks): the English messages
 * terminals and processors show for it, and whether it means what UnionPay's code means. The code lookup takes the
 * English messages to this page; when the meaning or the retry rule differs, `note` says how.
 */
export const foreignCodeSchema = z
	.object({
		/** English terminal messages and scheme descriptions of this code (INSUFF FUNDS, INSUFFICIENT FUNDS). */
		english: z.array(englishMessageSchema).min(1),
		/** The schemes whose tables give this code number. */
		schemes: z.array(foreignSchemeSchema).min(1),
		/** Whether they mean the same as the UnionPay code. */
		same: z.boolean(),
		/** What differs (meaning or retry rule), in plain Chinese; required when `same` is false. */
		note: z.string().min(4).optional(),
		/** Reference IDs (references.yaml) of the tables this mapping rests on. */
		sources: z.array(z.string()).min(1),
	})
	.refine((f) => f.same || f.note !== undefined, { message: 'When the meaning differs (same: false), say how in "note"' });
export type ForeignCode = z.infer<typeof foreignCodeSchema>;

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
	/** The same code in foreign card schemes, with their English messages (外卡). */
	foreign: foreignCodeSchema.optional(),
});
export type ResponseCode = z.infer<typeof responseCodeSchema>;

/**
 * A code of a foreign card scheme that UnionPay's tables do not have (src/editorial/foreign-codes.yaml): listed on the
 * code index and found by the code lookup, it leads to the catalogue entry that says what to do.
 */
export const foreignOnlyCodeSchema = z.object({
	/** The code as the scheme sends it (46); not a code of codes.yaml. */
	code: codeIdSchema,
	/** The schemes that use it. */
	schemes: z.array(foreignSchemeSchema).min(1),
	/** Its English messages (CLOSED ACCOUNT). */
	english: z.array(englishMessageSchema).min(1),
	/** What it means, in plain Chinese. */
	meaning: z.string().min(2),
	/** The catalogue entry (cause, remedy or UnionPay code) that tells what to do. */
	see: z.string(),
	/** How it relates to the UnionPay codes, or the retry rule of its scheme. */
	note: z.string().min(4),
	/** Reference IDs (references.yaml) of the tables that define it. */
	sources: z.array(z.string()).min(1),
});
export type ForeignOnlyCode = z.infer<typeof foreignOnlyCodeSchema>;
