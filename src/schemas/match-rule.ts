import { z } from 'astro/zod';

/**
 * How the pipeline places a source statement into an entry.
 * A rule matches when the statement contains, for every term, at least one of its `|`-separated alternatives,
 * and none of the `not` words. Keep rules general (what the statement is about), not copies of sentences.
 * Example: `all: ['读卡器|磁头|读卡', '损坏|老化|故障']`.
 */
export const matchRuleSchema = z.object({
	/** Every term must be present; a term lists alternatives separated by `|`. */
	all: z.array(z.string().min(1)).min(1),
	/** Words that veto the rule when present. */
	not: z.array(z.string().min(1)).default([]),
});
export type MatchRule = z.infer<typeof matchRuleSchema>;
