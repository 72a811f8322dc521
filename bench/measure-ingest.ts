import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCorpus } from './generate-corpus.ts';

/** One ingest run of a generated corpus, measured from outside the process. */
export interface IngestRun {
	articles: number;
	seconds: number;
	articlesPerSecond: number;
	/** Peak resident set size of the ingest process, MiB. */
	peakRssMiB: number;
	exitCode: number;
	/** Seconds of every run, in run order (the figure above is their median). */
	secondsAllRuns?: number[];
}

/**
 * Runs `node scripts/ingest.ts` on a generated corpus in a child process (so each size gets a fresh heap and its own
 * peak RSS) through bench/ingest-child.ts, which reports process.resourceUsage().maxRSS: portable, unlike /usr/bin/time.
 * The time is wall-clock around the child, Node start-up included, as an editor running `npm run ingest` sees it.
 */
export async function measureIngest(options: { articles: number; seed: string; workDir: string; runs: number }): Promise<IngestRun> {
	const corpus = join(options.workDir, `corpus-${options.articles}`);
	await writeCorpus('sources', corpus, { n: options.articles, seed: options.seed });
	const runs: IngestRun[] = [];
	for (let run = 0; run < options.runs; run++) {
		const out = join(options.workDir, `out-${options.articles}`);
		await rm(out, { recursive: true, force: true });
		await mkdir(options.workDir, { recursive: true });
		const started = performance.now();
		const child = await runChild([
			// As `npm run ingest` runs it: --expose-gc lets the CLI release garbage between stages.
			'--expose-gc',
			'bench/ingest-child.ts',
			'--sources',
			corpus,
			'--out',
			out,
			'--report',
			join(options.workDir, `report-${options.articles}.json`),
			'--quiet',
		]);
		const seconds = (performance.now() - started) / 1000;
		runs.push({
			articles: options.articles,
			seconds: round(seconds, 2),
			articlesPerSecond: Math.round(options.articles / seconds),
			peakRssMiB: Math.round(child.maxRssKiB / 1024),
			exitCode: child.exitCode,
		});
	}
	// The median run: one slow run (another process on the machine) does not decide the figure.
	const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
	return { ...(sorted[Math.floor((sorted.length - 1) / 2)] as IngestRun), secondsAllRuns: runs.map((r) => r.seconds) };
}

async function runChild(args: string[]): Promise<{ exitCode: number; maxRssKiB: number }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', (code) => {
			const line = stdout.trim().split('\n').at(-1) ?? '{}';
			const reported = JSON.parse(line) as { maxRssKiB?: number };
			resolve({ exitCode: code ?? 1, maxRssKiB: reported.maxRssKiB ?? 0 });
		});
	});
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
