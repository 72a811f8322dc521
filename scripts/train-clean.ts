import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from './diagnostics.ts';
import { evaluatePage, loadCorpus, trainableBatches, withScorer } from './eval/clean.ts';
import { type BatchSummary, summarize } from './eval/clean-metrics.ts';
import { corpusClauses, leaveSiteOutModels, trainOn } from './eval/cross-validate.ts';
import { siteOf } from './eval/passages.ts';
import { loadEditorial } from './pipeline/editorial.ts';
import { readEditorial } from './pipeline/io.ts';
import { sourceContext } from './pipeline/prepare-source.ts';
import { splitClauses } from './pipeline/text/clauses.ts';
import { PROMOTION_RULES } from './rules/promotion/index.ts';
import { contentLength, type PassageModel, SCORER_FILE, scoreClause } from './rules/promotion/scorer-model.ts';

/** Every clause of every rule's traps (examples.keeps): texts no rule, the scorer included, may touch. */
function trapClauses(): string[] {
	return PROMOTION_RULES.flatMap((rule) =>
		rule.examples.keeps.flatMap((text) =>
			text.split('\n').flatMap((line) => splitClauses(line).map((clause) => line.slice(clause.start, clause.end).trim())),
		),
	);
}

/**
 * `npm run train:clean [-- --thresholds 0.9,0.95]`: trains the passage scorer (scripts/rules/promotion/scorer-model.ts)
 * on the labelled clauses of every trainable page of the real-page corpus (development batches, and held-out batches
 * once first-measured), chooses its threshold by leave-site-out cross-validation — the lowest threshold whose
 * cross-validated facts kept stays within {@link MAX_FACT_LOSS} of the rules alone and at least {@link MIN_FACTS_KEPT},
 * among the thresholds above the highest score the model gives any trap of the rules (examples.keeps) —
 * and writes src/editorial/passage-scorer.yaml with the training date, commit and the cross-validated figures.
 */

const MIN_FACTS_KEPT = 0.97;
/** Facts the scorer may cost in cross-validation, as a share of all facts, compared with the rules alone. */
const MAX_FACT_LOSS = 0.01;
const DEFAULT_THRESHOLDS = [0.9, 0.95, 0.98, 0.99, 0.995];
const MIN_LENGTH = 4;
const OUTPUT = `src/editorial/${SCORER_FILE}`;

const figures = (summary: BatchSummary) => ({
	promoRemoved: Math.round(summary.promoRemoved * 10000) / 10000,
	markersRemoved: summary.markersRemoved,
	markers: summary.markers,
	factsKept: Math.round(summary.factsKeptShare * 10000) / 10000,
	factsKeptCount: summary.factsKept,
	facts: summary.facts,
	obfuscationsLeft: summary.obfuscationsLeft,
});
const line = (label: string, s: BatchSummary) =>
	`${label.padEnd(22)} promo removed ${(s.promoRemoved * 100).toFixed(1)} % (${s.markersRemoved}/${s.markers})  facts kept ${(s.factsKeptShare * 100).toFixed(1)} % (${s.factsKept}/${s.facts})  obfuscations ${s.obfuscationsLeft}`;

async function main(argv: string[]): Promise<number> {
	const thresholdsIndex = argv.indexOf('--thresholds');
	const thresholds = thresholdsIndex >= 0 ? argv[thresholdsIndex + 1]!.split(',').map(Number) : DEFAULT_THRESHOLDS;
	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	if (!loaded.ok) {
		for (const diagnostic of loaded.diagnostics) console.error(formatDiagnostic(diagnostic));
		return 1;
	}
	const table = loaded.value.cleaning.deobfuscation;
	const context = sourceContext(loaded.value);
	const trainable = await trainableBatches();
	const pages = (await loadCorpus()).filter((page) => trainable.has(page.labels.batch));
	const clauses = corpusClauses(pages, table);
	const promotion = clauses.reduce((sum, page) => sum + page.clauses.filter((c) => c.promotion).length, 0);
	const other = clauses.reduce((sum, page) => sum + page.clauses.filter((c) => !c.promotion).length, 0);
	const sites = new Set(pages.map((page) => siteOf(page.labels.url))).size;
	console.log(`${pages.length} pages, ${sites} sites; ${promotion} promotion clauses, ${other} other`);

	// The model on every page first: its threshold must lie above every trap of the rules (the hand-written texts each
	// rule must leave alone, never trained on), so the scorer never removes one.
	const final = trainOn(clauses, { threshold: 1, minLength: MIN_LENGTH });
	const trapMax = Math.max(
		0,
		...trapClauses()
			.filter((text) => contentLength(text) >= MIN_LENGTH)
			.map((text) => scoreClause(final, text)),
	);
	const allowed = thresholds.filter((threshold) => threshold > trapMax);
	console.log(`highest score of a rule trap: ${trapMax.toFixed(3)}; thresholds tried: ${allowed.join(', ') || 'none'}`);

	const rulesAlone = summarize(
		'rules alone',
		pages.map((page) => evaluatePage(page, withScorer(context, undefined), table)),
	);
	console.log(line('rules alone', rulesAlone));
	const started = Date.now();
	const models = leaveSiteOutModels(clauses, { threshold: 1, minLength: MIN_LENGTH });
	console.log(`${models.size} leave-site-out models trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	const results = allowed.map((threshold) => {
		const scores = pages.map((page) => {
			const model = models.get(siteOf(page.labels.url)) as PassageModel;
			return evaluatePage(page, withScorer(context, { ...model, threshold }), table);
		});
		const summary = summarize(`cv ${threshold}`, scores);
		console.log(line(`cv threshold ${threshold}`, summary));
		return { threshold, summary, scores };
	});
	const acceptable = results.filter(
		({ summary }) => summary.factsKeptShare >= MIN_FACTS_KEPT && summary.factsKeptShare >= rulesAlone.factsKeptShare - MAX_FACT_LOSS,
	);
	const chosen = acceptable.sort((a, b) => b.summary.promoRemoved - a.summary.promoRemoved || b.threshold - a.threshold)[0];
	if (!chosen) {
		console.error('No threshold keeps the facts; the model is not written.');
		return 1;
	}
	console.log(`chosen threshold ${chosen.threshold}`);
	if (argv.includes('--dry-run')) return 0;

	const model = { ...final, threshold: chosen.threshold };
	// Cross-validated figures per batch at the chosen threshold.
	const cvScores = chosen.scores;
	const batches = [...new Set(cvScores.map((score) => score.batch))].sort();
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	const file = {
		description:
			'Passage scorer of the cleaner (rule passage-scorer): logistic regression over character n-grams of a clause ' +
			'(scripts/rules/promotion/scorer-model.ts), trained on the labelled real pages (tests/corpus/real). Generated by ' +
			'`npm run train:clean`; do not edit by hand.',
		trained: {
			date: new Date().toISOString().slice(0, 10),
			commit,
			pages: pages.length,
			sites,
			clauses: { promotion, other },
			crossValidation: {
				method: 'leave-site-out (registrable domain): each site cleaned with a model trained without its pages',
				threshold: chosen.threshold,
				highestTrapScore: Math.round(trapMax * 1000) / 1000,
				rulesAlone: figures(rulesAlone),
				all: figures(chosen.summary),
				byBatch: Object.fromEntries(
					batches.map((batch) => [
						batch,
						figures(
							summarize(
								batch,
								cvScores.filter((score) => score.batch === batch),
							),
						),
					]),
				),
			},
		},
		bias: model.bias,
		threshold: model.threshold,
		minLength: model.minLength,
		weights: Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
	};
	await writeFile(OUTPUT, `${JSON.stringify(file, null, '\t')}\n`);
	console.log(`wrote ${OUTPUT} (${Object.keys(model.weights).length} weights)`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
