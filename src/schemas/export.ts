import { z } from 'astro/zod';
import { caseStudySchema } from './case-study.ts';
import { causeSchema } from './cause.ts';
import { quickDiagnosisSchema } from './diagnosis.ts';
import { preventionSchema } from './prevention.ts';
import { referenceSchema } from './reference.ts';
import { remedySchema } from './remedy.ts';
import { responseCodeSchema } from './response-code.ts';
import { isoDateSchema } from './review.ts';
import { provenanceSchema, statementSchema } from './statement.ts';
import { symptomSchema } from './symptom.ts';

/**
 * The export a help desk imports (/api/entries.json, one copy per entry at /api/entries/<ID>.json): every entry with
 * its whole published content. Each type's fields are its catalogue schema's (so a new catalogue field is exported and
 * described without another declaration), minus the match rules and relation lists, plus what every entry has below.
 * /api/entries.schema.json is this schema as JSON Schema (zod's toJSONSchema); the build validates the export with it.
 */

/** One source file an entry's shown statements come from, with the lines they were read at. */
export const exportSourceSchema = z.object({
	/** File name under sources/ (the article's address is never published). */
	file: z.string(),
	/** 1-based lines of the decoded file where the entry's shown statements are; empty for an article the entry only cites. */
	lines: z.array(z.number().int().positive()),
});

/** The entries an entry links to, by relation (the same lists, in the same order, as its page's sections). */
export const exportRelationsSchema = z.object({
	/** Symptoms (S-NN). */
	symptoms: z.array(z.string()).optional(),
	/** Causes (C-NN), the likeliest first where the page orders them. */
	causes: z.array(z.string()).optional(),
	/** Remedies (R-NN), first thing first. */
	remedies: z.array(z.string()).optional(),
	/** Prevention measures (P-NN). */
	prevention: z.array(z.string()).optional(),
	/** Cases (K-NN). */
	cases: z.array(z.string()).optional(),
	/** Response codes (51, A0 …). */
	codes: z.array(z.string()).optional(),
});

/** What every exported entry has, whatever its type, besides its permanent ID (the catalogue schema's `id`). */
const common = {
	/** Page title as shown (a response code: 应答码 51：余额不足). */
	title: z.string(),
	/** Site path of the entry page, e.g. /remedies/R-07/; join it with the site's origin. */
	url: z.string().regex(/^\//),
	/** Site paths of this entry's own JSON and Markdown copies. */
	copies: z.object({
		/** /api/entries/<ID>.json */
		json: z.string().regex(/^\/api\/entries\//),
		/** /api/entries/<ID>.md, for pasting into a ticket or a wiki. */
		markdown: z.string().regex(/^\/api\/entries\//),
	}),
	/** The day an editor last reviewed the entry (src/editorial/reviews.yaml), YYYY-MM-DD. */
	lastReviewed: isoDateSchema,
	/**
	 * Every entry ID the page's relation sections link to, in page order (a symptom's quick diagnosis links more: they
	 * are in its `diagnosis`).
	 */
	related: z.array(z.string()),
	/** The same links, by relation. */
	relations: exportRelationsSchema,
	/** Source files of the statements its page shows (and the articles it cites), with the lines. */
	sources: z.array(exportSourceSchema),
	/** The documents and articles the entry's own text rests on, as references.yaml declares them. */
	references: z.array(referenceSchema),
	/** Statements of the sources shown as evidence, most representative first, each with where it was read. */
	statements: z.array(statementSchema.extend({ sources: z.array(provenanceSchema) })),
};

/** A remedy step with its permanent anchor. */
export const exportStepSchema = z.object({
	/** 1-based step number; steps are only ever appended, so N stays the same step. */
	n: z.number().int().positive(),
	/** What to do. */
	text: z.string(),
	/** Site path of the step, e.g. /remedies/R-07/#step-2. */
	url: z.string().regex(/^\//),
});

const catalogueFields = { match: true, references: true } as const;

export const exportSymptomSchema = symptomSchema.omit({ ...catalogueFields, causes: true }).extend({
	type: z.literal('symptom'),
	...common,
	/** The quick diagnosis its page starts with (src/editorial/diagnosis.yaml): questions, answers, outcomes. */
	diagnosis: quickDiagnosisSchema.omit({ symptom: true }).optional(),
});
export const exportCauseSchema = causeSchema
	.omit({ ...catalogueFields, remedies: true, prevention: true })
	.extend({ type: z.literal('cause'), ...common });
export const exportRemedySchema = remedySchema
	.omit(catalogueFields)
	.extend({ type: z.literal('remedy'), ...common, /** Ordered steps with their anchored URLs. */ steps: z.array(exportStepSchema).min(1) });
export const exportPreventionSchema = preventionSchema.omit(catalogueFields).extend({ type: z.literal('prevention'), ...common });
export const exportCaseSchema = caseStudySchema
	.omit({ ...catalogueFields, symptoms: true, causes: true, remedies: true })
	.extend({ type: z.literal('case'), ...common });
export const exportCodeSchema = responseCodeSchema.omit({ sources: true, symptoms: true, causes: true, remedies: true }).extend({
	type: z.literal('code'),
	...common,
	/** The UnionPay category in words (B 类：交易失败，可重试), or that the V1 table does not classify the code. */
	categoryLabel: z.string(),
});

/** One exported entry, by its type. */
export const exportEntrySchema = z.discriminatedUnion('type', [
	exportSymptomSchema,
	exportCauseSchema,
	exportRemedySchema,
	exportPreventionSchema,
	exportCaseSchema,
	exportCodeSchema,
]);
export type ExportEntry = z.infer<typeof exportEntrySchema>;

/** /api/entries.json. */
export const entriesExportSchema = z.object({
	/** Address of the JSON Schema this file follows. */
	$schema: z.string(),
	/** Every published entry, by type (symptoms, causes, remedies, prevention, cases, codes), each by ID. */
	entries: z.array(exportEntrySchema),
});
export type EntriesExport = z.infer<typeof entriesExportSchema>;
