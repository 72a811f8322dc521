import { z } from 'astro/zod';

/** A specification, document or source article that catalogue facts rest on. Cited by title; no links to commercial sites. */
export const referenceSchema = z.object({
	/** Short stable ID, e.g. "unionpay-pos-v1". */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** A specification or other document (cited by title), or a source article of the published corpus. */
	kind: z.enum(['specification', 'document', 'article']).default('document'),
	/** For an article: its file under sources/ (the address lives only in the test corpus, never here). */
	file: z.string().optional(),
	/** Document title as published; for an article, a neutral description of what it covers. */
	title: z.string(),
	/** Who publishes it. */
	publisher: z.string(),
	/** Version or date, when known. */
	version: z.string().optional(),
	/** Where a reader can find it (repository path or document section), as plain text. */
	location: z.string().optional(),
});
export type Reference = z.infer<typeof referenceSchema>;
