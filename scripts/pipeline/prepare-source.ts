import type { Erratum } from '../../src/schemas/erratum.ts';
import type { StageResult } from '../diagnostics.ts';
import { lexiconFor } from '../rules/promotion/vocabulary.ts';
import { checkPublication } from '../rules/publication/index.ts';
import type { PageLine } from '../rules/statement-form/exam-bank.ts';
import type { Catalogue } from './catalogue.ts';
import { type CleaningEditorial, clean } from './clean.ts';
import type { OutlineItem } from './ingest-report.ts';
import { findPromotion } from './scan.ts';
import { classify } from './stages/classify.ts';
import { correct } from './stages/correct.ts';
import { cut } from './stages/cut.ts';
import type { FactFilterModel } from './stages/fact-filter.ts';
import { createPlacer, type PlacedUnit, type Placer, place } from './stages/place.ts';
import { createScreen, type HiddenHeading, type PublicationGate, type Screen, screen, type WithheldUnit } from './stages/screen.ts';
import { segment } from './stages/segment.ts';
import type { VerifierModel } from './stages/verify-placement.ts';
import type { CleanSource, SourceFile } from './types.ts';

/**
 * Everything the pipeline does to one source on its own, before articles meet in the merge: stages 1–10, clean it
 * (decode → normalize → de-obfuscate → strip promotion), correct its errata, segment and classify it, cut it into
 * statements, screen them and place the others into the catalogue. Two producers run it, chosen by the CLI (scripts/ingest.ts) by corpus
 * size: {@link prepareSequential} here, and prepareInParallel (scripts/pipeline/prepare-parallel.ts), which cleans on
 * worker threads and structures each source with {@link structureSource} on the main thread, so the results are the same.
 */

/** What one source's preparation needs: the cleaning rules, the errata, a screen and a placer (built once, reused per source). */
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
	/** Section headings the publication gate keeps out of 出处, with the reason. */
	hiddenHeadings: HiddenHeading[];
}

/**
 * The context of a run, from the editorial data loaded once (scripts/pipeline/editorial.ts). `gate` decides what may be
 * published whatever its form; by default, the cleaner's promotion rules applied to each statement alone
 * ({@link promotionGate}).
 */
export function sourceContext(
	editorial: {
		cleaning: CleaningEditorial;
		catalogue: Catalogue;
		verifier?: VerifierModel | undefined;
		factFilter?: FactFilterModel | undefined;
	},
	gate?: PublicationGate,
): SourceContext {
	const { cleaning, catalogue, verifier, factFilter } = editorial;
	return {
		cleaning,
		errata: catalogue.errata,
		screen: createScreen(catalogue, gate ?? publicationGate(cleaning), factFilter),
		placer: createPlacer(catalogue, verifier),
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

/**
 * The publication gate of a run: first the independent check of scripts/rules/publication/ (contact data, commercial
 * intent, self-reference, off-topic, masks; rule `publication/<check>`), then the cleaner's own rules
 * ({@link promotionGate}). A statement either finds is withheld and listed in the report; a heading is not quoted.
 */
export function publicationGate(cleaning: CleaningEditorial): PublicationGate {
	const official = new Set(cleaning.promotion.hotlines.map((hotline) => hotline.number));
	const promotion = promotionGate(cleaning);
	return (text) => {
		const failed = checkPublication(text, official);
		return failed ? { rule: `publication/${failed.check}`, found: failed.found } : promotion(text);
	};
}

/** Prepares one source: {@link clean} (stages 1–4), then {@link structureSource}. Never throws; fails only when decoding rejects the file. */
export function prepareSource(
	file: SourceFile,
	context: SourceContext,
	options: { maxBytes?: number | undefined } = {},
): StageResult<PreparedSource> {
	return structureSource(clean(file, context.cleaning, options), context);
}

/** Stages 5–10 of a cleaned source. Pure but for the screen's and the placer's caches. */
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
	// 9. screen: statements that are not facts, contradict the catalogue or may not be published are withheld.
	const { kept, withheld, hiddenHeadings } = screen(units, context.screen, pageLines(corrected.source));
	// 10. place: each statement into the entries whose match rules its own words meet.
	const placed = place(kept, context.placer);
	return {
		ok: true,
		value: {
			source: corrected.source,
			errataApplied: corrected.applied,
			outline: classified.map(({ file, line, role, depth }) => ({ file, line, role, depth })),
			units: placed,
			withheld,
			hiddenHeadings,
		},
		diagnostics: cleaned.diagnostics,
	};
}

/** A cleaned source's lines as the cleaner saw them, kept and removed alike (what the exam-bank check reads). */
function pageLines(source: CleanSource): PageLine[] {
	const byLine = new Map<number, string>();
	for (const { line, text } of [...source.blocks, ...source.removed]) byLine.set(line, `${byLine.get(line) ?? ''}${text}`);
	return [...byLine].map(([line, text]) => ({ line, text }));
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
