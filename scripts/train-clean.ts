import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from './diagnostics.ts';
import { batchOrder, leaveBatchOutScores, loadCorpus, ruleTraps, trainableBatches, withScorer } from './eval/clean.ts';
import { type BatchSummary, summarize } from './eval/clean-metrics.ts';
import { CANDIDATE_THRESHOLDS, chooseThreshold, corpusClauses, MIN_FACT_SHARE, type ThresholdRow, trainOn } from './eval/cross-validate.ts';
import { siteOf } from './eval/passages.ts';
import { loadEditorial } from './pipeline/editorial.ts';
import { readEditorial } from './pipeline/io.ts';
import { sourceContext } from './pipeline/prepare-source.ts';
import { contentLength, SCORER_FILE, scoreClause } from './rules/promotion/scorer-model.ts';

/**
 * The lowest threshold the shipped model may have. The nested choice on 2026-12-03 (618 pages) was 0.97, but at 0.97 the
 * model removes a hostile source's front-matter line (layout: ../evil.astro, tests/cli/ingest-bad-sources.test.ts expects
 * only markup rules there) and the clause 具体以办理POS机时签订的协议为准 of a genre article, which leaves its placement share
 * below that test's bar (tests/unit/genre-placement.test.ts, 18 of 23); both clauses score about 0.99. At 0.995 (the threshold
 * shipped before) both tests pass: all 662 pages 91.1 % removed / 98.7 % kept, against 93.8 / 98.7 at 0.97. Retrained on
 * 2026-12-04 (662 pages, the clean13 rules' traps) the nested choice was 0.95, raised to this floor.
 */
const THRESHOLD_FLOOR = 0.995;

/**
 * `npm run train:clean [-- --dry-run]`: trains the passage scorer (scripts/rules/promotion/scorer-model.ts) on the
 * labelled clauses of every trainable page of the real-page corpus (development batches, and held-out batches once
 * first-measured) and on the rules' traps (examples.keeps, as text to keep), and chooses its threshold by nested
 * leave-batch-out in collection order: every batch is cleaned by the model of the batches before it at each candidate
 * threshold, and the threshold is the lowest at which those models, pooled over all batches, keep at least 99.5 % of
 * the facts the rules alone keep (`chooseThreshold`, `MIN_FACT_SHARE`). The shipped model must also score every trap below it (the rule tests
 * run each trap through the scorer); if one does not, the threshold is raised above it and the trainer says so. Writes
 * src/editorial/passage-scorer.yaml with the training date, commit and the leave-batch-out figures.
 *
 * Until 2026-12-03 the traps were only a bound: the threshold had to lie above the highest score the model (never shown
 * them) gave any trap, and on 537 pages a trap scored 1.000, so no threshold was left to try. As training examples they
 * score low, and the threshold is chosen on the figure that matters, pages of batches the model never saw.
 */

const MIN_LENGTH = 4;
const OUTPUT = `src/editorial/${SCORER_FILE}`;
/** The latest first-measured batches pooled in the record: the estimate of what the scorer adds on unseen pages. */
const LATEST_BATCHES = 4;

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
	`${label.padEnd(26)} promo removed ${(s.promoRemoved * 100).toFixed(1)} % (${s.markersRemoved}/${s.markers})  facts kept ${(s.factsKeptShare * 100).toFixed(1)} % (${s.factsKept}/${s.facts})  obfuscations ${s.obfuscationsLeft}`;

async function main(argv: string[]): Promise<number> {
	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	if (!loaded.ok) {
		for (const diagnostic of loaded.diagnostics) console.error(formatDiagnostic(diagnostic));
		return 1;
	}
	const table = loaded.value.cleaning.deobfuscation;
	const context = withScorer(sourceContext(loaded.value), undefined);
	const trainable = await trainableBatches();
	const pages = (await loadCorpus()).filter((page) => trainable.has(page.labels.batch));
	const clauses = corpusClauses(pages, table);
	const traps = ruleTraps();
	const promotion = clauses.reduce((sum, page) => sum + page.clauses.filter((c) => c.promotion).length, 0);
	const other = clauses.reduce((sum, page) => sum + page.clauses.filter((c) => !c.promotion).length, 0);
	const sites = new Set(pages.map((page) => siteOf(page.labels.url))).size;
	console.log(`${pages.length} pages, ${sites} sites; ${promotion} promotion clauses, ${other} other, ${traps.length} trap clauses`);

	const order = await batchOrder();
	const started = Date.now();
	const { rows, thresholdRows } = leaveBatchOutScores(pages, pages, order, context, table, MIN_LENGTH, {
		progress: (batch) => process.stderr.write(`${batch} `),
	});
	process.stderr.write('\n');
	console.log(`leave-batch-out at ${CANDIDATE_THRESHOLDS.length} thresholds in ${((Date.now() - started) / 1000).toFixed(0)} s`);
	const chosen = chooseThreshold(thresholdRows, CANDIDATE_THRESHOLDS);
	const final = trainOn(clauses, { threshold: 1, minLength: MIN_LENGTH }, {}, traps);
	const trapMax = Math.max(
		0,
		...traps.filter((trap) => contentLength(trap.text) >= MIN_LENGTH).map((trap) => scoreClause(final, trap.text)),
	);
	console.log(`highest score of a rule trap under the final model: ${trapMax.toFixed(3)}`);
	if (!chosen) {
		console.error(`No threshold keeps ${MIN_FACT_SHARE * 100} % of the rules' facts in leave-batch-out; the model is not written.`);
		return 1;
	}
	for (const [index, threshold] of CANDIDATE_THRESHOLDS.entries()) {
		const judged = thresholdRows.filter((row) => row.byThreshold.length > 0);
		console.log(
			line(
				`lbo threshold ${threshold}`,
				summarize(
					String(threshold),
					judged.flatMap((row) => row.byThreshold[index] ?? []),
				),
			),
		);
	}
	console.log(line('lbo rules alone', chosen.rules));
	const aboveTraps = CANDIDATE_THRESHOLDS.find((threshold) => threshold >= chosen.threshold && threshold > trapMax);
	if (aboveTraps === undefined) {
		console.error(`A rule trap scores ${trapMax.toFixed(3)}, above every candidate threshold; the model is not written.`);
		return 1;
	}
	if (aboveTraps !== chosen.threshold)
		console.log(`threshold ${chosen.threshold} raised to ${aboveTraps}: a rule trap scores ${trapMax.toFixed(3)}`);
	const threshold = Math.max(aboveTraps, THRESHOLD_FLOOR);
	if (threshold !== aboveTraps) console.log(`threshold ${aboveTraps} raised to the floor ${THRESHOLD_FLOOR} (THRESHOLD_FLOOR)`);
	console.log(`chosen threshold ${threshold}`);
	for (const row of rows)
		console.log(line(`${row.batch}${row.threshold === undefined ? ' (off)' : ` @${row.threshold}`}`, row.scorerBefore));
	if (argv.includes('--dry-run')) return 0;

	const index = CANDIDATE_THRESHOLDS.indexOf(threshold as (typeof CANDIDATE_THRESHOLDS)[number]);
	const judged = thresholdRows.filter((row) => row.byThreshold.length > 0);
	const latest = new Set(
		order
			.filter((batch) => batch.firstPromoRemoved !== undefined && judged.some((row) => row.batch === batch.name))
			.slice(-LATEST_BATCHES)
			.map((batch) => batch.name),
	);
	const pooled = (subset: readonly ThresholdRow[]) => ({
		rulesAlone: figures(
			summarize(
				'rules',
				subset.flatMap((row) => row.rules),
			),
		),
		scorer: figures(
			summarize(
				'scorer',
				subset.flatMap((row) => row.byThreshold[index] ?? []),
			),
		),
	});
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	const file = {
		description:
			'Passage scorer of the cleaner (rule passage-scorer): logistic regression over character n-grams of a clause ' +
			'(scripts/rules/promotion/scorer-model.ts), trained on the labelled real pages (tests/corpus/real) and the rules’ ' +
			'traps. Generated by `npm run train:clean`; do not edit by hand.',
		trained: {
			date: new Date().toISOString().slice(0, 10),
			commit,
			pages: pages.length,
			sites,
			clauses: { promotion, other, traps: traps.length },
			leaveBatchOut: {
				method:
					'collection order (batches.yaml): each batch cleaned by a model trained on the batches before it; the threshold ' +
					`is the lowest of ${CANDIDATE_THRESHOLDS.join(', ')} at which these models, pooled over all batches, keep ` +
					`${MIN_FACT_SHARE * 100} % of the facts the rules alone keep`,
				threshold,
				highestTrapScore: Math.round(trapMax * 1000) / 1000,
				all: pooled(judged),
				latest: { batches: [...latest], ...pooled(judged.filter((row) => latest.has(row.batch))) },
				byBatch: Object.fromEntries(judged.map((row) => [row.batch, pooled([row])])),
			},
		},
		bias: final.bias,
		threshold,
		minLength: final.minLength,
		weights: Object.fromEntries(Object.entries(final.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
	};
	await writeFile(OUTPUT, `${JSON.stringify(file, null, '\t')}\n`);
	console.log(`wrote ${OUTPUT} (${Object.keys(final.weights).length} weights)`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
