import { z } from 'astro/zod';
import { audienceSchema } from './audience.ts';
import { categorySchema } from './category.ts';
import { chainStageSchema } from './chain-stage.ts';
import { matchRuleSchema } from './match-rule.ts';

/** Fields every catalogue entry has, whatever its type. */
export const entryBaseSchema = z.object({
	/** Short title in plain Chinese, as a merchant would say it. */
	title: z.string().min(2).max(40),
	/** One paragraph: what this is, in short sentences. */
	summary: z.string().min(10),
	/** Where the problem belongs. */
	category: categorySchema,
	/** Where in the payment chain it happens. */
	stage: chainStageSchema,
	/** Who this entry is for. */
	audience: z.array(audienceSchema).min(1),
	/** Phrasings people actually use: shown as 常见说法 and indexed for search. */
	aliases: z.array(z.string().min(1)).default([]),
	/**
	 * IDs in src/editorial/references.yaml this entry's facts rest on: source articles (kind article, the file under
	 * sources/) and specifications. Every entry needs at least one (build check catalogue/unsourced).
	 */
	references: z.array(z.string()).default([]),
	/** Rules that place source statements into this entry. */
	match: z.array(matchRuleSchema).default([]),
});
export type EntryBase = z.infer<typeof entryBaseSchema>;
