import { splitClauses } from '../pipeline/text/clauses.ts';
import type { DeobfuscationTable } from '../rules/deobfuscation.ts';
import {
	clauseFeatures,
	contentLength,
	type PassageModel,
	type TrainingClause,
	type TrainOptions,
	trainModel,
} from '../rules/promotion/scorer-model.ts';
import { type BatchSummary, type PageLabels, type PageScore, summarize } from './clean-metrics.ts';
import { FACT_WEIGHT, labelledClauses, siteOf } from './passages.ts';

/**
 * Leave-site-out cross-validation of the trained part of the cleaner (the passage scorer): for every site (registrable
 * domain) of the training pages, a model trained on the pages of every other site. Pure; the caller cleans each site's
 * pages with its fold's model and scores them (scripts/eval/clean.ts `--cv`).
 */

/** A page as the trainer needs it. */
export interface TrainingPage {
	labels: PageLabels;
	bytes: Uint8Array;
}

/** One page's labelled clauses, with its site. */
export interface PageClauses {
	id: string;
	site: string;
	/** The batch of the corpus the page was collected in (tests/corpus/real/batches.yaml). */
	batch: string;
	clauses: TrainingClause[];
}

/** Labelled clauses of every page. */
export function corpusClauses(pages: readonly TrainingPage[], table: DeobfuscationTable): PageClauses[] {
	return pages.map((page) => ({
		id: page.labels.id,
		site: siteOf(page.labels.url),
		batch: page.labels.batch,
		clauses: labelledClauses(page.labels, page.bytes, table).map((clause) => ({ ...clause, features: clauseFeatures(clause.text) })),
	}));
}

/**
 * The model trained on every given page, and on `extra` clauses that belong to no page (the traps of the rules,
 * {@link trapTrainingClauses}).
 */
export function trainOn(
	pages: readonly PageClauses[],
	settings: Pick<PassageModel, 'threshold' | 'minLength'>,
	options: TrainOptions = {},
	extra: readonly TrainingClause[] = [],
): PassageModel {
	return {
		...trainModel([...pages.flatMap((page) => page.clauses), ...extra], options),
		...settings,
	};
}

/**
 * The clauses of the rules' traps (examples.keeps) as training examples of text to keep, weighing {@link FACT_WEIGHT}:
 * hand-written texts that no rule, the scorer included, may touch (tests/unit/promotion-rules.test.ts runs every trap
 * through every rule with the shipped model). They are labelled data like the corpus's facts; a model never shown them
 * scores some of them as promotion (a hotline sentence, a fee formula), and a threshold above the highest such score
 * leaves the scorer nothing to remove.
 */
export function trapTrainingClauses(keeps: readonly string[]): TrainingClause[] {
	return keeps.flatMap((text) =>
		text.split('\n').flatMap((line) =>
			splitClauses(line)
				.map((clause) => line.slice(clause.start, clause.end).trim())
				.filter((clause) => contentLength(clause) >= 2)
				.map((clause) => ({ text: clause, promotion: false, weight: FACT_WEIGHT, features: clauseFeatures(clause) })),
		),
	);
}

/** For every site (of `only`, when given), the model trained without that site's pages (sites in sorted order). */
export function leaveSiteOutModels(
	pages: readonly PageClauses[],
	settings: Pick<PassageModel, 'threshold' | 'minLength'>,
	options: TrainOptions = {},
	only?: ReadonlySet<string>,
	extra: readonly TrainingClause[] = [],
): Map<string, PassageModel> {
	const sites = [...new Set(pages.map((page) => page.site))].filter((site) => !only || only.has(site)).sort();
	return new Map(
		sites.map((site) => [
			site,
			trainOn(
				pages.filter((page) => page.site !== site),
				settings,
				options,
				extra,
			),
		]),
	);
}

/**
 * Leave-batch-out, chronological: for every batch of `order` (batches.yaml, in collection order), the model trained only
 * on the pages of the batches collected before it — what the cleaner's trained part knew when that batch arrived.
 * `undefined` for a batch with nothing before it (the rules alone). Batches of `order` with no page still get an entry.
 */
export function leaveBatchOutModels(
	pages: readonly PageClauses[],
	order: readonly string[],
	settings: Pick<PassageModel, 'threshold' | 'minLength'>,
	options: TrainOptions = {},
	extra: readonly TrainingClause[] = [],
): Map<string, PassageModel | undefined> {
	const models = new Map<string, PassageModel | undefined>();
	order.forEach((batch, index) => {
		const before = new Set(order.slice(0, index));
		const training = pages.filter((page) => before.has(page.batch));
		models.set(batch, training.some((page) => page.clauses.length > 0) ? trainOn(training, settings, options, extra) : undefined);
	});
	return models;
}

/** Thresholds the trainer and the leave-batch-out evaluation try, ascending; 1 would switch the scorer off. */
export const CANDIDATE_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999] as const;
/**
 * Share of the facts the rules alone keep that the scorer must still keep, pooled over the batches a threshold is
 * chosen on: the scorer may cost at most 0.5 % of them. At 99 % (2026-12-03, 618 pages) the trainer chose 0.95, which
 * cut two statements of the shipped sources (a receipt-keeping rule, repair advice) in the goldens; at 99.5 % it
 * chooses 0.97 and the shipped sources keep every statement.
 */
export const MIN_FACT_SHARE = 0.995;

/** One batch of a leave-batch-out run at every candidate threshold. */
export interface ThresholdRow {
	batch: string;
	/** Page scores with the rules alone. */
	rules: readonly PageScore[];
	/** Page scores with the scorer of the earlier batches at each of `thresholds`; empty when the batch had no model. */
	byThreshold: ReadonlyArray<readonly PageScore[]>;
}

/**
 * The principled threshold: the lowest of `thresholds` at which the scorer, pooled over `rows` (each batch cleaned by the
 * model of the batches before it, never by a model that saw it), keeps at least {@link MIN_FACT_SHARE} of the facts the
 * rules alone keep there. `undefined` when no row has a model or no threshold keeps enough (the scorer stays off).
 */
export function chooseThreshold(
	rows: readonly ThresholdRow[],
	thresholds: readonly number[],
	minShare = MIN_FACT_SHARE,
): { threshold: number; rules: BatchSummary; scorer: BatchSummary } | undefined {
	const judged = rows.filter((row) => row.byThreshold.length === thresholds.length);
	if (judged.length === 0) return undefined;
	const rules = summarize(
		'rules',
		judged.flatMap((row) => row.rules),
	);
	for (const [index, threshold] of thresholds.entries()) {
		const scorer = summarize(
			String(threshold),
			judged.flatMap((row) => row.byThreshold[index] ?? []),
		);
		if (scorer.factsKept >= minShare * rules.factsKept) return { threshold, rules, scorer };
	}
	return undefined;
}
