import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { formatDiagnostic } from './diagnostics.ts';
import { evidenceCorpus } from './evidence/corpus.ts';
import { measureEvidence, type ShownStatement } from './evidence/measure.ts';
import { withPrelabels } from './evidence/prelabels.ts';
import { DEV_SAMPLES, type LabelledStatement, readSamples, type Samples } from './evidence/samples.ts';
import { writeFileEnsuringDir } from './pipeline/io.ts';

/**
 * `npm run eval:evidence` (issue 14): ingests the shipped sources and the real pages, takes the statements the site would
 * show under each entry, and measures them against the labelled samples of tests/evidence/: the share that are not
 * statements of fact, those contradicting the catalogue, and the precision of their placement. Prints the figures and
 * what to label next; writes them to a JSON file.
 */

const USAGE = `usage: npm run eval:evidence -- [--pages DIR] [--batch NAME] [--no-shipped] [--statements FILES] [--placements FILES] [--prelabels FILES] [--out FILE]
  --pages       real pages (default tests/corpus/real/pages; only *.txt are read)
  --batch       only the pages of this batch (their .yaml label file names it), e.g. heldout-evidence-1;
                default: every page of a development batch (tests/corpus/real/batches.yaml)
  --every-page  every page of the folder, held-out batches too (after their first measurement)
  --except      leave out the pages that are also in this batch (e.g. a held-out batch minus the pages seen in development)
  --no-shipped  leave out the shipped sources (sources/)
  --no-fact-filter  run without the fact filter (src/editorial/fact-filter.yaml), as before it was trained
  --statements, --placements  comma-separated sample files (default: the development samples)
  --prelabels   comma-separated files of raw sentences pre-labelled before anything ran (tests/evidence/sentences-<batch>.yaml):
                a shown statement the samples do not label is judged by the raw sentence it came from (same page, the
                sentence that holds it or the sentences that make it); the statements judged so are written to
                <out>.prelabelled.yaml, those no sentence explains are listed
  --out         JSON file for the figures (default build/evidence-eval.json)
  --all         list every statement to fix or label, not the first 50 of each
  --unlabelled  YAML file for the shown statements and placements the samples do not label yet, in the samples' format
                with an empty label / verdict: fill them in and append them to tests/evidence/*.yaml`;

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			pages: { type: 'string', default: 'tests/corpus/real/pages' },
			batch: { type: 'string' },
			except: { type: 'string' },
			'every-page': { type: 'boolean', default: false },
			'no-shipped': { type: 'boolean', default: false },
			'no-fact-filter': { type: 'boolean', default: false },
			statements: { type: 'string' },
			placements: { type: 'string' },
			out: { type: 'string', default: 'build/evidence-eval.json' },
			all: { type: 'boolean', default: false },
			unlabelled: { type: 'string' },
			prelabels: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
	});
	if (values.help) {
		process.stderr.write(`${USAGE}\n`);
		return 0;
	}
	const corpus = await evidenceCorpus({
		pages: values.pages,
		batch: values.batch,
		except: values.except,
		everyPage: values['every-page'],
		shipped: !values['no-shipped'],
		factFilter: !values['no-fact-filter'],
	});
	if (!corpus.ok) {
		for (const d of corpus.diagnostics.filter((d) => d.severity === 'error')) process.stderr.write(`${formatDiagnostic(d)}\n`);
		return 1;
	}
	const { sources, shown } = corpus;
	const labelled = await readSamples({
		statements: values.statements?.split(',') ?? DEV_SAMPLES.statements,
		placements: values.placements?.split(',') ?? DEV_SAMPLES.placements,
	});
	let samples = labelled;
	if (values.prelabels) {
		const prelabels = (
			await Promise.all(
				values.prelabels.split(',').map(async (f) => (parse(await readFile(f, 'utf8')) as LabelledStatement[] | null) ?? []),
			)
		).flat();
		const judged = withPrelabels(labelled, shown, prelabels);
		samples = judged.samples;
		const file = values.out.replace(/\.json$/u, '') + '.prelabelled.yaml';
		await writeFileEnsuringDir(file, stringify(judged.inherited, { lineWidth: 0 }));
		process.stdout.write(
			`eval:evidence: ${judged.inherited.length} shown statements judged by their raw pre-labelled sentence (${file}), ${judged.unexplained.length} unexplained\n`,
		);
		for (const s of judged.unexplained) process.stdout.write(`  no raw sentence explains ${s.page}:${s.line} ${s.text}\n`);
	}
	const figures = measureEvidence(shown, samples, values.all ? Number.POSITIVE_INFINITY : 50);
	if (values.unlabelled) await writeFileEnsuringDir(values.unlabelled, unlabelledStubs(shown, samples));
	const record = { measuredAt: new Date().toISOString(), sources, batch: values.batch ?? null, ...figures };
	await writeFileEnsuringDir(values.out, `${JSON.stringify(record, null, '\t')}\n`);
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	const say = (line: string) => process.stdout.write(`${line}\n`);
	say(`eval:evidence: ${sources} sources, ${figures.shown} shown statements (${figures.unlabelled} unlabelled)`);
	say(`  not statements of fact: ${figures.notFacts} (${pct(figures.notFactShare)}) ${JSON.stringify(figures.notFactsByLabel)}`);
	say(`  contradicting a code meaning or an erratum: ${figures.contradictions}`);
	const p = figures.placements;
	say(`  placement precision: ${pct(p.precision)} (${p.correct}/${p.labelled} labelled; ${p.unlabelled} unlabelled)`);
	for (const [what, lines] of Object.entries(figures.worst)) {
		if (lines.length === 0) continue;
		say(`  ${what}:`);
		for (const line of lines) say(`    ${line}`);
	}
	say(`eval:evidence: wrote ${values.out}`);
	return 0;
}

/**
 * The shown statements and placements the samples do not label, as YAML in their format (label / verdict left empty):
 * a statement not yet labelled, then each of its placements, so a reader labels both in one pass.
 */
function unlabelledStubs(shown: readonly ShownStatement[], samples: Samples): string {
	const statements: object[] = [];
	const placements: object[] = [];
	for (const s of shown) {
		const [page, line] = [s.source.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(s.source)?.[1] ?? 0)];
		const label = samples.labelOf(s.text);
		if (label === undefined) statements.push({ page, line, kind: s.kind ?? '', heading: s.heading ?? '', text: s.text, label: '' });
		if (label !== undefined && label !== 'fact') continue;
		for (const entry of s.entries)
			if (samples.verdictOf(s.text, entry) === undefined) placements.push({ page, line, text: s.text, entry, verdict: '' });
	}
	return stringify({ statements, placements }, { lineWidth: 0 });
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
