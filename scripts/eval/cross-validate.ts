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
	clauses: TrainingClause[];
}

/** Labelled clauses of every page. */
export function corpusClauses(pages: readonly TrainingPage[], table: DeobfuscationTable): PageClauses[] {
	return pages.map((page) => ({
		id: page.labels.id,
		site: siteOf(page.labels.url),
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
