import type { DeobfuscationTable } from '../rules/deobfuscation.ts';
import { clauseFeatures, type PassageModel, type TrainingClause, type TrainOptions, trainModel } from '../rules/promotion/scorer-model.ts';
import type { PageLabels } from './clean-metrics.ts';
import { labelledClauses, siteOf } from './passages.ts';

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

/** The model trained on every given page. */
export function trainOn(
	pages: readonly PageClauses[],
	settings: Pick<PassageModel, 'threshold' | 'minLength'>,
	options: TrainOptions = {},
): PassageModel {
	return {
		...trainModel(
			pages.flatMap((page) => page.clauses),
			options,
		),
		...settings,
	};
}

/** For every site (of `only`, when given), the model trained without that site's pages (sites in sorted order). */
export function leaveSiteOutModels(
	pages: readonly PageClauses[],
	settings: Pick<PassageModel, 'threshold' | 'minLength'>,
	options: TrainOptions = {},
	only?: ReadonlySet<string>,
): Map<string, PassageModel> {
	const sites = [...new Set(pages.map((page) => page.site))].filter((site) => !only || only.has(site)).sort();
	return new Map(
		sites.map((site) => [
			site,
			trainOn(
				pages.filter((page) => page.site !== site),
				settings,
				options,
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
): Map<string, PassageModel | undefined> {
	const models = new Map<string, PassageModel | undefined>();
	order.forEach((batch, index) => {
		const before = new Set(order.slice(0, index));
		const training = pages.filter((page) => before.has(page.batch));
		models.set(batch, training.some((page) => page.clauses.length > 0) ? trainOn(training, settings, options) : undefined);
	});
	return models;
}
