import type { HtmlPage } from './html-page.ts';

/** One problem in the built site, printed as `dist<path>:<line> code: message — hint`. */
export interface SiteProblem {
	path: string;
	line?: number | undefined;
	code: string;
	message: string;
	hint: string;
}

export const formatProblem = (p: SiteProblem) => `dist${p.path}${p.line ? `:${p.line}` : ''} ${p.code}: ${p.message} — ${p.hint}`;

/** Same-site path and anchor of an href, or undefined for other schemes; `external` for other origins. */
export function resolveHref(href: string, from: string): { path: string; hash: string } | 'external' | undefined {
	if (/^(mailto|tel|javascript|data):/i.test(href)) return undefined;
	const base = new URL(from, 'http://site.invalid');
	const url = new URL(href, base);
	if (url.origin !== base.origin) return 'external';
	return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Every internal link must reach a page (or a redirect page) and every anchor an id on the target page.
 * No link may leave the site, and no link may use javascript:.
 */
export function checkLinks(pages: ReadonlyMap<string, HtmlPage>, files: ReadonlySet<string>): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const page of pages.values()) {
		for (const { href, line } of page.links) {
			if (/^javascript:/i.test(href.trim())) {
				problems.push({
					path: page.path,
					line,
					code: 'link/javascript',
					message: `javascript: link "${href}"`,
					hint: 'Source text must be escaped; find where it came from.',
				});
				continue;
			}
			const target = resolveHref(href, page.path);
			if (target === undefined) continue;
			if (target === 'external') {
				problems.push({
					path: page.path,
					line,
					code: 'link/external',
					message: `link to another site: ${href}`,
					hint: 'The knowledge base links to nothing outside itself; cite documents by title instead.',
				});
				continue;
			}
			const targetPage = pages.get(target.path) ?? pages.get(`${target.path.replace(/\/?$/, '/')}`);
			if (!targetPage && !files.has(target.path)) {
				problems.push({
					path: page.path,
					line,
					code: 'link/broken',
					message: `link to ${target.path}, which does not exist`,
					hint: 'Fix the ID in src/editorial, or add a redirect in src/editorial/redirects.yaml.',
				});
				continue;
			}
			if (target.hash && targetPage && !targetPage.refresh && !targetPage.ids.has(target.hash)) {
				problems.push({
					path: page.path,
					line,
					code: 'link/anchor',
					message: `anchor #${target.hash} is not on ${target.path}`,
					hint: 'Link to an anchor the target page has (e.g. #step-2 only when step 2 exists).',
				});
			}
		}
	}
	return problems;
}
