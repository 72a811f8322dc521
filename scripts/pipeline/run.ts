import type { Vocabulary } from '../../src/schemas/vocabulary.ts';
import type { Diagnostic, StageResult } from '../diagnostics.ts';
import { hasErrors } from '../diagnostics.ts';
import { runEditorialChecks } from '../editorial-checks/index.ts';
import { type Catalogue, parseCatalogue } from './catalogue.ts';
import { type CleaningEditorial, parseCleaningEditorial } from './clean.ts';
import { type PreparedSource, prepareSource, type SourceContext, sourceContext } from './prepare-source.ts';
import { buildReport, type IngestReport, type OutlineItem } from './report.ts';
import { catalogueSearchIndex, SEARCH_INDEX_FILE, serializeSearchIndex } from './search-index.ts';
import {
	compileSearchVocabulary,
	parseVocabulary,
	SEARCH_VOCABULARY_FILE,
	serializeSearchVocabulary,
	VOCABULARY_FILE,
} from './search-vocabulary.ts';
import { unusedErrata } from './stages/apply-errata.ts';
import { emit } from './stages/emit.ts';
import { type LinkedEntry, link } from './stages/link.ts';
import { mergePlaced, type PlacedUnit } from './stages/merge.ts';
import type { WithheldUnit } from './stages/screen.ts';
import type { CleanSource, SourceFile } from './types.ts';

/** Everything the pipeline reads, already loaded: sources and the editorial YAML files by relative name. */
export interface PipelineInput {
	sources: readonly SourceFile[];
	editorial: ReadonlyMap<string, string>;
	/** Folder of the editorial data, for messages. */
	editorialDir: string;
	/** Largest source accepted, in bytes. */
	maxBytes?: number | undefined;
	/**
	 * Results of step 2 computed elsewhere, in source order (the CLI prepares large corpora on several threads with
	 * scripts/pipeline/prepare-parallel.ts), read once: an iterable that forgets what it yielded lets the pipeline
	 * release each source's statements after the merge. When given, `sources` is not read.
	 */
	prepared?: Iterable<StageResult<PreparedSource>> | undefined;
	/**
	 * The editorial data already loaded from `editorial` ({@link loadEditorial}), when the caller needed it first (the
	 * CLI, to prepare a large corpus): used as it is, not parsed and validated a second time.
	 */
	loaded?: LoadedEditorial | undefined;
	/**
	 * Called when a stage begins (`merge`, `link`, `emit`): the CLI uses it to release the previous stage's garbage on
	 * large corpora. The pipeline itself stays pure.
	 */
	onStage?: ((stage: string) => void) | undefined;
	/** Called after each source is prepared, for progress on long runs. */
	onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface PipelineOutput {
	/** Collection files (name → JSON value, or text for the search vocabulary), present only when the run succeeded. */
	files?: Map<string, unknown> | undefined;
	report?: IngestReport | undefined;
	diagnostics: Diagnostic[];
}

/** The editorial data, validated: each part is absent when its files are invalid, and the diagnostics say why. */
export interface LoadedEditorial {
	catalogue?: Catalogue;
	rules?: CleaningEditorial;
	vocabulary?: Vocabulary;
	diagnostics: Diagnostic[];
}

/** Loads and validates the editorial data: the catalogue, the cleaning rules and the search vocabulary. */
export function loadEditorial(editorial: ReadonlyMap<string, string>, dir: string): LoadedEditorial {
	const catalogue = parseCatalogue(editorial, dir);
	// Editorial rules (scripts/editorial-checks/) over the validated catalogue; an error stops the run like a schema error.
	const checked = catalogue.ok ? runEditorialChecks(catalogue.value) : [];
	const rules = parseCleaningEditorial(editorial, dir);
	const vocabulary = parseVocabulary(editorial.get(VOCABULARY_FILE), `${dir}/${VOCABULARY_FILE}`);
	return {
		...(catalogue.ok && !hasErrors(checked) ? { catalogue: catalogue.value } : {}),
		...(rules.ok ? { rules: rules.value } : {}),
		...(vocabulary.ok ? { vocabulary: vocabulary.value } : {}),
		diagnostics: [...catalogue.diagnostics, ...checked, ...rules.diagnostics, ...vocabulary.diagnostics],
	};
}

/**
 * The whole pipeline, as a recipe. Pure: no file system; the CLI (scripts/ingest.ts) reads and writes.
 */
export function runPipeline(input: PipelineInput): PipelineOutput {
	// 1. Editorial data: the catalogue, errata, de-obfuscation table, promotion rules and search vocabulary.
	const loaded = input.loaded ?? loadEditorial(input.editorial, input.editorialDir);
	const { catalogue, rules, vocabulary } = loaded;
	const diagnostics = [...loaded.diagnostics];
	if (!catalogue || !rules || !vocabulary) return { diagnostics };

	// 2. Prepare each source on its own: clean it (decode → normalize → de-obfuscate → strip promotion), correct its
	// errata (src/editorial/errata.yaml), segment and classify it, cut it into statements, withhold those that are not
	// facts or contradict the catalogue, and place the others.
	const context = sourceContext(rules, catalogue);
	const results = input.prepared ?? prepareEach(input.sources, context, input);
	const cleaned: CleanSource[] = [];
	const outline: OutlineItem[] = [];
	const units: PlacedUnit[] = [];
	const withheld: WithheldUnit[] = [];
	const errataApplied = new Map<string, number>();
	let rejected = 0;
	for (const result of results) {
		diagnostics.push(...result.diagnostics);
		if (!result.ok) {
			rejected++;
			continue;
		}
		const prepared = result.value;
		cleaned.push(prepared.source);
		for (const item of prepared.outline) outline.push(item);
		for (const unit of prepared.units) units.push(unit);
		for (const unit of prepared.withheld) withheld.push(unit);
		for (const id of prepared.errataApplied) errataApplied.set(id, (errataApplied.get(id) ?? 0) + 1);
	}

	// 3. Errata that found nothing to correct are reported, so stale ones get removed.
	diagnostics.push(...unusedErrata(catalogue.errata, errataApplied, new Set(cleaned.map((s) => s.file))));

	// 4. Merge near-duplicate statements across articles into one, with all their provenance.
	input.onStage?.('merge');
	const statements = mergePlaced(units);
	// The statements keep what they need of the units (one text per group, every provenance): release the rest before
	// the link, the report and the emit, where memory peaks (~130 MB at 10,000 articles).
	units.length = 0;

	// 5. Link entries: check declared relations, derive reverse ones, attach statements.
	input.onStage?.('link');
	const linked = link(catalogue, statements);
	diagnostics.push(...linked.diagnostics);

	const report = buildReport(cleaned, outline, statements, rejected, diagnostics, withheld, catalogue.codes);
	if (!linked.ok || hasErrors(diagnostics)) return { report, diagnostics };

	// 6. Emit the content collections, and the search vocabulary compiled for the characters they use.
	input.onStage?.('emit');
	const files = new Map<string, unknown>(emit(linked.value, catalogue));
	const { brands, cities } = rules.promotion.vocabulary;
	const search = compileSearchVocabulary(vocabulary, catalogue, siteCharacters(catalogue, linked.value), [...brands, ...cities]);
	files.set(SEARCH_VOCABULARY_FILE, serializeSearchVocabulary(search));
	files.set(SEARCH_INDEX_FILE, serializeSearchIndex(catalogueSearchIndex(catalogue, search)));
	return { files, report, diagnostics };
}

/** Step 2 one source at a time, as the loop over its results asks for them. */
function* prepareEach(
	sources: readonly SourceFile[],
	context: SourceContext,
	options: Pick<PipelineInput, 'maxBytes' | 'onProgress'>,
): Generator<StageResult<PreparedSource>> {
	for (const [index, source] of sources.entries()) {
		yield prepareSource(source, context, { maxBytes: options.maxBytes });
		options.onProgress?.(index + 1, sources.length);
	}
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
