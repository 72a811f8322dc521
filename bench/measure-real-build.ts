import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHOWN_ON_ENTRY_PAGE } from '../src/shared/evidence.ts';
import { writeRealCorpus } from './real-corpus.ts';

/**
 * The full build of a large corpus of whole real articles (issue 14): `npm run build` with KB_SOURCES on
 * bench/real-corpus.ts articles, in a copy of the project under build/ (dist/ and the content folder of the checkout are
 * not touched). Measures the wall time, the peak memory of the whole build (ingest, Astro and Pagefind, which run one
 * after another in separate processes: the peak of their summed resident sets, sampled from /proc), whether the build's
 * own checks passed, and on every entry page the statements shown and the HTML weight.
 */

export interface RealBuild {
	articles: number;
	/** Real pages the articles were made from. */
	pages: number;
	seconds: number;
	/** Peak of the summed RSS of the build and its child processes, MiB (null where /proc is not available). */
	peakRssMiB: number | null;
	/**
	 * Peak of their summed PSS (proportional set size, /proc/<pid>/smaps_rollup), MiB: memory shared between processes
	 * counted once. Summed RSS counts it in every process that maps it; in particular a process forked to start Pagefind
	 * shows Astro's whole resident set for a moment before it execs.
	 */
	peakPssMiB: number | null;
	/**
	 * CPU time of the build and the processes it waited for (user + system, /proc/<pid>/stat at the last sample), s: on
	 * the shared machine the wall time depends on what else runs, the CPU time hardly (null without /proc).
	 */
	cpuSeconds: number | null;
	exitCode: number;
	/** The build printed "passed its checks". */
	checksPassed: boolean;
	/** Problems the build's checks printed (first lines), when it failed. */
	problems: string[];
	entryPages: number;
	/** Most statements any entry page shows before its "all statements" link. */
	maxStatementsShown: number;
	/** The entry page with the most statements in all, and how many. */
	mostStatements: { path: string; statements: number };
	/** All-statements pages built. */
	statementPages: number;
	/** The entry page with the heaviest HTML (gzip), to be measured in the browser. */
	heaviest: { path: string; htmlGzip: number };
	/** Directory of the built site (served for the browser measurement). */
	dist: string;
}

const PROJECT_PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src'];

export async function measureRealBuild(options: { articles: number; seed: string; pagesDir: string; workDir: string }): Promise<RealBuild> {
	const corpus = join(options.workDir, 'real-corpus');
	const pages = await writeRealCorpus(options.pagesDir, corpus, { n: options.articles, seed: options.seed });
	const project = resolve('build/bench-real');
	await rm(project, { recursive: true, force: true });
	await mkdir(project, { recursive: true });
	for (const part of PROJECT_PARTS)
		await cp(part, join(project, part), { recursive: true, filter: (from) => !from.includes('src/content/generated') });
	const started = performance.now();
	const run = await runSampled(process.execPath, ['--expose-gc', 'scripts/build.ts'], {
		cwd: project,
		env: { ...process.env, KB_SOURCES: corpus },
	});
	const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
	const dist = join(project, 'dist');
	const entries = run.exitCode === 0 ? await entryPageFigures(dist) : [];
	const shown = entries.map((e) => e.shown);
	const most = entries.reduce((a, b) => (b.total > a.total ? b : a), { path: '', total: 0, shown: 0, htmlGzip: 0 });
	const heaviest = entries.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a), { path: '', total: 0, shown: 0, htmlGzip: 0 });
	return {
		articles: options.articles,
		pages,
		seconds,
		peakRssMiB: run.peakRssKiB === null ? null : Math.round(run.peakRssKiB / 1024),
		peakPssMiB: run.peakPssKiB === null ? null : Math.round(run.peakPssKiB / 1024),
		cpuSeconds: run.cpuSeconds,
		exitCode: run.exitCode,
		checksPassed: run.stderr.includes('passed its checks'),
		problems: run.stderr
			.split('\n')
			.filter((l) => l.startsWith('dist/'))
			.slice(0, 10),
		entryPages: entries.length,
		maxStatementsShown: shown.length ? Math.max(...shown) : 0,
		mostStatements: { path: most.path, statements: most.total },
		statementPages: run.exitCode === 0 ? await countStatementPages(dist) : 0,
		heaviest: { path: heaviest.path, htmlGzip: heaviest.htmlGzip },
		dist,
	};
}

/** Every entry page: statements shown (one "N 个来源" each), statements in all (its "查看全部 N 条说法" link), HTML gzip. */
async function entryPageFigures(dist: string): Promise<Array<{ path: string; shown: number; total: number; htmlGzip: number }>> {
	const figures = [];
	for (const collection of ['symptoms', 'causes', 'remedies', 'prevention', 'cases']) {
		for (const id of await readdir(join(dist, collection)).catch(() => [] as string[])) {
			if (id === 'index.html') continue;
			const html = await readFile(join(dist, collection, id, 'index.html'), 'utf8').catch(() => '');
			if (!html) continue;
			const shown = html.match(/个来源/g)?.length ?? 0;
			const total = Number(/查看全部 (\d+) 条说法/.exec(html)?.[1] ?? shown);
			figures.push({ path: `/${collection}/${id}/`, shown, total, htmlGzip: gzipSync(html, { level: 6 }).length });
		}
	}
	return figures;
}

async function countStatementPages(dist: string): Promise<number> {
	let n = 0;
	for (const entry of await readdir(dist, { recursive: true })) if (/statements[\\/](?:\d+[\\/])?index\.html$/.test(String(entry))) n++;
	return n;
}

/** Runs a command, sampling the summed RSS and PSS of it and its descendants every 100 ms (Linux /proc). */
function runSampled(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ exitCode: number; peakRssKiB: number | null; peakPssKiB: number | null; cpuSeconds: number | null; stderr: string }> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		let peak: number | null = null;
		let peakPss: number | null = null;
		let cpuSeconds: number | null = null;
		const sample = async () => {
			// Fields 14–17 of /proc/<pid>/stat: utime, stime, cutime, cstime in clock ticks (100 per second on Linux).
			const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8').catch(() => '');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (fields.length > 15)
				cpuSeconds = Number(((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100).toFixed(1));
			const memory = await treeMemoryKiB(child.pid!);
			if (memory === null) return;
			peak = Math.max(peak ?? 0, memory.rss);
			if (memory.pss !== null) peakPss = Math.max(peakPss ?? 0, memory.pss);
		};
		const timer = setInterval(() => void sample(), 100);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			resolvePromise({ exitCode: code ?? 1, peakRssKiB: peak, peakPssKiB: peakPss, cpuSeconds, stderr });
		});
	});
}

/** Summed VmRSS and Pss of a process and all its descendants, KiB; null without /proc (pss null without smaps_rollup). */
async function treeMemoryKiB(root: number): Promise<{ rss: number; pss: number | null } | null> {
	let entries: string[];
	try {
		entries = await readdir('/proc');
	} catch {
		return null;
	}
	const parent = new Map<number, number>();
	const rss = new Map<number, number>();
	await Promise.all(
		entries
			.filter((e) => /^\d+$/.test(e))
			.map(async (e) => {
				const status = await readFile(`/proc/${e}/status`, 'utf8').catch(() => '');
				const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
				const vm = /^VmRSS:\s+(\d+)/m.exec(status)?.[1];
				if (ppid) parent.set(Number(e), Number(ppid));
				if (vm) rss.set(Number(e), Number(vm));
			}),
	);
	const inTree = (pid: number): boolean => {
		for (let p: number | undefined = pid, hops = 0; p !== undefined && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
		return false;
	};
	let total = 0;
	let pss: number | null = 0;
	for (const [pid, kib] of rss) {
		if (!inTree(pid)) continue;
		total += kib;
		const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
		const own = /^Pss:\s+(\d+)/m.exec(rollup)?.[1];
		// A process gone between the two reads counts as nothing; one whose rollup cannot be read makes PSS unknown.
		if (own !== undefined) pss = pss === null ? null : pss + Number(own);
		else if (rollup === '' && (await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')) !== '') pss = null;
	}
	return { rss: total, pss };
}

/** The statements an entry page may show before its "all statements" step (issue 14: about a dozen). */
export const MAX_SHOWN = SHOWN_ON_ENTRY_PAGE;
