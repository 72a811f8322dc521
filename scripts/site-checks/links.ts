import { type Diagnostic, error } from '../diagnostics.ts';
import type { HtmlPage } from './html-page.ts';
import type { SiteCheck } from './types.ts';

/** The file a problem on a built page is reported in: `dist/remedies/R-07/` for the site path `/remedies/R-07/`. */
export const distFile = (path: string): string => `dist${path}`;

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
export function checkLinks(pages: ReadonlyMap<string, HtmlPage>, files: ReadonlySet<string>): Diagnostic[] {
	const problems: Diagnostic[] = [];
	for (const page of pages.values()) {
		for (const { href, line } of page.links) {
			if (/^javascript:/i.test(href.trim())) {
				problems.push(
					error(
						'link/javascript',
						{ file: distFile(page.path), line },
						`javascript: link "${href}"`,
						'Source text must be escaped; find where it came from.',
					),
				);
				continue;
			}
			const target = resolveHref(href, page.path);
			if (target === undefined) continue;
			if (target === 'external') {
				problems.push(
					error(
						'link/external',
						{ file: distFile(page.path), line },
						`link to another site: ${href}`,
						'The knowledge base links to nothing outside itself; cite documents by title instead.',
					),
				);
				continue;
			}
			const targetPage = pages.get(target.path) ?? pages.get(`${target.path.replace(/\/?$/, '/')}`);
			if (!targetPage && !files.has(target.path)) {
				problems.push(
					error(
						'link/broken',
						{ file: distFile(page.path), line },
						`link to ${target.path}, which does not exist`,
						'Fix the ID in src/editorial, or add a redirect in src/editorial/redirects.yaml.',
					),
				);
				continue;
			}
			if (target.hash && targetPage && !targetPage.refresh && !targetPage.ids.has(target.hash)) {
				problems.push(
					error(
						'link/anchor',
						{ file: distFile(page.path), line },
						`anchor #${target.hash} is not on ${target.path}`,
						'Link to an anchor the target page has (e.g. #step-2 only when step 2 exists).',
					),
				);
			}
		}
	}
	return problems;
}

/** The link rules as a site check: every internal link and anchor resolves, none leaves the site. */
export const linksCheck: SiteCheck = {
	codes: ['link/javascript', 'link/external', 'link/broken', 'link/anchor'],
	description: 'Every internal link reaches a page or redirect and every anchor an id on it; no link leaves the site or uses javascript:.',
	scope: 'site',
	check: (site) => checkLinks(site.pages, site.files),
};
