import { z } from 'astro/zod';

/** A calendar date as YYYY-MM-DD (quote it or not: YAML 1.2 reads it as a string), checked to be a real day. */
export const isoDateSchema = z
	.string()
	.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date is written YYYY-MM-DD, e.g. 2026-12-02')
	.refine((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}, 'not a real calendar day');

/**
 * When an editor last read an entry against its sources and found it correct (src/editorial/reviews.yaml). Every
 * published entry has one (check catalogue/unreviewed); its page and the export show the date as 最后审核.
 */
export const reviewSchema = z.object({
	/** The entry's permanent ID (S-01, R-07, 51 …). */
	id: z.string().min(2),
	/** The day of the last review, YYYY-MM-DD. */
	reviewed: isoDateSchema,
	/** What the review checked or changed, in one line (optional). */
	note: z.string().optional(),
});
export type Review = z.infer<typeof reviewSchema>;
