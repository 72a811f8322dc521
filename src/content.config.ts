import { defineCollection, reference } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { caseStudySchema } from './schemas/case-study.ts';
import { causeSchema } from './schemas/cause.ts';
import { quickDiagnosisSchema } from './schemas/diagnosis.ts';
import { preventionSchema } from './schemas/prevention.ts';
import { referenceSchema } from './schemas/reference.ts';
import { remedySchema } from './schemas/remedy.ts';
import { responseCodeSchema } from './schemas/response-code.ts';
import { isoDateSchema } from './schemas/review.ts';
import { statementSchema } from './schemas/statement.ts';
import { symptomSchema } from './schemas/symptom.ts';

/**
 * Collections published by the site. All but `docs` are written by the pipeline (npm run ingest) into
 * src/content/generated/; their schemas are the catalogue schemas plus what the pipeline adds.
 */

const generated = (name: string) => file(`src/content/generated/${name}.json`);

/** What the pipeline adds to every entry: supporting statements with provenance, source files, related IDs. */
const published = {
	/** Distinct statements from the sources that support this entry. */
	statements: z.array(statementSchema),
	/** Source files the statements come from. */
	sources: z.array(z.string()),
	/** Every entry ID the page links to, in page order (also in /api/entries.json). */
	related: z.array(z.string()),
	/** The day an editor last reviewed the entry (src/editorial/reviews.yaml), YYYY-MM-DD. */
	lastReviewed: isoDateSchema,
};

const refs = (collection: 'symptoms' | 'causes' | 'remedies' | 'prevention' | 'cases' | 'codes') => z.array(reference(collection));

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	symptoms: defineCollection({
		loader: generated('symptoms'),
		schema: symptomSchema.omit({ match: true, causes: true }).extend({
			causes: refs('causes'),
			codes: refs('codes'),
			cases: refs('cases'),
			/** The quick diagnosis the page starts with (src/editorial/diagnosis.yaml). */
			diagnosis: quickDiagnosisSchema.omit({ symptom: true }).optional(),
			...published,
		}),
	}),
	causes: defineCollection({
		loader: generated('causes'),
		schema: causeSchema.omit({ match: true, remedies: true, prevention: true }).extend({
			remedies: refs('remedies'),
			prevention: refs('prevention'),
			symptoms: refs('symptoms'),
			codes: refs('codes'),
			cases: refs('cases'),
			...published,
		}),
	}),
	remedies: defineCollection({
		loader: generated('remedies'),
		schema: remedySchema.omit({ match: true }).extend({ causes: refs('causes'), codes: refs('codes'), cases: refs('cases'), ...published }),
	}),
	prevention: defineCollection({
		loader: generated('prevention'),
		schema: preventionSchema.omit({ match: true }).extend({ causes: refs('causes'), ...published }),
	}),
	cases: defineCollection({
		loader: generated('cases'),
		schema: caseStudySchema
			.omit({ match: true, symptoms: true, causes: true, remedies: true })
			.extend({ symptoms: refs('symptoms'), causes: refs('causes'), remedies: refs('remedies'), ...published }),
	}),
	codes: defineCollection({
		loader: generated('codes'),
		schema: responseCodeSchema.omit({ sources: true, symptoms: true, causes: true, remedies: true }).extend({
			symptoms: refs('symptoms'),
			causes: refs('causes'),
			remedies: refs('remedies'),
			/** The documents the code's meaning is based on, resolved from references.yaml. */
			references: z.array(referenceSchema).min(1),
			related: z.array(z.string()),
			lastReviewed: published.lastReviewed,
		}),
	}),
};
