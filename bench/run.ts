import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_FLAGS, launch } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { type IngestRun, measureIngest } from './measure-ingest.ts';
import { type LighthouseScores, measureLighthouse } from './measure-lighthouse.ts';
import { MAX_SHOWN, measureRealBuild, type RealBuild } from './measure-real-build.ts';
import {
	ENTRY_PAGE_TYPES,
	measurePageWeight,
	measureSearch,
	PAGE_TYPES,
	type PageWeight,
	pagePaths,
	type SearchRun,
} from './measure-site.ts';

/**
 * `npm run bench`: ingest throughput and memory on generated corpora, the full build of the shipped corpus,
 * first-load weight of each page type, search cost and Lighthouse scores in Chromium. Prints a table and writes
 * bench/results.json. Not part of `npm test`: speed is measured here, never asserted in timed tests.
 */

/** The performance targets (README "Performance"). */
export const TARGETS = {
	ingest10kSeconds: 20,
	ingest10kPeakRssMiB: 1024,
	growthRatio: 12,
	entryPageGzipKiB: 30,
	laterQueryMs: 100,
	laterQueryBytes: 100_000,
	lighthouse: 100,
	/** Issue 14: the full build of 5,000 whole real articles. */
	realArticles: 5000,
	realBuildSeconds: 60,
	realBuildRssMiB: 1536,
	realMaxStatementsShown: MAX_SHOWN,
} as const;

export interface BenchResults {
	measuredAt: string;
	machine: {
		cpu: string;
		cores: number;
		memoryGiB: number;
		node: string;
		os: string;
		/** 1/5/15-minute load averages at the start and the end: other work on the machine slows every figure. */
		loadAverage: { start: number[]; end?: number[] };
	};
	targets: typeof TARGETS;
	ingest?: { runs: IngestRun[]; growthRatio: number | null; seed: string };
	build?: { seconds: number; exitCode: number };
	pageWeight?: PageWeight[];
	search?: { first: SearchRun; later: SearchRun[] };
	lighthouse?: LighthouseScores[];
	/** Issue 14: full build of whole real articles, and the first load of its heaviest entry page. */
	real?: Omit<RealBuild, 'dist'> & { heaviestFirstLoad?: PageWeight };
	errors: string[];
}

const USAGE = `usage: npm run bench -- [--sizes 100,1000,10000] [--runs N] [--seed S] [--real-articles N] [--skip-ingest] [--skip-real] [--skip-build] [--skip-browser] [--skip-lighthouse] [--out FILE]
  --real-articles  whole real articles for the large-corpus build (default 5000; issue 14)
  --sizes     corpus sizes to ingest (default 100,1000,10000)
  --runs      ingest runs per size, median reported (default 3)
  --skip-build  measure the dist/ already built instead of building it`;

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			sizes: { type: 'string', default: '100,1000,10000' },
			runs: { type: 'string', default: '3' },
			seed: { type: 'string', default: 'pos-kb-bench' },
			out: { type: 'string', default: 'bench/results.json' },
			'skip-ingest': { type: 'boolean', default: false },
			'skip-real': { type: 'boolean', default: false },
			'real-articles': { type: 'string', default: String(TARGETS.realArticles) },
			'skip-build': { type: 'boolean', default: false },
			'skip-browser': { type: 'boolean', default: false },
			'skip-lighthouse': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
	});
	if (values.help) {
		process.stderr.write(`${USAGE}\n`);
		return 0;
	}
	const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
	const results: BenchResults = { measuredAt: new Date().toISOString(), machine: machine(), targets: TARGETS, errors: [] };
	const attempt = async (what: string, step: () => Promise<void>) => {
		try {
			await step();
		} catch (e) {
			// One failing measurement (no Chromium, a build error) must not lose the others.
			results.errors.push(`${what}: ${(e as Error).message}`);
			say(`${what} failed: ${(e as Error).message}`);
		}
	};

	if (!values['skip-ingest']) {
		await attempt('ingest', async () => {
			const workDir = join(tmpdir(), `pos-kb-bench-${process.pid}`);
			const runs: IngestRun[] = [];
			try {
				for (const articles of values.sizes.split(',').map(Number)) {
					say(`ingest of ${articles} generated articles…`);
					runs.push(await measureIngest({ articles, seed: values.seed, workDir, runs: Number(values.runs) }));
				}
			} finally {
				await rm(workDir, { recursive: true, force: true });
			}
			const time = (n: number) => runs.find((r) => r.articles === n)?.seconds;
			const [t1k, t10k] = [time(1000), time(10_000)];
			results.ingest = { runs, growthRatio: t1k && t10k ? Number((t10k / t1k).toFixed(2)) : null, seed: values.seed };
		});
	}

	let realDist: string | undefined;
	if (!values['skip-real']) {
		await attempt('real', async () => {
			const articles = Number(values['real-articles']);
			say(`full build of ${articles} whole real articles (reposts of tests/corpus/real/pages, a fifth of each dropped)…`);
			const workDir = join(tmpdir(), `pos-kb-bench-real-${process.pid}`);
			try {
				const { dist, ...real } = await measureRealBuild({ articles, seed: values.seed, pagesDir: 'tests/corpus/real/pages', workDir });
				results.real = real;
				realDist = dist;
				if (real.exitCode !== 0)
					throw new Error(`the build of ${articles} real articles failed: ${real.problems.join(' | ') || `exit ${real.exitCode}`}`);
			} finally {
				await rm(workDir, { recursive: true, force: true });
			}
		});
	}

	if (!values['skip-build']) {
		await attempt('build', async () => {
			say('full build of the shipped corpus (ingest + astro + pagefind + checks)…');
			const started = performance.now();
			// The same recipe as `npm run build`, minus npm's own start-up.
			const child = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: withoutKbSources() });
			results.build = { seconds: Number(((performance.now() - started) / 1000).toFixed(1)), exitCode: child.status ?? 1 };
			if (child.status !== 0) throw new Error(`npm run build exited with ${child.status}`);
		});
	}

	if (!values['skip-browser']) {
		await attempt('browser', async () => {
			if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
			// The heaviest entry page of the real-corpus build is measured whether or not dist/ of the shipped corpus exists.
			const shipped = existsSync('dist/index.html');
			const server = shipped ? await serveStatic('dist') : undefined;
			try {
				const paths = shipped ? await pagePaths('dist') : undefined;
				const browser = await launch();
				try {
					if (realDist && results.real?.heaviest.path) {
						const realServer = await serveStatic(realDist);
						try {
							say(`first load of the heaviest entry page of the real-corpus build (${results.real.heaviest.path})…`);
							results.real.heaviestFirstLoad = await measurePageWeight(browser, realServer.url, 'symptom', results.real.heaviest.path);
						} finally {
							await realServer.close();
						}
					}
					if (!server || !paths) {
						// Only the real-corpus build was asked for (--skip-build with no dist/): nothing else to measure here.
						if (values['skip-build'] && realDist) {
							say('dist/ of the shipped corpus is not built: its pages, search and Lighthouse are not measured');
							return;
						}
						throw new Error('dist/ is not built: run without --skip-build');
					}
					say('first-load weight of each page type…');
					results.pageWeight = [];
					for (const type of PAGE_TYPES) results.pageWeight.push(await measurePageWeight(browser, server.url, type, paths[type]));
					say('search…');
					const [first, ...later] = await measureSearch(browser, server.url, ['刷卡失败', '未到账', '余额不足', '51']);
					if (first) results.search = { first, later };
				} finally {
					await browser.close();
				}
				if (!values['skip-lighthouse']) {
					say('Lighthouse…');
					results.lighthouse = await measureLighthouse(CHROMIUM, CHROMIUM_FLAGS, server.url, [
						{ page: 'home', path: paths.home },
						{ page: 'remedy', path: paths.remedy },
					]);
				}
			} finally {
				await server?.close();
			}
		});
	}

	results.machine.loadAverage.end = loadavg().map((n) => Number(n.toFixed(2)));
	await mkdir('bench', { recursive: true });
	await writeFile(values.out, `${JSON.stringify(results, null, '\t')}\n`);
	process.stdout.write(`${formatTable(results)}\n`);
	say(`wrote ${values.out}`);
	return results.errors.length > 0 ? 1 : 0;
}

function machine(): BenchResults['machine'] {
	const cores = cpus();
	return {
		cpu: cores[0]?.model.trim() ?? 'unknown',
		cores: cores.length,
		memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
		node: process.version,
		os: `${platform()} ${release()}`,
		loadAverage: { start: loadavg().map((n) => Number(n.toFixed(2))) },
	};
}

/** The build reads the shipped corpus, whatever KB_SOURCES the caller has set. */
function withoutKbSources(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	delete env.KB_SOURCES;
	return env;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mark = (ok: boolean | undefined): string => (ok === undefined ? '' : ok ? 'ok' : 'MISS');

/** The results as a plain-text table: measure, value, target, ok/MISS. */
export function formatTable(results: BenchResults): string {
	const rows: Array<[string, string, string, string]> = [];
	const m = results.machine;
	rows.push(['machine', `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}`, '', '']);
	rows.push(['load average (1 min) start → end', `${m.loadAverage.start[0]} → ${m.loadAverage.end?.[0] ?? '?'}`, '', '']);
	for (const run of results.ingest?.runs ?? []) {
		const is10k = run.articles === 10_000;
		rows.push([
			`ingest ${run.articles.toLocaleString('en')} articles`,
			`${run.seconds} s (runs ${run.secondsAllRuns?.join('/') ?? run.seconds}), ${run.articlesPerSecond}/s, peak RSS ${run.peakRssMiB} MiB${run.exitCode ? ` (exit ${run.exitCode})` : ''}`,
			is10k ? `≤ ${TARGETS.ingest10kSeconds} s, ≤ ${TARGETS.ingest10kPeakRssMiB} MiB` : '',
			is10k ? mark(run.seconds <= TARGETS.ingest10kSeconds && run.peakRssMiB <= TARGETS.ingest10kPeakRssMiB) : '',
		]);
	}
	const growth = results.ingest?.growthRatio;
	if (growth != null)
		rows.push(['growth time(10k)/time(1k)', `${growth}×`, `≤ ${TARGETS.growthRatio}×`, mark(growth <= TARGETS.growthRatio)]);
	if (results.build) rows.push(['full build (shipped corpus)', `${results.build.seconds} s`, '', results.build.exitCode ? 'FAILED' : '']);
	for (const page of results.pageWeight ?? []) {
		const entry = ENTRY_PAGE_TYPES.has(page.type);
		rows.push([
			`first load: ${page.type} ${page.path}`,
			`${kib(page.total)} gzip (HTML ${kib(page.html)}, CSS ${kib(page.css)}, JS ${kib(page.js)})`,
			entry ? `≤ ${TARGETS.entryPageGzipKiB} KiB` : '',
			entry ? mark(page.total <= TARGETS.entryPageGzipKiB * 1024) : '',
		]);
	}
	if (results.search) {
		const { first, later } = results.search;
		rows.push([`search, first query “${first.query}”`, `${first.ms} ms, ${kib(first.bytes)}, ${first.requests} requests`, '', '']);
		for (const run of later) {
			rows.push([
				`search, later query “${run.query}”`,
				`${run.ms} ms, ${kib(run.bytes)}, ${run.requests} requests, ${run.results} results`,
				`≤ ${TARGETS.laterQueryMs} ms, ≤ ${TARGETS.laterQueryBytes / 1000} KB`,
				mark(run.ms <= TARGETS.laterQueryMs && run.bytes <= TARGETS.laterQueryBytes),
			]);
		}
	}
	for (const lh of results.lighthouse ?? []) {
		const scores = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo];
		rows.push([
			`Lighthouse ${lh.page} ${lh.path}`,
			`perf ${lh.performance} (runs ${lh.performanceRuns.join('/')}), a11y ${lh.accessibility}, best ${lh.bestPractices}, SEO ${lh.seo}; ` +
				`FCP ${lh.metrics.fcp} ms, LCP ${lh.metrics.lcp} ms, TBT ${lh.metrics.tbt} ms, CLS ${lh.metrics.cls}`,
			'100 each (median run)',
			mark(scores.every((s) => s === TARGETS.lighthouse)),
		]);
	}
	const real = results.real;
	if (real) {
		rows.push([
			`full build, ${real.articles.toLocaleString('en')} whole real articles (${real.pages} pages)`,
			`${real.seconds} s (CPU ${real.cpuSeconds ?? '?'} s), peak RSS ${real.peakRssMiB ?? '?'} MiB (PSS ${real.peakPssMiB ?? '?'} MiB), ${real.checksPassed ? 'checks passed' : `FAILED (exit ${real.exitCode})`}`,
			`≤ ${TARGETS.realBuildSeconds} s, ≤ ${TARGETS.realBuildRssMiB} MiB, checks pass`,
			mark(real.checksPassed && real.seconds <= TARGETS.realBuildSeconds && (real.peakRssMiB ?? 0) <= TARGETS.realBuildRssMiB),
		]);
		rows.push([
			'  statements shown per entry page (most)',
			`${real.maxStatementsShown} (${real.entryPages} entry pages; ${real.mostStatements.path} has ${real.mostStatements.statements} in all, ${real.statementPages} all-statements pages)`,
			`≤ ${TARGETS.realMaxStatementsShown}`,
			mark(real.maxStatementsShown <= TARGETS.realMaxStatementsShown),
		]);
		const first = real.heaviestFirstLoad;
		if (first)
			rows.push([
				`  first load, heaviest entry page ${real.heaviest.path}`,
				`${kib(first.total)} gzip (HTML ${kib(first.html)}, CSS ${kib(first.css)}, JS ${kib(first.js)})`,
				`≤ ${TARGETS.entryPageGzipKiB} KiB`,
				mark(first.total <= TARGETS.entryPageGzipKiB * 1024),
			]);
	}
	for (const error of results.errors) rows.push(['error', error, '', '']);
	const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => [...r[c as 0 | 1 | 2]].length)));
	return rows
		.map((r) =>
			[0, 1, 2, 3]
				.map((c) => (c < 3 ? r[c as 0 | 1 | 2].padEnd(widths[c] as number) : r[3]))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
