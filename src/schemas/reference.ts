import { z } from 'astro/zod';

/** A public document that response-code facts are based on. Cited by title and publisher; no links to commercial sites. */
export const referenceSchema = z.object({
	/** Short stable ID, e.g. "unionpay-pos-v1". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Document title as published. */
	title: z.string(),
	/** Who publishes it. */
	publisher: z.string(),
	/** Version or date, when known. */
	version: z.string().optional(),
	/** Where a reader can find it (repository path or document section), as plain text. */
	location: z.string().optional(),
});
export type Reference = z.infer<typeof referenceSchema>;
