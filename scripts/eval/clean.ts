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
import type { PassageModel, TrainOptions } from '../rules/promotion/scorer-model.ts';
import {
	type BatchSummary,
	type CleanedPage,
	formatTable,
	type PageLabels,
	type PageScore,
	scorePage,
	summarize,
} from './clean-metrics.ts';
import { corpusClauses, leaveSiteOutModels, type PageClauses } from './cross-validate.ts';
import { siteOf } from './passages.ts';

/**
 * `npm run eval:clean [-- --batch NAME …] [--cv] [--no-scorer] [--json FILE]`: runs the real cleaner and the structure/placement path on every
 * page of the real-page corpus (tests/corpus/real, address line included) and prints, per batch, the share of promotion
 * markers removed, facts kept, obfuscated tokens left, addresses removed and statements placed, with the worst pages.
 * Writes every page's result to build/eval-clean.json and the per-batch figures to tests/corpus/real/eval-summary.json.
 * `--cv`: leave-site-out cross-validation — each site's pages cleaned with a passage scorer trained without that site
 * (tests/corpus/real/eval-summary-cv.json); the estimate for unseen sites. `--no-scorer`: the rules alone.
 * I/O only; the measures are in scripts/eval/clean-metrics.ts.
 */

const CORPUS = 'tests/corpus/real';
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
	const models = leaveSiteOutModels(clauses, settings, options, sites);
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
	const noScorer = argv.includes('--no-scorer');
	const jsonPath = jsonIndex >= 0 ? argv[jsonIndex + 1]! : cv ? 'build/eval-clean-cv.json' : 'build/eval-clean.json';

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
