import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { Diagnostic, StageResult } from '../../diagnostics.ts';
import { error } from '../../diagnostics.ts';
import {
	type Lexicon,
	type OfficialHotline,
	type PromotionContext,
	type PromotionVocabulary,
	VOCABULARY_LISTS,
	type VocabularyList,
} from './types.ts';

/** Folder of the vocabulary files, relative to the editorial folder. */
export const VOCABULARY_DIR = 'promotion/';
/** Hotlines file, relative to the editorial folder. */
export const HOTLINES_FILE = 'hotlines.yaml';

/** One entry: a plain phrase, or a regular expression written between slashes. */
const entrySchema = z.string().min(1);

/** A vocabulary file: a description for editors and any of the named lists. Unknown keys are errors (typos). */
const vocabularyFileSchema = z
	.object({
		/** What the file is for, for editors. */
		description: z.string().min(1),
		...Object.fromEntries(VOCABULARY_LISTS.map((list) => [list, z.array(entrySchema).optional()])),
	})
	.strict();

const hotlinesSchema = z
	.object({
		/** Official hotlines that may be published; every other 95xxx/96xxx hotline is removed from articles. */
		hotlines: z.array(
			z
				.object({
					/** Digits only. */
					number: z.string().regex(/^\d{3,12}$/, 'digits only'),
					/** Who answers the line. */
					name: z.string().min(1),
					/** Why it may be published. */
					description: z.string().min(1),
				})
				.strict(),
		),
	})
	.strict();

/** An empty vocabulary: only the structural rules (URLs, phone numbers, HTML) have anything to match. */
export const EMPTY_VOCABULARY: PromotionVocabulary = Object.fromEntries(
	VOCABULARY_LISTS.map((list) => [list, []]),
) as unknown as PromotionVocabulary;

/** An empty context: no official hotlines and no vocabulary. */
export const EMPTY_PROMOTION_CONTEXT: PromotionContext = { hotlines: [], vocabulary: EMPTY_VOCABULARY };

/**
 * Builds the promotion context from the editorial YAML texts (keyed by path relative to the editorial folder, as
 * scripts/pipeline/io.ts readEditorial returns them): `hotlines.yaml` and every `promotion/*.yaml`. Pure.
 * Errors name the file, the list and what is wrong (YAML syntax, unknown list, bad regex).
 */
export function parsePromotionContext(editorial: ReadonlyMap<string, string>, dir = 'src/editorial'): StageResult<PromotionContext> {
	const diagnostics: Diagnostic[] = [];
	const hotlinesText = editorial.get(HOTLINES_FILE);
	let hotlines: OfficialHotline[] = [];
	if (hotlinesText === undefined) {
		diagnostics.push(
			error(
				'promotion/missing-file',
				{ file: `${dir}/${HOTLINES_FILE}` },
				'The official hotlines file is missing.',
				'Create it with `hotlines: [{number, name, description}]`.',
			),
		);
	} else {
		const parsed = parseHotlines(hotlinesText, `${dir}/${HOTLINES_FILE}`);
		diagnostics.push(...parsed.diagnostics);
		if (parsed.ok) hotlines = parsed.value;
	}
	const files = [...editorial.keys()].filter((name) => name.startsWith(VOCABULARY_DIR)).sort();
	if (files.length === 0) {
		diagnostics.push(
			error(
				'promotion/missing-file',
				{ file: `${dir}/${VOCABULARY_DIR}` },
				'No promotion vocabulary files found.',
				'Restore src/editorial/promotion/*.yaml.',
			),
		);
	}
	const vocabulary = parsePromotionVocabulary(files.map((name) => ({ file: `${dir}/${name}`, text: editorial.get(name) ?? '' })));
	diagnostics.push(...vocabulary.diagnostics);
	if (!vocabulary.ok || diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
	return { ok: true, value: { hotlines, vocabulary: vocabulary.value }, diagnostics };
}

/** Parses src/editorial/hotlines.yaml. */
export function parseHotlines(yamlText: string, file: string): StageResult<OfficialHotline[]> {
	const raw = parseYaml(yamlText, file, 'promotion/yaml');
	if (!raw.ok) return raw;
	const parsed = hotlinesSchema.safeParse(raw.value);
	if (!parsed.success) {
		return {
			ok: false,
			diagnostics: parsed.error.issues.map((issue) =>
				error(
					'promotion/invalid-hotline',
					{ file },
					`${issue.path.join('.') || '(root)'}: ${issue.message}.`,
					'Each hotline needs number (digits), name and description.',
				),
			),
		};
	}
	return { ok: true, value: parsed.data.hotlines, diagnostics: [] };
}

/** Parses and merges vocabulary files (lists with the same name are concatenated), checking every `/regex/` compiles. */
export function parsePromotionVocabulary(files: ReadonlyArray<{ file: string; text: string }>): StageResult<PromotionVocabulary> {
	const diagnostics: Diagnostic[] = [];
	const merged = Object.fromEntries(VOCABULARY_LISTS.map((list) => [list, [] as string[]])) as Record<VocabularyList, string[]>;
	for (const { file, text } of files) {
		const raw = parseYaml(text, file, 'promotion/yaml');
		if (!raw.ok) {
			diagnostics.push(...raw.diagnostics);
			continue;
		}
		const parsed = vocabularyFileSchema.safeParse(raw.value);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				diagnostics.push(
					error(
						'promotion/invalid-vocabulary',
						{ file },
						`${issue.path.join('.') || '(root)'}: ${issue.message}.`,
						`Use a description and only these lists: ${VOCABULARY_LISTS.join(', ')}; every entry a non-empty string.`,
					),
				);
			}
			continue;
		}
		const data = parsed.data as Record<string, unknown>;
		for (const list of VOCABULARY_LISTS) {
			const entries = data[list];
			if (!Array.isArray(entries)) continue;
			for (const entry of entries as string[]) {
				const problem = entryProblem(entry);
				if (problem) {
					diagnostics.push(
						error(
							'promotion/bad-pattern',
							{ file, entry: `${list}: ${entry}` },
							`Pattern does not compile: ${problem}.`,
							'Fix the regular expression, or drop the slashes to match the text literally.',
						),
					);
				} else merged[list].push(entry);
			}
		}
	}
	return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: merged, diagnostics };
}

function parseYaml(text: string, file: string, code: string): StageResult<unknown> {
	const document = parseDocument(text);
	if (document.errors.length > 0) {
		return {
			ok: false,
			diagnostics: document.errors.map((problem) =>
				error(
					code,
					{ file, line: problem.linePos?.[0]?.line },
					`YAML syntax error: ${problem.message.split('\n')[0]}`,
					'Fix the YAML syntax (indentation, quote entries containing `:` or `#`).',
				),
			),
		};
	}
	return { ok: true, value: document.toJS(), diagnostics: [] };
}

const isPattern = (entry: string): boolean => entry.length > 2 && entry.startsWith('/') && entry.endsWith('/');

function entryProblem(entry: string): string | undefined {
	if (!isPattern(entry)) return undefined;
	try {
		new RegExp(entry.slice(1, -1), 'iu');
		return undefined;
	} catch (cause) {
		return cause instanceof Error ? cause.message : String(cause);
	}
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Regex source of a list: phrases (longest first, so the longest alternative wins) and patterns. */
export function listSource(entries: readonly string[]): string {
	const phrases = entries.filter((entry) => !isPattern(entry)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
	const patterns = entries.filter(isPattern).map((entry) => `(?:${entry.slice(1, -1)})`);
	const alternatives = [...patterns, ...phrases.map(escapeRegExp)];
	return alternatives.length === 0 ? '(?!)' : alternatives.join('|');
}

const lexicons = new WeakMap<PromotionVocabulary, Lexicon>();

/** Compiles every list once per vocabulary object (cached): one case-insensitive regex per list. */
export function lexiconFor(vocabulary: PromotionVocabulary): Lexicon {
	let lexicon = lexicons.get(vocabulary);
	if (!lexicon) {
		lexicon = Object.fromEntries(
			VOCABULARY_LISTS.map((list) => [list, new RegExp(listSource(vocabulary[list]), 'iu')]),
		) as unknown as Lexicon;
		lexicons.set(vocabulary, lexicon);
	}
	return lexicon;
}
