import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse's four category scores for one page, 0–100. */
export interface LighthouseScores {
	page: string;
	path: string;
	performance: number | null;
	accessibility: number | null;
	bestPractices: number | null;
	seo: number | null;
	/** Audits that cost points (score below 1), for the categories below 100: what to fix. */
	failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Runs Lighthouse (default config: a mobile device on a throttled slow-4G connection, simulated, the readers issue 9
 * is about) on each page, in Debian's Chromium launched by chrome-launcher with the project's flags. One browser for
 * all pages; Lighthouse opens a fresh tab per run.
 */
export async function measureLighthouse(
	chromePath: string,
	flags: readonly string[],
	base: string,
	pages: ReadonlyArray<{ page: string; path: string }>,
): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...flags, '--headless=new'], logLevel: 'silent' });
	try {
		const scores: LighthouseScores[] = [];
		for (const { page, path } of pages) {
			const result = await lighthouse(base + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			const category = (id: (typeof CATEGORIES)[number]) => {
				const score = result?.lhr.categories[id]?.score;
				return typeof score === 'number' ? Math.round(score * 100) : null;
			};
			scores.push({
				page,
				path,
				performance: category('performance'),
				accessibility: category('accessibility'),
				bestPractices: category('best-practices'),
				seo: category('seo'),
				failing: failingAudits(result?.lhr),
			});
		}
		return scores;
	} finally {
		chrome.kill();
	}
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function failingAudits(lhr: Report | undefined): string[] {
	if (!lhr) return ['(no result)'];
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
