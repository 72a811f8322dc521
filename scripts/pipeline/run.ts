import type { Vocabulary } from '../../src/schemas/vocabulary.ts';
import { type Catalogue, parseCatalogue } from './catalogue.ts';
import { type CleaningEditorial, clean, parseCleaningEditorial } from './clean.ts';
import { hasErrors } from './diagnostics.ts';
import { buildReport, type IngestReport, type OutlineItem } from './report.ts';
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
import { type LinkedEntry, link } from './stages/link.ts';
import { merge, toUnits, type Unit } from './stages/merge.ts';
import { segment } from './stages/segment.ts';
import type { CleanSource, Diagnostic, SourceFile, StageResult } from './types.ts';

/** Everything the pipeline reads, already loaded: sources and the editorial YAML files by relative name. */
export interface PipelineInput {
	sources: readonly SourceFile[];
	editorial: ReadonlyMap<string, string>;
	/** Folder of the editorial data, for messages. */
	editorialDir: string;
	/** Largest source accepted, in bytes. */
	maxBytes?: number | undefined;
	/**
	 * Results of step 2 computed elsewhere, in source order (the CLI cleans large corpora on several threads with
	 * scripts/pipeline/clean-parallel.ts). When given, `sources` is not read.
	 */
	cleaned?: ReadonlyArray<StageResult<CleanSource>> | undefined;
	/**
	 * Called when a stage begins (`errata`, `segment`, `merge`, `link`, `emit`): the CLI uses it to release the
	 * previous stage's garbage on large corpora. The pipeline itself stays pure.
	 */
	onStage?: ((stage: string) => void) | undefined;
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
	const results =
		input.cleaned ??
		input.sources.map((source, index) => {
			const result = clean(source, rules, { maxBytes: input.maxBytes });
			input.onProgress?.(index + 1, input.sources.length);
			return result;
		});
	const cleaned: CleanSource[] = [];
	let rejected = 0;
	for (const result of results) {
		diagnostics.push(...result.diagnostics);
		if (result.ok) cleaned.push(result.value);
		else rejected++;
	}

	// 3. Correct known errors in the sources (src/editorial/errata.yaml).
	input.onStage?.('errata');
	const corrected = applyErrata(cleaned, catalogue.errata);
	diagnostics.push(...corrected.diagnostics);

	// 4. Segment each article into headings, items and sentences, classify the items, and cut them into statements.
	input.onStage?.('segment');
	// One article at a time: only its statements and outline are kept, not its items (at 10,000 articles, hundreds of MB).
	const units: Unit[] = [];
	const outline: OutlineItem[] = [];
	for (const source of corrected.sources) {
		const items = classify(segment(source));
		for (const { file, line, role, depth } of items) outline.push({ file, line, role, depth });
		for (const unit of toUnits(items)) units.push(unit);
	}

	// 5. Merge near-duplicate statements and place them into catalogue entries.
	input.onStage?.('merge');
	const statements = merge(units, catalogue);

	// 6. Link entries: check declared relations, derive reverse ones, attach statements.
	input.onStage?.('link');
	const linked = link(catalogue, statements);
	diagnostics.push(...linked.diagnostics);

	const report = buildReport(corrected.sources, outline, statements, rejected, diagnostics);
	if (!linked.ok || hasErrors(diagnostics)) return { report, diagnostics };

	// 7. Emit the content collections, and the search vocabulary compiled for the characters they use.
	input.onStage?.('emit');
	const files = new Map<string, unknown>(emit(linked.value, catalogue));
	const search = compileSearchVocabulary(vocabulary, catalogue, siteCharacters(catalogue, linked.value));
	files.set(SEARCH_VOCABULARY_FILE, serializeSearchVocabulary(search));
	return { files, report, diagnostics };
}

/**
 * Every distinct character the site shows: the catalogue's own text and the statements placed into entries (not
 * their provenance, which is file names repeated once per occurrence). The search vocabulary needs the character set,
 * not the text.
 */
function siteCharacters(catalogue: Catalogue, entries: readonly LinkedEntry[]): string {
	const seen = new Set<string>();
	const add = (text: string) => {
		for (const char of text) seen.add(char);
	};
	const { locations: _locations, ...parts } = catalogue;
	add(JSON.stringify(parts));
	for (const entry of entries) for (const statement of entry.statements) add(statement.text);
	return [...seen].sort().join('');
}
