import type { Erratum } from '../../src/schemas/erratum.ts';
import type { StageResult } from '../diagnostics.ts';
import type { Catalogue } from './catalogue.ts';
import { type CleaningEditorial, clean } from './clean.ts';
import type { OutlineItem } from './report.ts';
import { classify } from './stages/classify.ts';
import { correct } from './stages/correct.ts';
import { cut } from './stages/cut.ts';
import { createPlacer, type PlacedUnit, type Placer, place } from './stages/place.ts';
import { segment } from './stages/segment.ts';
import type { CleanSource, SourceFile } from './types.ts';

/**
 * Everything the pipeline does to one source on its own, before articles meet in the merge: stages 1–9, clean it
 * (decode → normalize → de-obfuscate → strip promotion), correct its errata, segment and classify it, cut it into
 * statements and place them into the catalogue. Two producers run it, chosen by the CLI (scripts/ingest.ts) by corpus
 * size: {@link prepareSequential} here, and prepareInParallel (scripts/pipeline/prepare-parallel.ts), which cleans on
 * worker threads and structures each source with {@link structureSource} on the main thread, so the results are the same.
 */

/** What one source's preparation needs: the cleaning rules, the errata and a placer (built once, reused per source). */
export interface SourceContext {
	cleaning: CleaningEditorial;
	errata: readonly Erratum[];
	placer: Placer;
}

/** What the rest of the pipeline keeps of a source: not its segmented items, only their outline and statements. */
export interface PreparedSource {
	/** The cleaned source with its errata applied: the report accounts for its passages. */
	source: CleanSource;
	/** IDs of the errata that changed a block of it, once per block. */
	errataApplied: string[];
	/** Where each segmented item is, and which are headings: the report's sections. */
	outline: OutlineItem[];
	/** Its statements, placed. */
	units: PlacedUnit[];
}

/** The context of a run, from the editorial data loaded once (scripts/pipeline/editorial.ts). */
export function sourceContext(editorial: { cleaning: CleaningEditorial; catalogue: Catalogue }): SourceContext {
	return { cleaning: editorial.cleaning, errata: editorial.catalogue.errata, placer: createPlacer(editorial.catalogue) };
}

/** Prepares one source: {@link clean} (stages 1–4), then {@link structureSource}. Never throws; fails only when decoding rejects the file. */
export function prepareSource(
	file: SourceFile,
	context: SourceContext,
	options: { maxBytes?: number | undefined } = {},
): StageResult<PreparedSource> {
	return structureSource(clean(file, context.cleaning, options), context);
}

/** Stages 5–9 of a cleaned source. Pure but for the placer's cache. */
export function structureSource(cleaned: StageResult<CleanSource>, context: SourceContext): StageResult<PreparedSource> {
	if (!cleaned.ok) return cleaned;
	// 5. correct: known errors of the source fixed from src/editorial/errata.yaml.
	const corrected = correct(cleaned.value, context.errata);
	// 6. segment: numbered headings at several levels, labelled items, run-on lists, sentences.
	const items = segment(corrected.source);
	// 7. classify: cause, remedy, prevention, case, impact or background.
	const classified = classify(items);
	// 8. cut: one statement per item or sentence, typeset as pages print it.
	const units = cut(classified);
	// 9. place: each statement into the entries whose match rules it meets.
	const placed = place(units, context.placer);
	return {
		ok: true,
		value: {
			source: corrected.source,
			errataApplied: corrected.applied,
			outline: classified.map(({ file, line, role, depth }) => ({ file, line, role, depth })),
			units: placed,
		},
		diagnostics: cleaned.diagnostics,
	};
}

/**
 * The sequential producer: each source prepared as the pipeline asks for it (small corpora; from 1,000 sources on the
 * CLI uses prepareInParallel instead).
 */
export function* prepareSequential(
	sources: readonly SourceFile[],
	context: SourceContext,
	options: { maxBytes?: number | undefined; onProgress?: ((done: number, total: number) => void) | undefined } = {},
): Generator<StageResult<PreparedSource>> {
	for (const [index, source] of sources.entries()) {
		yield prepareSource(source, context, { maxBytes: options.maxBytes });
		options.onProgress?.(index + 1, sources.length);
	}
}
