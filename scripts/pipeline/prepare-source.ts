import type { Erratum } from '../../src/schemas/erratum.ts';
import type { StageResult } from '../diagnostics.ts';
import type { Catalogue } from './catalogue.ts';
import { type CleaningEditorial, clean } from './clean.ts';
import type { OutlineItem } from './report.ts';
import { correctSource } from './stages/apply-errata.ts';
import { classify } from './stages/classify.ts';
import { createPlacer, type PlacedUnit, type Placer, placeUnits, toUnits } from './stages/merge.ts';
import { segment } from './stages/segment.ts';
import type { CleanSource, SourceFile } from './types.ts';

/**
 * Everything the pipeline does to one source on its own, before articles meet in the merge: clean it (decode →
 * normalize → de-obfuscate → strip promotion), correct its errata, segment and classify it, cut it into statements
 * and place them into the catalogue. The sequential pipeline and the parallel preparation of a large corpus
 * (scripts/pipeline/prepare-parallel.ts) both go through {@link structureSource}, so their results are the same.
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

export function sourceContext(cleaning: CleaningEditorial, catalogue: Catalogue): SourceContext {
	return { cleaning, errata: catalogue.errata, placer: createPlacer(catalogue) };
}

/** Prepares one source: {@link clean}, then {@link structureSource}. Never throws; fails only when decoding rejects the file. */
export function prepareSource(
	file: SourceFile,
	context: SourceContext,
	options: { maxBytes?: number | undefined } = {},
): StageResult<PreparedSource> {
	return structureSource(clean(file, context.cleaning, options), context);
}

/**
 * The part of {@link prepareSource} after cleaning: errata, segment, classify, cut and place. Large corpora are
 * cleaned on worker threads (scripts/pipeline/prepare-parallel.ts) while the main thread structures each source as it
 * arrives. Pure but for the placer's cache.
 */
export function structureSource(cleaned: StageResult<CleanSource>, context: SourceContext): StageResult<PreparedSource> {
	if (!cleaned.ok) return cleaned;
	const corrected = correctSource(cleaned.value, context.errata);
	const items = classify(segment(corrected.source));
	return {
		ok: true,
		value: {
			source: corrected.source,
			errataApplied: corrected.applied,
			outline: items.map(({ file, line, role, depth }) => ({ file, line, role, depth })),
			units: placeUnits(toUnits(items), context.placer),
		},
		diagnostics: cleaned.diagnostics,
	};
}
