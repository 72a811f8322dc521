import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Diagnostic, error } from './diagnostics.ts';
import { loadEditorial } from './pipeline/editorial.ts';
import { listSources, readEditorial, readSources, replaceDirectory, writeJsonFile } from './pipeline/io.ts';
import { handOver, prepareInParallel, threadsFor } from './pipeline/prepare-parallel.ts';
import { prepareSequential, sourceContext } from './pipeline/prepare-source.ts';
import { printDiagnostics, printSummary } from './pipeline/print.ts';
import { runPipeline } from './pipeline/run.ts';
import { DEFAULT_MAX_BYTES } from './pipeline/stages/decode.ts';

/** Defaults, relative to the repository root (the working directory of npm scripts). */
export const DEFAULTS = {
	sources: 'sources',
	editorial: 'src/editorial',
	out: 'src/content/generated',
	report: 'build/ingest-report.json',
	maxBytes: DEFAULT_MAX_BYTES,
} as const;

const USAGE = `usage: npm run ingest -- [--sources DIR] [--out DIR] [--report FILE] [--editorial DIR] [--max-bytes N] [--quiet]
  --sources DIR    raw articles (default: $KB_SOURCES or ${DEFAULTS.sources})
  --out DIR        content collections the site reads (default: ${DEFAULTS.out}); replaced only when the run succeeds
  --report FILE    JSON report of every kept and removed passage (default: ${DEFAULTS.report})
  --editorial DIR  catalogue and rules (default: ${DEFAULTS.editorial})
  --max-bytes N    largest source accepted (default: ${DEFAULTS.maxBytes})
  --quiet          print only problems`;

/** Runs the ingest; returns the exit code. Bad input gives messages, never a stack trace. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
	const say = (line: string) => process.stderr.write(`${line}\n`);
	let args: ReturnType<typeof parse>;
	try {
		args = parse(argv);
	} catch (e) {
		say(`ingest: ${(e as Error).message}\n${USAGE}`);
		return 2;
	}
	if (args.help) {
		say(USAGE);
		return 0;
	}
	const sourcesDir = resolve(args.sources ?? process.env.KB_SOURCES ?? DEFAULTS.sources);
	const editorialDir = args.editorial ?? DEFAULTS.editorial;
	const maxBytes = args['max-bytes'] ? Number(args['max-bytes']) : DEFAULTS.maxBytes;
	if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
		say(`ingest: --max-bytes must be a positive number of bytes, got "${args['max-bytes']}"`);
		return 2;
	}
	let listed: Awaited<ReturnType<typeof listSources>>;
	let editorial: Map<string, string>;
	try {
		listed = await listSources(sourcesDir);
		editorial = await readEditorial(resolve(editorialDir));
	} catch (e) {
		const err = e as NodeJS.ErrnoException;
		printDiagnostics([
			error(
				'io/read',
				{ file: err.path ?? sourcesDir },
				`Cannot read: ${err.code ?? err.message}.`,
				'Check that the folder exists and is readable, or pass another --sources.',
			),
		]);
		return 1;
	}
	if (listed.length === 0) {
		printDiagnostics([
			error(
				'io/no-sources',
				{ file: sourcesDir },
				'The sources folder has no files.',
				'Put the raw articles (.txt) in the folder or pass another --sources.',
			),
		]);
		return 1;
	}
	if (!args.quiet) say(`ingest: reading ${listed.length} sources from ${sourcesDir}`);
	const out = args.out ?? DEFAULTS.out;
	// With --quiet only errors are printed; a failed run ends with their count.
	const print = (diagnostics: readonly Diagnostic[]) =>
		printDiagnostics(args.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);
	const failed = (diagnostics: readonly Diagnostic[]) => {
		say(`ingest: failed with ${diagnostics.filter((d) => d.severity === 'error').length} error(s); ${out} was left as it was.`);
		return 1;
	};
	// The editorial data, loaded and validated once for every stage.
	const loaded = loadEditorial(editorial, editorialDir);
	if (!loaded.ok) {
		print(loaded.diagnostics);
		return failed(loaded.diagnostics);
	}
	// Progress for long runs: a line every 1,000 sources.
	const onProgress =
		args.quiet || listed.length < 2000
			? undefined
			: (done: number, total: number) => (done % 1000 === 0 || done === total) && say(`ingest: prepared ${done}/${total}`);
	// The producer of stages 1–9: large corpora are read and prepared on every core (cleaning on worker threads), small
	// ones one source after another. The merge needs all articles at once and runs here.
	const context = sourceContext(loaded.value);
	const threads = threadsFor(listed.length);
	const prepared =
		threads > 1
			? handOver(await prepareInParallel(listed, editorial, { dir: editorialDir, context, maxBytes, threads, onProgress }))
			: prepareSequential(await readSources(listed), context, { maxBytes, onProgress });
	// Between stages of a large run, collect the previous stage's garbage when the runtime allows it (npm scripts run
	// with --expose-gc): V8 otherwise lets it pile up, and the peak memory of 10,000 articles grows by ~25 %.
	const release = listed.length >= 1000 ? () => (globalThis as { gc?: () => void }).gc?.() : undefined;
	const result = runPipeline({ prepared, editorial: loaded.value, onStage: release });
	release?.();
	print(result.diagnostics);
	if (result.report) {
		// One passage (kept or removed) or substitution per line: readable, greppable, and half the bytes of full indentation.
		await writeJsonFile(resolve(args.report ?? DEFAULTS.report), result.report, { depth: 4, leaves: 'line' });
		if (!args.quiet) printSummary(result.report);
	}
	if (!result.files) return failed(result.diagnostics);
	await replaceDirectory(resolve(out), result.files);
	if (!args.quiet) say(`ingest: wrote ${result.files.size} collections to ${out}`);
	return 0;
}

function parse(argv: string[]) {
	return parseArgs({
		args: argv,
		options: {
			sources: { type: 'string' },
			out: { type: 'string' },
			report: { type: 'string' },
			editorial: { type: 'string' },
			'max-bytes': { type: 'string' },
			quiet: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
		allowPositionals: false,
	}).values;
}

if (import.meta.main) process.exitCode = await main();
