import type { Erratum } from '../../src/schemas/erratum.ts';
import type { StageResult } from '../diagnostics.ts';
import { lexiconFor } from '../rules/promotion/vocabulary.ts';
import type { Catalogue } from './catalogue.ts';
import { type CleaningEditorial, clean } from './clean.ts';
import type { OutlineItem } from './report.ts';
import { findPromotion } from './scan.ts';
import { correctSource } from './stages/apply-errata.ts';
import { classify } from './stages/classify.ts';
import { createPlacer, type PlacedUnit, type Placer, placeUnits, toUnits } from './stages/merge.ts';
import { createScreen, type PublicationGate, type Screen, screenUnits, type WithheldUnit } from './stages/screen.ts';
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
	/** Withholds statements that are not facts, contradict the catalogue or may not be published. */
	screen: Screen;
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
	/** Its statements that are not published as evidence, with the reason. */
	withheld: WithheldUnit[];
}

/**
 * The context of a run. `gate` decides what may be published whatever its form; by default, the cleaner's promotion
 * rules applied to each statement alone (a brand and a word of praise in the same statement).
 */
export function sourceContext(cleaning: CleaningEditorial, catalogue: Catalogue, gate?: PublicationGate): SourceContext {
	return {
		cleaning,
		errata: catalogue.errata,
		screen: createScreen(catalogue, gate ?? promotionGate(cleaning)),
		placer: createPlacer(catalogue),
	};
}

/**
 * The default publication gate: a statement the promotion rules would remove something from, as the page check does,
 * or one that names a payment or POS brand (promotion/brands.yaml): evidence says what happens to a card or a terminal,
 * not whose product it is (the cleaner keeps a brand in a factual sentence; the evidence does not need it).
 */
export function promotionGate(cleaning: CleaningEditorial): PublicationGate {
	const brands = lexiconFor(cleaning.promotion.vocabulary).brands;
	return (text) => {
		const hit = findPromotion(text, cleaning.promotion)[0];
		if (hit) return { rule: hit.rule, found: hit.text };
		const brand = brands.exec(text)?.[0];
		return brand ? { rule: 'brand-mention', found: brand } : undefined;
	};
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
 * The part of {@link prepareSource} after cleaning: errata, segment, classify, cut, screen and place. Large corpora are
 * cleaned on worker threads (scripts/pipeline/prepare-parallel.ts) while the main thread structures each source as it
 * arrives. Pure but for the placer's cache.
 */
export function structureSource(cleaned: StageResult<CleanSource>, context: SourceContext): StageResult<PreparedSource> {
	if (!cleaned.ok) return cleaned;
	const corrected = correctSource(cleaned.value, context.errata);
	const items = classify(segment(corrected.source));
	const { kept, withheld } = screenUnits(toUnits(items), context.screen);
	return {
		ok: true,
		value: {
			source: corrected.source,
			errataApplied: corrected.applied,
			outline: items.map(({ file, line, role, depth }) => ({ file, line, role, depth })),
			units: placeUnits(kept, context.placer),
			withheld,
		},
		diagnostics: cleaned.diagnostics,
	};
}
