import { type Diagnostic, error } from '../diagnostics.ts';
import type { HtmlPage } from './html-page.ts';
import { distFile } from './links.ts';

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

/** Pages that exist but are not yet in the manifest (run `npm run urls:update` and commit the file). */
export const unlistedPages = (manifest: readonly string[], pages: ReadonlyMap<string, HtmlPage>): string[] => {
	const listed = new Set(manifest);
	// An entry's all-statements pages after the first come and go with the corpus (how many statements it has): not
	// permanent URLs. The first (/…/<id>/statements/) exists for every entry and is recorded.
	return [...pages.keys()].filter((p) => !listed.has(p) && p !== '/404.html' && !/\/statements\/\d+\/$/.test(p)).sort();
};
