import { type Diagnostic, error } from '../diagnostics.ts';
import type { HtmlPage } from './html-page.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** The manifest of every URL that was ever published. */
export const MANIFEST = 'src/editorial/published-urls.txt';

/** Parses the manifest of published URLs: one path per line, `#` comments and blank lines ignored. */
export function parseManifest(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
}

/** Every URL that was once published must still be a page or a redirect. */
export function checkPermanence(
	manifest: readonly string[],
	pages: ReadonlyMap<string, HtmlPage>,
	files: ReadonlySet<string>,
): Diagnostic[] {
	return manifest
		.filter((url) => !pages.has(url) && !files.has(url))
		.map((url) =>
			error(
				'url/removed',
				{ file: distFile(url) },
				`${url} was published once and is gone`,
				'Restore the page, or add `- { from: "<old>", to: "<new>" }` to src/editorial/redirects.yaml.',
			),
		);
}

/**
 * Files other than pages that tools link to and so are published for good: the export (/api/entries.json, its schema,
 * one JSON and one Markdown copy per entry) and the OpenSearch description browsers keep.
 */
export const PUBLISHED_FILE = /^\/(?:api\/entries(?:\.schema)?\.json|api\/entries\/[^/]+\.(?:json|md)|opensearch\.xml)$/;

/**
 * Pages (and published files, {@link PUBLISHED_FILE}) that exist but are not yet in the manifest (run
 * `npm run urls:update` and commit the file).
 */
export const unlistedPages = (
	manifest: readonly string[],
	pages: ReadonlyMap<string, HtmlPage>,
	files: ReadonlySet<string> = new Set(),
): string[] => {
	const listed = new Set(manifest);
	// An entry's all-statements pages after the first come and go with the corpus (how many statements it has): not
	// permanent URLs. The first (/…/<id>/statements/) exists for every entry and is recorded.
	const newPages = [...pages.keys()].filter((p) => !listed.has(p) && p !== '/404.html' && !/\/statements\/\d+\/$/.test(p));
	const newFiles = [...files].filter((f) => !listed.has(f) && PUBLISHED_FILE.test(f));
	return [...newPages, ...newFiles].sort();
};

/** The manifest of published URLs, as a site check: it exists, and every URL in it is still served. */
export const permanenceCheck: SiteCheck = {
	codes: ['url/no-manifest', 'url/removed'],
	description: 'src/editorial/published-urls.txt exists, and every URL it lists is still a page or a redirect of the built site.',
	scope: 'site',
	check(site) {
		if (site.manifest === undefined)
			return [error('url/no-manifest', { file: MANIFEST }, `${MANIFEST} is missing`, 'Run npm run urls:update and commit the file.')];
		return checkPermanence(site.manifest, site.pages, site.files);
	},
};
