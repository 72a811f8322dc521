import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { toSimplified } from '../src/shared/chinese/standard.ts';
import { JUDGED_BATCHES, PRELABELLED_BATCHES } from './evidence/batches.ts';
import { evidenceCorpus } from './evidence/corpus.ts';
import { withPrelabels } from './evidence/prelabels.ts';
import { DEV_SAMPLES, type LabelledStatement, readSamples } from './evidence/samples.ts';
import { loadEditorial } from './pipeline/editorial.ts';
import { readEditorial } from './pipeline/io.ts';
import { publicationGate } from './pipeline/prepare-source.ts';
import { FACT_FILTER_FILE, factFeatures, pageProfile, scoreFact, trainFactFilter } from './pipeline/stages/fact-filter.ts';
import { createScreen } from './pipeline/stages/screen.ts';

/**
 * `npm run train:facts`: trains the fact filter (scripts/pipeline/stages/fact-filter.ts) on the raw sentences pre-labelled
 * on the held-out batches (tests/evidence/sentences-*.yaml) that pass the statement-form rules, the claim check and the
 * publication gate (what the filter will see), and measures it leave-batch-out on what the site shows: for each batch of
 * {@link TEST_BATCHES}, the statements the pipeline shows without the filter, judged by the batch's pre-labels, are scored
 * by a model trained on the sentences of every other batch, at a threshold chosen nested — on the other test batches, each
 * scored by a model trained without it and without the batch — as the one giving the lowest share of not-facts among the
 * thresholds that keep at least {@link KEEP} of their facts. A statement's page profile is computed over the page's
 * sentences that pass the form rules. Writes the record tests/evidence/fact-filter.json and the model trained on every
 * batch (its threshold chosen the same way on all test batches) to build/fact-filter/fact-filter.yaml; with `--ship`, and
 * only when the pooled leave-batch-out share of not-facts is lower than without the filter, to
 * src/editorial/fact-filter.yaml, where the pipeline loads it (review the goldens it changes first). `--dry` writes nothing.
 */

/** Batches whose raw sentences were pre-labelled before anything ran on them. */
const BATCHES = PRELABELLED_BATCHES;
/** Batches measured on what the site shows (their shown statements are all judged by a pre-label). */
const TEST_BATCHES = JUDGED_BATCHES;
/** Share of the facts shown that the thresholds must keep (default; `--keep`). */
const KEEP = 0.95;
/** Page thresholds tried (0: no page judgment): a page whose statements score below it on average publishes none. */
const PAGE_THRESHOLDS = [0, 0.6, 0.65, 0.7, 0.72, 0.75];
const SHIPPED = `src/editorial/${FACT_FILTER_FILE}`;
const BUILT = `build/fact-filter/${FACT_FILTER_FILE}`;
const RECORD = 'tests/evidence/fact-filter.json';

interface Sentence {
	batch: string;
	page: string;
	text: string;
	fact: boolean;
}

/** A raw sentence as the cleaner hands it on: simplified, inline pinyin glosses ("发(fā)生") taken out. */
const asCleaned = (text: string): string => toSimplified(text).replace(/[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/gu, '');
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			dry: { type: 'boolean', default: false },
			ship: { type: 'boolean', default: false },
			keep: { type: 'string', default: String(KEEP) },
			'page-only': { type: 'boolean', default: false },
		},
		strict: true,
	});
	const keep = Number(values.keep);
	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	if (!loaded.ok) throw new Error('editorial data does not load: run npm run ingest');
	const screen = createScreen(loaded.value.catalogue, publicationGate(loaded.value.cleaning));
	const prelabels = new Map<string, LabelledStatement[]>();
	const sentences: Sentence[] = [];
	for (const batch of BATCHES) {
		const items = (parse(await readFile(`tests/evidence/sentences-${batch}.yaml`, 'utf8')) as LabelledStatement[] | null) ?? [];
		prelabels.set(batch, items);
		for (const s of items) {
			const text = asCleaned(String(s.text));
			if (screen.check(text) === undefined) sentences.push({ batch, page: s.page, text, fact: s.label === 'fact' });
		}
	}
	const pageTexts = new Map<string, string[]>();
	for (const s of sentences) pageTexts.set(`${s.batch}/${s.page}`, [...(pageTexts.get(`${s.batch}/${s.page}`) ?? []), s.text]);
	const profiles = new Map([...pageTexts].map(([key, texts]) => [key, pageProfile(texts)]));
	const featuresOf = (batch: string, page: string, text: string) =>
		factFeatures(text, profiles.get(`${batch}/${page}`) ?? pageProfile([text]));
	const train = (without: readonly string[]) => ({
		weights: trainFactFilter(
			sentences.filter((s) => !without.includes(s.batch)).map((s) => ({ features: featuresOf(s.batch, s.page, s.text), fact: s.fact })),
		),
	});

	// What the site shows of each test batch without the filter, judged by the batch's pre-labels.
	const samples = await readSamples(DEV_SAMPLES);
	const shown = new Map<string, Array<{ page: string; text: string; fact: boolean }>>();
	for (const batch of TEST_BATCHES) {
		const corpus = await evidenceCorpus({ batch, shipped: false, factFilter: false });
		if (!corpus.ok) throw new Error(`${batch} does not ingest`);
		const judged = withPrelabels(samples, corpus.shown, prelabels.get(batch) ?? []).samples;
		shown.set(
			batch,
			corpus.shown.flatMap((s) => {
				const label = judged.labelOf(s.text);
				return label === undefined ? [] : [{ page: s.source.replace(/:\d+$/u, ''), text: s.text, fact: label === 'fact' }];
			}),
		);
	}
	type Scored = { fact: boolean; score: number; pageMean: number };
	// The page's mean as the screen computes it: over the statements the page kept (here its raw sentences that pass the screen).
	const scoreBatch = (model: ReturnType<typeof train>, batch: string): Scored[] => {
		const means = new Map<string, number>();
		const pageMean = (page: string) => {
			let mean = means.get(page);
			if (mean === undefined) {
				const texts = pageTexts.get(`${batch}/${page}`) ?? [];
				mean = texts.reduce((sum, text) => sum + scoreFact(model, featuresOf(batch, page, text)), 0) / (texts.length || 1);
				means.set(page, mean);
			}
			return mean;
		};
		return (shown.get(batch) ?? []).map((s) => ({
			fact: s.fact,
			score: scoreFact(model, featuresOf(batch, s.page, s.text)),
			pageMean: pageMean(s.page),
		}));
	};
	type Thresholds = { threshold: number; pageThreshold: number };
	const at = (scored: readonly Scored[], { threshold, pageThreshold }: Thresholds) => {
		const kept = scored.filter((s) => s.score >= threshold && s.pageMean >= pageThreshold);
		const notFacts = kept.filter((s) => !s.fact).length;
		return { shown: kept.length, notFacts, facts: kept.length - notFacts, share: kept.length ? notFacts / kept.length : 0 };
	};
	const NONE: Thresholds = { threshold: 0, pageThreshold: 0 };
	/** The thresholds giving the lowest share of not-facts among those that keep at least KEEP of the facts. */
	const choose = (scored: readonly Scored[]): Thresholds => {
		const facts = scored.filter((s) => s.fact).length;
		let best = { ...NONE, share: at(scored, NONE).share };
		for (const pageThreshold of PAGE_THRESHOLDS)
			for (let t = 0; t < (values['page-only'] ? 0.005 : 1); t += 0.01) {
				const candidate = { threshold: round(t, 2), pageThreshold };
				const r = at(scored, candidate);
				if (r.facts >= keep * facts && r.share < best.share - 1e-9) best = { ...candidate, share: r.share };
			}
		return { threshold: best.threshold, pageThreshold: best.pageThreshold };
	};
	const lbo = new Map(TEST_BATCHES.map((batch) => [batch, scoreBatch(train([batch]), batch)]));
	const perBatch: Record<string, object> = {};
	const pooled = { before: { shown: 0, notFacts: 0, facts: 0 }, after: { shown: 0, notFacts: 0, facts: 0 } };
	for (const batch of TEST_BATCHES) {
		const inner = TEST_BATCHES.filter((b) => b !== batch).flatMap((other) => scoreBatch(train([batch, other]), other));
		const thresholds = choose(inner);
		const scored = lbo.get(batch) ?? [];
		const before = at(scored, NONE);
		const after = at(scored, thresholds);
		for (const [k, r] of [
			['before', before],
			['after', after],
		] as const) {
			pooled[k].shown += r.shown;
			pooled[k].notFacts += r.notFacts;
			pooled[k].facts += r.facts;
		}
		perBatch[batch] = { ...thresholds, before, after };
		const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
		process.stdout.write(
			`${batch}: thresholds ${thresholds.threshold} / page ${thresholds.pageThreshold} (nested); not facts ${before.notFacts}/${before.shown} (${pct(before.share)}) → ${after.notFacts}/${after.shown} (${pct(after.share)}); facts ${before.facts} → ${after.facts}\n`,
		);
	}
	const share = (r: { shown: number; notFacts: number }) => (r.shown ? r.notFacts / r.shown : 0);
	process.stdout.write(
		`pooled leave-batch-out: not facts ${pooled.before.notFacts}/${pooled.before.shown} (${(share(pooled.before) * 100).toFixed(1)} %) → ${pooled.after.notFacts}/${pooled.after.shown} (${(share(pooled.after) * 100).toFixed(1)} %); facts ${pooled.before.facts} → ${pooled.after.facts}\n`,
	);
	const { threshold, pageThreshold } = choose([...lbo.values()].flat());
	const model = train([]);
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	const date = new Date().toISOString().slice(0, 10);
	const facts = sentences.filter((s) => s.fact).length;
	const record = {
		trained: { date, commit, sentences: { facts, notFacts: sentences.length - facts }, keep, features: model.weights.size },
		threshold,
		pageThreshold,
		leaveBatchOut: { perBatch, pooled },
	};
	const improves = share(pooled.after) < share(pooled.before);
	process.stdout.write(
		`thresholds for the shipped model ${threshold} / page ${pageThreshold}; ${improves ? 'improves' : 'does not improve'} the pooled share\n`,
	);
	if (values.dry) return 0;
	await writeFile(RECORD, `${JSON.stringify(record, null, '\t')}\n`);
	const weights = Object.fromEntries([...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([f, w]) => [f, round(w)]));
	const file = {
		description:
			'Fact filter of the screen (scripts/pipeline/stages/fact-filter.ts): a statement scored below the threshold, or any statement of a page whose statements score below the page threshold on average, is withheld. Written by npm run train:facts (scripts/train-fact-filter.ts); do not edit by hand. Leave-batch-out figures: tests/evidence/fact-filter.json.',
		trained: { date, commit, sentences: { facts, notFacts: sentences.length - facts } },
		threshold,
		pageThreshold,
		weights,
	};
	const output = values.ship && improves ? SHIPPED : BUILT;
	await mkdir(dirname(output), { recursive: true });
	await writeFile(output, `${JSON.stringify(file)}\n`);
	process.stdout.write(`wrote ${output} and ${RECORD}\n`);
	return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
