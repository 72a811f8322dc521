import type { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { type CaseStudy, caseStudySchema } from '../../src/schemas/case-study.ts';
import { type Cause, causeSchema } from '../../src/schemas/cause.ts';
import { type QuickDiagnosis, quickDiagnosisSchema } from '../../src/schemas/diagnosis.ts';
import { type Erratum, erratumSchema } from '../../src/schemas/erratum.ts';
import { type Prevention, preventionSchema } from '../../src/schemas/prevention.ts';
import { type Reference, referenceSchema } from '../../src/schemas/reference.ts';
import { type Remedy, remedySchema } from '../../src/schemas/remedy.ts';
import { type ForeignOnlyCode, foreignOnlyCodeSchema, type ResponseCode, responseCodeSchema } from '../../src/schemas/response-code.ts';
import { type Review, reviewSchema } from '../../src/schemas/review.ts';
import {
	type GenericMeaning,
	genericMeaningSchema,
	type StatementFormPhrases,
	statementFormPhrasesSchema,
} from '../../src/schemas/statement-form.ts';
import { type Symptom, symptomSchema } from '../../src/schemas/symptom.ts';
import { type Timing, timingSchema } from '../../src/schemas/timing.ts';
import { type Unpublished, unpublishedSchema } from '../../src/schemas/unpublished.ts';
import type { Diagnostic, StageResult } from '../diagnostics.ts';
import { error } from '../diagnostics.ts';

/** The hand-curated editorial data, validated. */
export interface Catalogue {
	symptoms: Symptom[];
	causes: Cause[];
	remedies: Remedy[];
	prevention: Prevention[];
	cases: CaseStudy[];
	codes: ResponseCode[];
	references: Reference[];
	errata: Erratum[];
	unpublished: Unpublished[];
	/** Phrases that mark a statement as not a statement of fact (statement-form.yaml). */
	statementForm: StatementFormPhrases[];
	/** Words that say only that a transaction failed (generic-meanings.yaml): no code meaning contradicts them. */
	genericMeanings: GenericMeaning[];
	/** The quick diagnosis of each symptom (diagnosis.yaml); its locations are keyed `diagnosis:S-NN`. */
	diagnosis: QuickDiagnosis[];
	/** Codes of foreign card schemes that UnionPay's tables lack (foreign-codes.yaml); locations keyed `foreignCodes:NN`. */
	foreignCodes: ForeignOnlyCode[];
	/** How long reversals, refunds, settlement and retries usually take (timings.yaml); locations keyed `timings:<id>`. */
	timings: Timing[];
	/** When each entry was last reviewed (reviews.yaml): one line per published entry. */
	reviews: Review[];
	/** Where each entry is declared, for diagnostics: entry ID → file and line. */
	locations: Map<string, { file: string; line: number }>;
}

/** Editorial file name (relative to src/editorial/) per catalogue part, with its schema. */
export const CATALOGUE_FILES = {
	symptoms: { file: 'symptoms.yaml', schema: symptomSchema },
	causes: { file: 'causes.yaml', schema: causeSchema },
	remedies: { file: 'remedies.yaml', schema: remedySchema },
	prevention: { file: 'prevention.yaml', schema: preventionSchema },
	cases: { file: 'cases.yaml', schema: caseStudySchema },
	codes: { file: 'codes.yaml', schema: responseCodeSchema },
	references: { file: 'references.yaml', schema: referenceSchema },
	errata: { file: 'errata.yaml', schema: erratumSchema },
	unpublished: { file: 'unpublished.yaml', schema: unpublishedSchema },
	statementForm: { file: 'statement-form.yaml', schema: statementFormPhrasesSchema },
	genericMeanings: { file: 'generic-meanings.yaml', schema: genericMeaningSchema },
	diagnosis: { file: 'diagnosis.yaml', schema: quickDiagnosisSchema, key: 'symptom' },
	foreignCodes: { file: 'foreign-codes.yaml', schema: foreignOnlyCodeSchema, key: 'code' },
	timings: { file: 'timings.yaml', schema: timingSchema, key: 'id' },
	reviews: { file: 'reviews.yaml', schema: reviewSchema },
} as const;

/** The field that identifies an entry of a part (default `id`), and the prefix of its key in `locations`. */
const keyOf = (part: string): { field: string; prefix: string } => {
	const spec = CATALOGUE_FILES[part as CataloguePart] as { key?: string };
	return spec.key ? { field: spec.key, prefix: `${part}:` } : { field: 'id', prefix: '' };
};

export type CataloguePart = keyof typeof CATALOGUE_FILES;

/**
 * Parses and validates one YAML list of entries. Every problem becomes a diagnostic naming the file,
 * the line, the entry ID and the field, so an editor can fix it without reading code.
 */
export function parseEntryList<S extends z.ZodType>(
	text: string,
	file: string,
	schema: S,
	idField = 'id',
): StageResult<{ entries: z.infer<S>[]; lines: Map<string, number> }> {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const diagnostics: Diagnostic[] = [];
	for (const e of doc.errors) {
		const pos = e.linePos?.[0];
		diagnostics.push(
			error(
				'catalogue/yaml',
				{ file, line: pos?.line },
				`YAML syntax error: ${e.message.split('\n')[0]}`,
				'Fix the indentation or quoting at that line.',
			),
		);
	}
	if (diagnostics.length) return { ok: false, diagnostics };
	const root = doc.contents;
	if (root !== null && !isSeq(root)) {
		return {
			ok: false,
			diagnostics: [
				error('catalogue/not-a-list', { file }, 'The file must be a YAML list of entries.', 'Start each entry with "- id: …".'),
			],
		};
	}
	const entries: z.infer<S>[] = [];
	const lines = new Map<string, number>();
	const seen = new Set<string>();
	for (const node of root?.items ?? []) {
		const line = node && typeof node === 'object' && 'range' in node && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
		const raw: unknown = (node as { toJSON?: () => unknown })?.toJSON?.() ?? node;
		const id = isMap(node) ? String(node.get(idField) ?? '') : '';
		const parsed = schema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const field = issue.path.join('.') || '(entry)';
				diagnostics.push(
					error(
						'catalogue/schema',
						{ file, line, entry: id || undefined },
						`Field "${field}": ${issue.message}.`,
						'Correct the field as described in the schema under src/schemas/.',
					),
				);
			}
			continue;
		}
		if (id) {
			if (seen.has(id)) {
				diagnostics.push(
					error(
						'catalogue/duplicate-id',
						{ file, line, entry: id },
						`ID ${id} is declared twice.`,
						'IDs are permanent and unique: give the new entry the next free ID.',
					),
				);
				continue;
			}
			seen.add(id);
			if (line) lines.set(id, line);
		}
		entries.push(parsed.data);
	}
	return diagnostics.length ? { ok: false, diagnostics } : { ok: true, value: { entries, lines }, diagnostics };
}

/**
 * Validates the whole catalogue from the texts of its files (a missing optional file is an empty list).
 * `texts` maps the file names of CATALOGUE_FILES to their content; `dir` is only used in messages.
 */
export function parseCatalogue(texts: ReadonlyMap<string, string>, dir: string): StageResult<Catalogue> {
	const diagnostics: Diagnostic[] = [];
	const locations = new Map<string, { file: string; line: number }>();
	const parts: Record<string, unknown[]> = {};
	for (const [part, { file, schema }] of Object.entries(CATALOGUE_FILES)) {
		const path = `${dir}/${file}`;
		const text = texts.get(file);
		if (text === undefined) {
			parts[part] = [];
			continue;
		}
		const key = keyOf(part);
		const result = parseEntryList(text, path, schema as z.ZodType, key.field);
		diagnostics.push(...result.diagnostics);
		if (!result.ok) continue;
		parts[part] = result.value.entries;
		for (const [id, line] of result.value.lines) locations.set(`${key.prefix}${id}`, { file: path, line });
	}
	if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
	return { ok: true, value: { ...(parts as unknown as Omit<Catalogue, 'locations'>), locations }, diagnostics };
}
