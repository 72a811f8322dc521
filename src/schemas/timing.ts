import { z } from 'astro/zod';

/**
 * How long something usually takes (src/editorial/timings.yaml): a reversal (冲正), a refund, settlement (T+1, holidays),
 * the wait before a retry. Each window says what to do if it is not done by then, cites the source articles or
 * specifications it rests on, and names the entries whose pages show it (scripts/editorial-checks/timings.ts).
 */
export const timingSchema = z.object({
	/** Short stable slug, e.g. `reversal`; the anchor of the window on a page is `#time-<id>`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a short lower-case slug, e.g. reversal'),
	/** What takes the time, in the reader's words (冲正退回). */
	topic: z.string().min(2).max(30),
	/** The typical window, with its range, in plain Chinese (多数在几分钟到 24 小时内……). */
	typical: z.string().min(8),
	/** What to do if it is not done by the end of the window, and whom to contact with what. */
	ifNotDone: z.string().min(8),
	/** IDs in references.yaml of the source articles or specifications that give the window; at least one. */
	references: z.array(z.string()).min(1),
	/** Entries (remedies, symptoms, causes, codes) whose pages show this window. */
	shownOn: z.array(z.string()).min(1),
});
export type Timing = z.infer<typeof timingSchema>;

/** Anchor of a time window on a page. */
export const timingAnchor = (id: string) => `time-${id}`;
