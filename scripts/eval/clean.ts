import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatDiagnostic } from '../diagnostics.ts';
import { loadEditorial } from '../pipeline/editorial.ts';
import { readEditorial, writeJsonFile } from '../pipeline/io.ts';
import type { SourceContext } from '../pipeline/prepare-source.ts';
import { prepareSource, sourceContext } from '../pipeline/prepare-source.ts';
import { findObfuscation } from '../pipeline/scan.ts';
import type { DeobfuscationTable } from '../rules/deobfuscation.ts';
import { PROMOTION_RULES } from '../rules/promotion/index.ts';
import type { PassageModel, TrainingClause, TrainOptions } from '../rules/promotion/scorer-model.ts';
import {
	type BatchSummary,
	type CleanedPage,
	formatTable,
	type PageLabels,
	type PageScore,
	scorePage,
	summarize,
} from './clean-metrics.ts';
import {
	CANDIDATE_THRESHOLDS,
	chooseThreshold,
	corpusClauses,
	leaveBatchOutModels,
	leaveSiteOutModels,
	MIN_FACT_SHARE,
	type PageClauses,
	type ThresholdRow,
	trapTrainingClauses,
} from './cross-validate.ts';
import { siteOf } from './passages.ts';

/**
 * `npm run eval:clean [-- --batch NAME …] [--cv | --lbo] [--no-scorer] [--json FILE]`: runs the real cleaner and the structure/placement path on every
 * page of the real-page corpus (tests/corpus/real, address line included) and prints, per batch, the share of promotion
 * markers removed, facts kept, obfuscated tokens left, addresses removed and statements placed, with the worst pages.
 * Writes every page's result to build/eval-clean.json and the per-batch figures to tests/corpus/real/eval-summary.json.
 * `--cv`: leave-site-out cross-validation — each site's pages cleaned with a passage scorer trained without that site
 * (tests/corpus/real/eval-summary-cv.json); the estimate for unseen sites. `--lbo`: leave-batch-out in collection order —
 * each batch cleaned by the rules alone and with a passage scorer trained only on the batches collected before it
 * (tests/corpus/real/eval-summary-lbo.json), next to the batch's recorded first measurement. `--no-scorer`: the rules alone.
 * I/O only; the measures are in scripts/eval/clean-metrics.ts.
 */

const CORPUS = 'tests/corpus/real';
/** `--lbo` also pools the latest this many first-measured batches: the estimate for the scorer on unseen pages. */
const LATEST_BATCHES = 4;
const PAGES = join(CORPUS, 'pages');

export interface LoadedPage {
	labels: PageLabels;
	file: string;
	bytes: Uint8Array;
}

export async function loadCorpus(dir = PAGES): Promise<LoadedPage[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
	return Promise.all(
		names.map(async (name) => {
			const labels = parse(await readFile(join(dir, name), 'utf8')) as PageLabels;
			const file = name.replace(/\.yaml$/u, '.txt');
			return {
				labels: { ...labels, mustRemove: labels.mustRemove ?? [], mustKeep: labels.mustKeep ?? [] },
				file,
				bytes: new Uint8Array(await readFile(join(dir, file))),
			};
		}),
	);
}

/** Cleans one page with the given context and scores it against its labels. */
export function evaluatePage(page: LoadedPage, context: SourceContext, table: DeobfuscationTable): PageScore {
	const prepared = prepareSource({ file: page.file, bytes: page.bytes }, context);
	const raw = new TextDecoder().decode(page.bytes);
	const cleaned: CleanedPage = prepared.ok
		? {
				raw,
				kept: [prepared.value.source.title, ...prepared.value.source.blocks.map((block) => block.text)],
				statements: prepared.value.units.length,
				placed: prepared.value.units.filter((unit) => unit.entries.some((entry) => !entry.startsWith('U-'))).length,
				scanned: findObfuscation(prepared.value.source.blocks.map((block) => block.text).join('\n'), table),
			}
		: { raw, kept: [], statements: 0, placed: 0, scanned: [] };
	return scorePage(page.labels, cleaned);
}

/** A context whose passage scorer is `scorer` (everything else as given). */
export function withScorer(context: SourceContext, scorer: PassageModel | undefined): SourceContext {
	return { ...context, cleaning: { ...context.cleaning, promotion: { ...context.cleaning.promotion, scorer } } };
}

/**
 * Batches whose pages a model may be trained on: development batches, and held-out batches once their first measurement
 * is recorded in batches.yaml (a held-out batch not yet measured is never trained on, nor in a cross-validation).
 */
export async function trainableBatches(file = join(CORPUS, 'batches.yaml')): Promise<Set<string>> {
	const parsed = parse(await readFile(file, 'utf8')) as { batches: Array<{ name: string; role: string; firstMeasurement?: unknown }> };
	return new Set(parsed.batches.filter((batch) => batch.role === 'dev' || batch.firstMeasurement !== undefined).map((batch) => batch.name));
}

/** Batches in collection order (their order in batches.yaml), with the first measurement recorded for each, if any. */
export async function batchOrder(file = join(CORPUS, 'batches.yaml')): Promise<Array<{ name: string; firstPromoRemoved?: number }>> {
	const parsed = parse(await readFile(file, 'utf8')) as {
		batches: Array<{ name: string; firstMeasurement?: { promoRemoved?: number } }>;
	};
	return parsed.batches.map((batch) => {
		const first = batch.firstMeasurement?.promoRemoved;
		return first === undefined ? { name: batch.name } : { name: batch.name, firstPromoRemoved: first };
	});
}

/** One batch of a leave-batch-out run: the rules alone, and with the scorer trained on the batches before it. */
export interface LeaveBatchOutRow {
	batch: string;
	rulesOnly: BatchSummary;
	/**
	 * With the scorer trained on the earlier batches, at the threshold chosen on the earlier batches alone
	 * ({@link LeaveBatchOutRow.threshold}); the rules alone when there is no model or no threshold qualified.
	 */
	scorerBefore: BatchSummary;
	/** Pages the scorer of this row was trained on. */
	trainedOn: number;
	/** The threshold chosen, by `chooseThreshold`, on the batches before this one; absent: the scorer stayed off. */
	threshold?: number;
	/** The batch's first measurement (promotion markers removed) as recorded in batches.yaml, if it was held out. */
	firstPromoRemoved?: number;
}

/** The rules' traps, as training examples of text to keep (every model of the trainer and of the evaluation sees them). */
export const ruleTraps = (): TrainingClause[] => trapTrainingClauses(PROMOTION_RULES.flatMap((rule) => rule.examples.keeps));

/**
 * Leave-batch-out, chronological and nested: each batch of `order` that has pages in `pages` is cleaned by the rules
 * alone and by a passage scorer trained only on the trainable pages of the batches collected before it (plus the rules'
 * traps), at every candidate threshold. Its reported figure uses the threshold chosen on the earlier batches' own
 * leave-batch-out rows (`chooseThreshold`: the lowest keeping `MIN_FACT_SHARE` of the facts the rules keep there), so neither the
 * model nor its threshold has seen the batch. The rules themselves were written with every development batch in view,
 * so for them this is still in-sample; the batch's first measurement is the only out-of-sample figure for them.
 */
export function leaveBatchOutScores(
	pages: readonly LoadedPage[],
	training: readonly LoadedPage[],
	order: ReadonlyArray<{ name: string; firstPromoRemoved?: number }>,
	context: SourceContext,
	table: DeobfuscationTable,
	minLength: number,
	options: { thresholds?: readonly number[]; train?: TrainOptions; progress?: (batch: string) => void } = {},
): { rows: LeaveBatchOutRow[]; scores: PageScore[]; rulesScores: PageScore[]; thresholdRows: ThresholdRow[] } {
	const thresholds = options.thresholds ?? CANDIDATE_THRESHOLDS;
	const names = order.map((batch) => batch.name);
	const models = leaveBatchOutModels(corpusClauses(training, table), names, { threshold: 1, minLength }, options.train, ruleTraps());
	const rows: LeaveBatchOutRow[] = [];
	const scores: PageScore[] = [];
	const rulesScores: PageScore[] = [];
	const thresholdRows: ThresholdRow[] = [];
	order.forEach(({ name, firstPromoRemoved }, index) => {
		const batchPages = pages.filter((page) => page.labels.batch === name);
		if (batchPages.length === 0) return;
		options.progress?.(name);
		const earlier = new Set(names.slice(0, index));
		const model = models.get(name);
		const rulesOnly = batchPages.map((page) => evaluatePage(page, withScorer(context, undefined), table));
		const byThreshold = model
			? thresholds.map((threshold) => batchPages.map((page) => evaluatePage(page, withScorer(context, { ...model, threshold }), table)))
			: [];
		const chosen = chooseThreshold(thresholdRows, thresholds);
		thresholdRows.push({ batch: name, rules: rulesOnly, byThreshold });
		const at = chosen && model ? byThreshold[thresholds.indexOf(chosen.threshold)] : undefined;
		const trained = at ?? rulesOnly;
		scores.push(...trained);
		rulesScores.push(...rulesOnly);
		const row: LeaveBatchOutRow = {
			batch: name,
			rulesOnly: summarize(name, rulesOnly),
			scorerBefore: summarize(name, trained),
			trainedOn: model ? training.filter((page) => earlier.has(page.labels.batch)).length : 0,
			...(at && chosen ? { threshold: chosen.threshold } : {}),
		};
		rows.push(firstPromoRemoved === undefined ? row : { ...row, firstPromoRemoved });
	});
	return { rows, scores, rulesScores, thresholdRows };
}

/** The leave-batch-out table: per batch, rules alone, scorer of the earlier batches, and the recorded first measurement. */
export function formatLeaveBatchOut(rows: readonly LeaveBatchOutRow[]): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	const cell = (s: BatchSummary) =>
		`${pct(s.promoRemoved)} (${s.markersRemoved}/${s.markers}) / ${pct(s.factsKeptShare)} / ${s.obfuscationsLeft}`;
	const table = [
		[
			'batch (collection order)',
			'pages',
			'trained on',
			'rules alone: removed / kept / obf.',
			'scorer of earlier batches (threshold chosen on them)',
			'first measurement',
		],
		...rows.map((row) => [
			row.batch,
			String(row.rulesOnly.pages),
			String(row.trainedOn),
			cell(row.rulesOnly),
			`${cell(row.scorerBefore)}${row.threshold === undefined ? ' (off)' : ` @${row.threshold}`}`,
			row.firstPromoRemoved === undefined ? '—' : `${pct(row.firstPromoRemoved)} removed`,
		]),
	];
	const widths = table[0]!.map((_, column) => Math.max(...table.map((r) => [...r[column]!].length)));
	return table.map((r) => r.map((c, column) => c.padEnd(widths[column]!)).join('  ')).join('\n');
}

/**
 * Leave-site-out cross-validation: every page of `pages` cleaned with a passage scorer trained on the pages of
 * `training` minus every page of its site (threshold and minimum length as given). Returns the page scores.
 */
export function crossValidatedScores(
	pages: readonly LoadedPage[],
	training: readonly LoadedPage[],
	context: SourceContext,
	table: DeobfuscationTable,
	settings: Pick<PassageModel, 'threshold' | 'minLength'>,
	options: TrainOptions = {},
): PageScore[] {
	const sites = new Set(pages.map((page) => siteOf(page.labels.url)));
	const clauses: PageClauses[] = corpusClauses(training, table);
	const models = leaveSiteOutModels(clauses, settings, options, sites, ruleTraps());
	return pages.map((page) => evaluatePage(page, withScorer(context, models.get(siteOf(page.labels.url))), table));
}

/**
 * Held-out batches of batches.yaml that have no `firstMeasurement` yet: a plain `npm run eval:clean` leaves their pages
 * out, so nobody measures (and sees) a held-out batch by accident before its one deliberate first measurement.
 */
export async function unmeasuredHeldOut(file = join(CORPUS, 'batches.yaml')): Promise<Set<string>> {
	const data = parse(await readFile(file, 'utf8')) as {
		batches?: Array<{ name: string; role: string; firstMeasurement?: unknown }>;
	} | null;
	return new Set((data?.batches ?? []).filter((b) => b.role === 'heldout' && !b.firstMeasurement).map((b) => b.name));
}

async function main(argv: string[]): Promise<number> {
	const batches = argv.flatMap((arg, i) => (argv[i - 1] === '--batch' ? [arg] : []));
	const jsonIndex = argv.indexOf('--json');
	const cv = argv.includes('--cv');
	const lbo = argv.includes('--lbo');
	const noScorer = argv.includes('--no-scorer');
	const jsonPath =
		jsonIndex >= 0 ? argv[jsonIndex + 1]! : cv ? 'build/eval-clean-cv.json' : lbo ? 'build/eval-clean-lbo.json' : 'build/eval-clean.json';

	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	if (!loaded.ok) {
		for (const diagnostic of loaded.diagnostics) console.error(formatDiagnostic(diagnostic));
		return 1;
	}
	const table = loaded.value.cleaning.deobfuscation;
	const shipped = loaded.value.cleaning.promotion.scorer;
	const context = noScorer ? withScorer(sourceContext(loaded.value), undefined) : sourceContext(loaded.value);
	const pending = await unmeasuredHeldOut();
	const corpus = await loadCorpus();
	const pages = corpus.filter((page) => (batches.length === 0 ? !pending.has(page.labels.batch) : batches.includes(page.labels.batch)));
	const skipped = batches.length === 0 ? corpus.length - pages.length : 0;
	if (skipped > 0)
		console.log(
			`eval:clean: left out ${skipped} pages of held-out batches not measured yet (${[...pending].join(', ')}); measure one once, on purpose, with --batch NAME, and record its first measurement in ${CORPUS}/batches.yaml`,
		);

	if (lbo) {
		if (!shipped) {
			console.error('--lbo needs the scorer model src/editorial/passage-scorer.yaml (npm run train:clean) for its minimum length.');
			return 1;
		}
		const trainable = await trainableBatches();
		const { rows, scores, rulesScores } = leaveBatchOutScores(
			pages.filter((page) => trainable.has(page.labels.batch)),
			corpus.filter((page) => trainable.has(page.labels.batch)),
			await batchOrder(),
			withScorer(context, undefined),
			table,
			shipped.minLength,
			{ progress: (batch) => process.stderr.write(`${batch} `) },
		);
		process.stderr.write('\n');
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
		const measured = { date: new Date().toISOString().slice(0, 10), commit, mode: 'leave-batch-out' };
		console.log(
			'leave-batch-out, in collection order: each batch cleaned by the rules alone, and with a passage scorer trained only on the batches before it,\n' +
				`at the lowest threshold that keeps ${MIN_FACT_SHARE * 100} % of the facts the rules keep on those earlier batches (chosen without the batch).\n` +
				'The rules were written with every development batch in view: only "first measurement" is out of sample for them.\n',
		);
		console.log(formatLeaveBatchOut(rows));
		const all = summarize('all', scores);
		const rulesAll = summarize('all', rulesScores);
		// The latest batches pooled: the figure a scorer trained on what came before has to carry to unseen pages.
		const latest = new Set(
			rows
				.filter((row) => row.firstPromoRemoved !== undefined)
				.slice(-LATEST_BATCHES)
				.map((row) => row.batch),
		);
		const share = (s: BatchSummary) =>
			`${(s.promoRemoved * 100).toFixed(1)} % removed (${s.markersRemoved}/${s.markers}), ${(s.factsKeptShare * 100).toFixed(1)} % kept (${s.factsKept}/${s.facts}), ${s.obfuscationsLeft} obfuscations`;
		console.log(
			`\nlatest ${latest.size} batches (${[...latest].join(', ')}), pooled: rules alone ${share(
				summarize(
					'latest',
					rulesScores.filter((p) => latest.has(p.batch)),
				),
			)}; with the earlier batches' scorer ${share(
				summarize(
					'latest',
					scores.filter((p) => latest.has(p.batch)),
				),
			)}`,
		);
		console.log(
			`all batches: rules alone ${(rulesAll.promoRemoved * 100).toFixed(1)} % removed, ${(rulesAll.factsKeptShare * 100).toFixed(1)} % kept; with the earlier batches' scorer ${(all.promoRemoved * 100).toFixed(1)} % / ${(all.factsKeptShare * 100).toFixed(1)} %`,
		);
		await writeJsonFile(jsonPath, { ...measured, rows, pages: scores });
		if (batches.length === 0) {
			const summaryFile = join(CORPUS, 'eval-summary-lbo.json');
			const figures = (s: BatchSummary) => ({
				markers: s.markers,
				markersRemoved: s.markersRemoved,
				promoRemoved: s.promoRemoved,
				facts: s.facts,
				factsKept: s.factsKept,
				factsKeptShare: s.factsKeptShare,
				obfuscationsLeft: s.obfuscationsLeft,
			});
			await writeJsonFile(summaryFile, {
				...measured,
				batches: rows.map((row) => ({
					batch: row.batch,
					pages: row.rulesOnly.pages,
					trainedOn: row.trainedOn,
					rulesOnly: figures(row.rulesOnly),
					scorerBefore: figures(row.scorerBefore),
					...(row.threshold === undefined ? {} : { threshold: row.threshold }),
					...(row.firstPromoRemoved === undefined ? {} : { firstPromoRemoved: row.firstPromoRemoved }),
				})),
				all: figures(all),
				allRulesOnly: figures(rulesAll),
			});
			console.log(`\nwrote ${jsonPath} and ${summaryFile}`);
		} else console.log(`\nwrote ${jsonPath}`);
		return 0;
	}

	let scores: PageScore[];
	if (cv && !noScorer) {
		if (!shipped) {
			console.error('--cv needs the scorer model src/editorial/passage-scorer.yaml (npm run train:clean).');
			return 1;
		}
		const trainable = await trainableBatches();
		const untrained = pages.filter((page) => !trainable.has(page.labels.batch));
		if (untrained.length > 0) {
			console.error(`--cv runs on development pages only; ${untrained.length} page(s) of unmeasured held-out batches left out.`);
		}
		scores = crossValidatedScores(
			pages.filter((page) => trainable.has(page.labels.batch)),
			corpus.filter((page) => trainable.has(page.labels.batch)),
			context,
			table,
			shipped,
		);
	} else scores = pages.map((page) => evaluatePage(page, context, table));

	const names = [...new Set(scores.map((score) => score.batch))].sort();
	const summaries: BatchSummary[] = [
		...names.map((name) =>
			summarize(
				name,
				scores.filter((score) => score.batch === name),
			),
		),
		summarize('all', scores),
	];
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	const measured = { date: new Date().toISOString().slice(0, 10), commit, mode: cv ? 'leave-site-out' : noScorer ? 'no-scorer' : 'plain' };
	if (cv)
		console.log(
			`leave-site-out cross-validation: ${new Set(scores.map((score) => siteOf(corpus.find((p) => p.labels.id === score.id)?.labels.url ?? ''))).size} sites, each cleaned with a scorer trained without it\n`,
		);

	console.log(formatTable(summaries));
	for (const summary of summaries) {
		if (summary.worst.length === 0) continue;
		console.log(`\nworst pages of ${summary.batch}:`);
		for (const page of summary.worst) {
			const parts = [
				page.leaked.length ? `leaked ${page.leaked.map((s) => JSON.stringify(s)).join(', ')}` : '',
				page.lost.length ? `lost ${page.lost.map((s) => JSON.stringify(s)).join(', ')}` : '',
				page.obfuscationsLeft.length ? `obfuscated ${page.obfuscationsLeft.join(', ')}` : '',
			].filter(Boolean);
			console.log(`  ${page.id} (${page.genre}): ${parts.join('; ')}`);
		}
	}

	await writeJsonFile(jsonPath, { ...measured, summaries, pages: scores });
	if (batches.length === 0 && !noScorer) {
		const summaryFile = join(CORPUS, cv ? 'eval-summary-cv.json' : 'eval-summary.json');
		await writeJsonFile(summaryFile, {
			...measured,
			batches: summaries.map(({ worst, ...figures }) => ({ ...figures, worst: worst.map((page) => page.id) })),
		});
		console.log(`\nwrote ${jsonPath} and ${summaryFile}`);
	} else console.log(`\nwrote ${jsonPath}`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
