import { type Diagnostic, hasErrors, type StageResult } from '../diagnostics.ts';
import type { Catalogue } from './catalogue.ts';
import type { Editorial } from './editorial.ts';
import { buildReport, type IngestReport, type OutlineItem } from './ingest-report.ts';
import { confirmLearned, createLearner, LEARNED_NAMES_FILE, type LearnedNames, learnedGate, serializeLearned } from './learned.ts';
import type { PreparedSource } from './prepare-source.ts';
import { catalogueSearchIndex, SEARCH_INDEX_FILE, serializeSearchIndex } from './search-index.ts';
import { compileSearchVocabulary, SEARCH_VOCABULARY_FILE, serializeSearchVocabulary } from './search-vocabulary.ts';
import { unusedErrata } from './stages/correct.ts';
import { emit } from './stages/emit.ts';
import { type LinkedEntry, link } from './stages/link.ts';
import { merge } from './stages/merge.ts';
import type { PlacedUnit } from './stages/place.ts';
import { type HiddenHeading, screenAcross, type WithheldUnit } from './stages/screen.ts';
import type { CleanSource } from './types.ts';

/** What the pipeline reads: the sources, each prepared on its own, and the editorial data, loaded once. */
export interface PipelineInput {
	/**
	 * Stages 1–10 of every source, in source order, from the producer the CLI chose by corpus size (prepareSequential in
	 * scripts/pipeline/prepare-source.ts, or prepareInParallel in scripts/pipeline/prepare-parallel.ts). Read once: an
	 * iterable that forgets what it yielded lets the pipeline release each source's statements after the merge.
	 */
	prepared: Iterable<StageResult<PreparedSource>>;
	/** The editorial data, validated (scripts/pipeline/editorial.ts `loadEditorial`). */
	editorial: Editorial;
	/**
	 * Called when a stage begins (`merge`, `link`, `emit`): the CLI uses it to release the previous stage's garbage on
	 * large corpora. The pipeline itself stays pure.
	 */
	onStage?: ((stage: string) => void) | undefined;
}

export interface PipelineOutput {
	/** Collection files (name → JSON value, or text for the search vocabulary), present only when the run succeeded. */
	files?: Map<string, unknown> | undefined;
	report?: IngestReport | undefined;
	diagnostics: Diagnostic[];
}

/**
 * The pipeline across sources, as a recipe: stages 11–17 over the sources prepared by stages 1–10 (README, "How the
 * pipeline works"). Pure: no file system; the CLI (scripts/ingest.ts) reads and writes.
 */
export function runPipeline({ prepared, editorial, onStage }: PipelineInput): PipelineOutput {
	const { catalogue, vocabulary, cleaning } = editorial;
	const diagnostics = [...editorial.warnings];
	// 1–10. prepare: every source on its own (clean, correct, segment, classify, cut, screen, place), gathered in order.
	const corpus = gather(prepared, catalogue, diagnostics);
	// 11. screen across sources: a statement that still names what the cleaner learned from another article (a brand, a
	// site's name) and the corpus confirms is withheld, as the page check would find it.
	const learned = confirmLearned(corpus.learned, publishableTexts(corpus.units), cleaning.promotion);
	const across = screenAcross(corpus.units, learnedGate(cleaning.promotion, learned));
	corpus.units = across.kept;
	for (const unit of across.withheld) corpus.withheld.push(unit);
	for (const heading of across.hiddenHeadings) corpus.hiddenHeadings.push(heading);
	// Pairs the placement verifier rejected (stage 10), each with its score and reason: the report lists them.
	const placementsRejected = corpus.units.flatMap(({ text, provenance, rejected }) =>
		(rejected ?? []).map(({ entry, score, reason }) => ({ file: provenance.file, line: provenance.line, text, entry, score, reason })),
	);
	// 12. merge: near-duplicate statements across articles become one, with all their provenance.
	onStage?.('merge');
	const statements = merge(corpus.units);
	// The statements keep what they need of the units: release the rest before the link, the report and the emit.
	corpus.units.length = 0;
	// 13. link: declared relations checked, reverse ones derived, statements attached.
	onStage?.('link');
	const linked = link(catalogue, statements);
	diagnostics.push(...linked.diagnostics);
	// 14. report: every passage of every source, removed (with its rule) or kept (with its entries), and the withheld statements.
	const report = buildReport(corpus.cleaned, corpus.outline, statements, corpus.rejected, diagnostics, corpus.withheld, catalogue.codes);
	report.hiddenHeadings = corpus.hiddenHeadings;
	if (placementsRejected.length) report.placementsRejected = placementsRejected;
	if (!linked.ok || hasErrors(diagnostics)) return { report, diagnostics };
	// 15. emit: the content collections, deterministic JSON, and the learned names the page check recognises.
	onStage?.('emit');
	const files = new Map<string, unknown>(emit(linked.value, catalogue));
	files.set(LEARNED_NAMES_FILE, serializeLearned(learned));
	// 16. search vocabulary: compiled for the browser, for the characters the site shows; brand and city names are
	// kept whole in queries, and queries are de-obfuscated by the cleaner's table.
	const { brands, cities } = cleaning.promotion.vocabulary;
	const search = compileSearchVocabulary(
		vocabulary,
		catalogue,
		siteText(catalogue, linked.value),
		[...brands, ...cities],
		cleaning.deobfuscation,
	);
	files.set(SEARCH_VOCABULARY_FILE, serializeSearchVocabulary(search));
	// 17. search index: each entry's names, aliases, summary and text, the English messages that point at it, and the
	// terms learned from labelled real phrasings, for the search's own ranking.
	files.set(
		SEARCH_INDEX_FILE,
		serializeSearchIndex(catalogueSearchIndex(catalogue, search, vocabulary.messages, editorial.learnedTerms?.terms)),
	);
	return { files, report, diagnostics };
}

/** What the stages across sources need of the prepared sources. */
interface Corpus {
	cleaned: CleanSource[];
	outline: OutlineItem[];
	units: PlacedUnit[];
	/** Statements the screen withheld (stage 9), with the reason: the report lists them. */
	withheld: WithheldUnit[];
	/** Section headings the publication gate kept out of 出处 (stage 9), with the reason: the report lists them. */
	hiddenHeadings: HiddenHeading[];
	/** Sources that decoding rejected. */
	rejected: number;
	/** The names the cleaner learned from the sources (scripts/pipeline/learned.ts). */
	learned: LearnedNames;
}

/**
 * Collects the prepared sources as the producer yields them. Their diagnostics go to `diagnostics`, followed by the
 * errata that corrected nothing in any of them (stage 5 across sources), so stale ones get removed.
 */
function gather(prepared: Iterable<StageResult<PreparedSource>>, catalogue: Catalogue, diagnostics: Diagnostic[]): Corpus {
	const corpus: Corpus = { cleaned: [], outline: [], units: [], withheld: [], hiddenHeadings: [], rejected: 0, learned: new Map() };
	const learner = createLearner();
	const errataApplied = new Map<string, number>();
	for (const result of prepared) {
		diagnostics.push(...result.diagnostics);
		if (!result.ok) {
			corpus.rejected++;
			continue;
		}
		const { source, outline, units, withheld } = result.value;
		corpus.cleaned.push(source);
		learner.add(source);
		for (const item of outline) corpus.outline.push(item);
		for (const unit of units) corpus.units.push(unit);
		for (const unit of withheld) corpus.withheld.push(unit);
		for (const heading of result.value.hiddenHeadings ?? []) corpus.hiddenHeadings.push(heading);
		for (const id of result.value.errataApplied) errataApplied.set(id, (errataApplied.get(id) ?? 0) + 1);
	}
	diagnostics.push(...unusedErrata(catalogue.errata, errataApplied, new Set(corpus.cleaned.map((s) => s.file))));
	corpus.learned = learner.names();
	return corpus;
}

/** What the pages may show of the prepared sources: every statement (repeats included) and each source's headings once. */
function publishableTexts(units: readonly PlacedUnit[]): string[] {
	const texts: string[] = [];
	const headings = new Set<string>();
	for (const unit of units) {
		texts.push(unit.text);
		const { file, section } = unit.provenance;
		if (section !== '' && !headings.has(`${file}\n${section}`)) {
			headings.add(`${file}\n${section}`);
			texts.push(section);
		}
	}
	return texts;
}

/**
 * The text the site shows: the catalogue's own text and the statements placed into entries (not their provenance,
 * which is file names repeated once per occurrence), each distinct statement once. The search vocabulary needs its
 * characters (which Traditional ones to convert) and its phrases (which regional phrases the site writes itself).
 */
function siteText(catalogue: Catalogue, entries: readonly LinkedEntry[]): string {
	// The statement-form phrases mark text that is never published (著作权人 of a site's terms): not site text.
	const { locations: _locations, statementForm: _statementForm, ...parts } = catalogue;
	const statements = new Set<string>();
	for (const entry of entries) for (const statement of entry.statements) statements.add(statement.text);
	return [JSON.stringify(parts), ...statements].join('\n');
}
