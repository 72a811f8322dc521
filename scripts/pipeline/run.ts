import type { Vocabulary } from '../../src/schemas/vocabulary.ts';
import { type Catalogue, parseCatalogue } from './catalogue.ts';
import { type CleaningEditorial, clean, parseCleaningEditorial } from './clean.ts';
import { hasErrors } from './diagnostics.ts';
import { buildReport, type IngestReport } from './report.ts';
import {
	compileSearchVocabulary,
	parseVocabulary,
	SEARCH_VOCABULARY_FILE,
	serializeSearchVocabulary,
	VOCABULARY_FILE,
} from './search-vocabulary.ts';
import { applyErrata } from './stages/apply-errata.ts';
import { classify } from './stages/classify.ts';
import { emit } from './stages/emit.ts';
import { link } from './stages/link.ts';
import { merge } from './stages/merge.ts';
import { segment } from './stages/segment.ts';
import type { CleanSource, Diagnostic, SourceFile } from './types.ts';

/** Everything the pipeline reads, already loaded: sources and the editorial YAML files by relative name. */
export interface PipelineInput {
	sources: readonly SourceFile[];
	editorial: ReadonlyMap<string, string>;
	/** Folder of the editorial data, for messages. */
	editorialDir: string;
	/** Largest source accepted, in bytes. */
	maxBytes?: number | undefined;
	/** Called after each source is cleaned, for progress on long runs. */
	onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface PipelineOutput {
	/** Collection files (name → JSON value, or text for the search vocabulary), present only when the run succeeded. */
	files?: Map<string, unknown> | undefined;
	report?: IngestReport | undefined;
	diagnostics: Diagnostic[];
}

/** Loads and validates the editorial data: the catalogue and the cleaning rules. */
export function loadEditorial(
	editorial: ReadonlyMap<string, string>,
	dir: string,
): { catalogue?: Catalogue; rules?: CleaningEditorial; vocabulary?: Vocabulary; diagnostics: Diagnostic[] } {
	const catalogue = parseCatalogue(editorial, dir);
	const rules = parseCleaningEditorial(editorial, dir);
	const vocabulary = parseVocabulary(editorial.get(VOCABULARY_FILE), `${dir}/${VOCABULARY_FILE}`);
	return {
		...(catalogue.ok ? { catalogue: catalogue.value } : {}),
		...(rules.ok ? { rules: rules.value } : {}),
		...(vocabulary.ok ? { vocabulary: vocabulary.value } : {}),
		diagnostics: [...catalogue.diagnostics, ...rules.diagnostics, ...vocabulary.diagnostics],
	};
}

/**
 * The whole pipeline, as a recipe. Pure: no file system; the CLI (scripts/ingest.ts) reads and writes.
 */
export function runPipeline(input: PipelineInput): PipelineOutput {
	// 1. Editorial data: the catalogue, errata, de-obfuscation table, promotion rules and search vocabulary.
	const { catalogue, rules, vocabulary, diagnostics } = loadEditorial(input.editorial, input.editorialDir);
	if (!catalogue || !rules || !vocabulary) return { diagnostics };

	// 2. Clean every source: decode → normalize → de-obfuscate → strip promotion.
	const cleaned: CleanSource[] = [];
	let rejected = 0;
	for (const source of input.sources) {
		const result = clean(source, rules, { maxBytes: input.maxBytes });
		diagnostics.push(...result.diagnostics);
		if (result.ok) cleaned.push(result.value);
		else rejected++;
		input.onProgress?.(cleaned.length + rejected, input.sources.length);
	}

	// 3. Correct known errors in the sources (src/editorial/errata.yaml).
	const corrected = applyErrata(cleaned, catalogue.errata);
	diagnostics.push(...corrected.diagnostics);

	// 4. Segment articles into headings, items and sentences, and classify each item.
	const items = classify(corrected.sources.flatMap(segment));

	// 5. Merge near-duplicate statements and place them into catalogue entries.
	const statements = merge(items, catalogue);

	// 6. Link entries: check declared relations, derive reverse ones, attach statements.
	const linked = link(catalogue, statements);
	diagnostics.push(...linked.diagnostics);

	const report = buildReport(corrected.sources, items, statements, rejected, diagnostics);
	if (!linked.ok || hasErrors(diagnostics)) return { report, diagnostics };

	// 7. Emit the content collections, and the search vocabulary compiled for the characters they use.
	const files = new Map<string, unknown>(emit(linked.value, catalogue));
	const search = compileSearchVocabulary(vocabulary, catalogue, siteCharacters(files.values()));
	files.set(SEARCH_VOCABULARY_FILE, serializeSearchVocabulary(search));
	return { files, report, diagnostics };
}

/** Every distinct character of the published collections, as one string: the search vocabulary needs the site's
 * character set, not its text (which is ~150 MB at 10,000 articles). */
function siteCharacters(values: Iterable<unknown>): string {
	const seen = new Set<string>();
	const visit = (value: unknown): void => {
		if (typeof value === 'string') for (const char of value) seen.add(char);
		else if (Array.isArray(value)) for (const item of value) visit(item);
		else if (value && typeof value === 'object') for (const item of Object.values(value)) visit(item);
	};
	for (const value of values) visit(value);
	return [...seen].sort().join('');
}
