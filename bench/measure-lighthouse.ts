import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/** Lighthouse's four category scores for one page, 0–100, from the median of several runs. */
export interface LighthouseScores {
	page: string;
	path: string;
	performance: number | null;
	accessibility: number | null;
	bestPractices: number | null;
	seo: number | null;
	/** Performance score of every run, in run order: the spread a busy machine causes. */
	performanceRuns: number[];
	/** The median run's metric values (ms, CLS unitless): how far each is from costing a point. */
	metrics: Record<string, number>;
	/** Audits that cost points in the median run (score below 1), for the categories below 100: what to fix. */
	failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The performance metrics Lighthouse 13 scores, by audit ID, with the short name the results use. */
const METRICS: ReadonlyArray<[audit: string, name: string]> = [
	['first-contentful-paint', 'fcp'],
	['largest-contentful-paint', 'lcp'],
	['total-blocking-time', 'tbt'],
	['cumulative-layout-shift', 'cls'],
	['speed-index', 'si'],
];

/**
 * Runs Lighthouse (default config: a mobile device on a throttled slow-4G connection, simulated, the readers issue 9
 * is about) `runs` times on each page, in Debian's Chromium launched by chrome-launcher with the project's flags, and
 * reports the median run as Lighthouse itself picks it (`computeMedianRun`, the method Lighthouse CI uses), with the
 * performance score of every run beside it. One browser for all runs; Lighthouse opens a fresh tab per run.
 */
export async function measureLighthouse(
	chromePath: string,
	flags: readonly string[],
	base: string,
	pages: ReadonlyArray<{ page: string; path: string }>,
	runs = 3,
): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...flags, '--headless=new'], logLevel: 'silent' });
	try {
		const scores: LighthouseScores[] = [];
		for (const { page, path } of pages) {
			const reports: Report[] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(base + path, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
				});
				if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
				reports.push(result.lhr);
			}
			const median = computeMedianRun(reports);
			const category = (lhr: Report, id: (typeof CATEGORIES)[number]) => {
				const score = lhr.categories[id]?.score;
				return typeof score === 'number' ? Math.round(score * 100) : null;
			};
			scores.push({
				page,
				path,
				performance: category(median, 'performance'),
				accessibility: category(median, 'accessibility'),
				bestPractices: category(median, 'best-practices'),
				seo: category(median, 'seo'),
				performanceRuns: reports.map((lhr) => category(lhr, 'performance') ?? 0),
				metrics: Object.fromEntries(
					METRICS.map(([audit, name]) => [
						name,
						Number((median.audits[audit]?.numericValue ?? Number.NaN).toFixed(name === 'cls' ? 3 : 0)),
					]),
				),
				failing: failingAudits(median),
			});
		}
		return scores;
	} finally {
		chrome.kill();
	}
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function failingAudits(lhr: Report): string[] {
	const failing = new Set<string>();
	for (const category of Object.values(lhr.categories)) {
		if (category.score === 1) continue;
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) failing.add(`${category.id}/${ref.id}`);
		}
	}
	return [...failing].sort();
}
