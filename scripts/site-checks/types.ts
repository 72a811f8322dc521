import type { Diagnostic } from '../diagnostics.ts';
import type { CleaningEditorial } from '../pipeline/clean.ts';
import type { Origin } from './attribute.ts';
import type { HtmlPage } from './html-page.ts';

/** What the site checks read: the built pages and files, the cleaning rules, and the manifest of published URLs. */
export interface BuiltSite {
	/** Every HTML page of dist/ by site path (`/remedies/R-07/`). */
	pages: ReadonlyMap<string, HtmlPage>;
	/** Every other file of dist/ by site path. */
	files: ReadonlySet<string>;
	/** The cleaner's rules (src/editorial/), or undefined when the editorial data does not load. */
	cleaning: CleaningEditorial | undefined;
	/**
	 * The names the cleaner learned from the corpus's articles (scripts/pipeline/learned.ts, `learned-names.json` of the
	 * content collections): the promotion check recognises these instead of learning names from a page's text.
	 * Undefined when the file is missing: the check then learns them from each page, as from an article.
	 */
	learned?: ReadonlyMap<string, readonly string[]> | undefined;
	/** The URLs of src/editorial/published-urls.txt, or undefined when the file is missing. */
	manifest: readonly string[] | undefined;
	/**
	 * Where a text shown on a page came from (statement and its source file and line, a heading quoted in 出处, or
	 * catalogue text), from the content collections the site was built from: messages name it. Optional.
	 */
	originOf?: ((text: string) => Origin | undefined) | undefined;
}

/**
 * A check over the built site: a small object with the diagnostic codes it reports, what it checks in one sentence,
 * and either a check of one page (run on every page that is not a redirect) or of the whole site.
 * scripts/check-dist.ts runs every check of scripts/site-checks/index.ts; each has its own test.
 */
export type SiteCheck = {
	/** Stable diagnostic codes this check reports, e.g. `security/csp-missing`. */
	codes: readonly string[];
	/** What the check requires, for the README and the check's test. */
	description: string;
} & ({ scope: 'page'; check(page: HtmlPage, site: BuiltSite): Diagnostic[] } | { scope: 'site'; check(site: BuiltSite): Diagnostic[] });
