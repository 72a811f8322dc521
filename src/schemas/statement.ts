import { z } from 'astro/zod';

/** Where a statement was read: the source file, the section heading above it, and its line. */
export const provenanceSchema = z.object({
	/** Source file name under sources/. */
	file: z.string(),
	/** The nearest heading above the passage, cleaned. Empty for the lead paragraph. */
	section: z.string(),
	/** 1-based line number in the decoded source. */
	line: z.number().int().positive(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One distinct statement from the sources, after cleaning and merging of near-duplicates. */
export const statementSchema = z.object({
	/** Stable ID derived from the text, so anchors to a statement survive rebuilds. */
	id: z.string(),
	/** What kind of statement the classifier found. */
	kind: z.enum(['cause', 'remedy', 'prevention', 'case', 'impact', 'background']),
	/** The cleaned text, as published. */
	text: z.string(),
	/**
	 * Where the statement (or a near-duplicate of it) appears: the first few places, in source order. The ingest
	 * report lists every place; a page needs only enough to trace the statement.
	 */
	sources: z.array(provenanceSchema).min(1),
	/** How many places it appears in, in all; more than `sources.length` when the list was shortened. */
	occurrences: z.number().int().positive(),
	/** How many source files say it (or a near-duplicate of it): the first key of the evidence ranking. */
	sourceCount: z.number().int().positive(),
});
export type Statement = z.infer<typeof statementSchema>;
