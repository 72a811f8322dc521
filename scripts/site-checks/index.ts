import type { Diagnostic } from '../diagnostics.ts';
import { cspCheck } from './csp.ts';
import { eventHandlerCheck } from './event-handlers.ts';
import { externalResourceCheck } from './external-resources.ts';
import { langCheck } from './lang.ts';
import { linksCheck } from './links.ts';
import { obfuscationCheck } from './obfuscation.ts';
import { permanenceCheck } from './permanence.ts';
import { promotionCheck, publicationCheck } from './promotion.ts';
import { scriptCheck } from './script.ts';
import type { BuiltSite, SiteCheck } from './types.ts';

/**
 * Every check of the built site, in the order their diagnostics are printed: the site-wide link check, then the page
 * checks page by page (redirect pages skipped), then the manifest of published URLs.
 */
export const SITE_CHECKS: readonly SiteCheck[] = [
	linksCheck,
	promotionCheck,
	publicationCheck,
	obfuscationCheck,
	scriptCheck,
	eventHandlerCheck,
	externalResourceCheck,
	cspCheck,
	langCheck,
	permanenceCheck,
];

/**
 * Runs the checks in order. A run of consecutive page checks goes page by page (each page through all of them), so a
 * page's problems are printed together.
 */
export function runSiteChecks(site: BuiltSite, checks: readonly SiteCheck[] = SITE_CHECKS): Diagnostic[] {
	const out: Diagnostic[] = [];
	let pageRun: Array<Extract<SiteCheck, { scope: 'page' }>> = [];
	const flush = () => {
		for (const page of site.pages.values()) if (!page.refresh) for (const check of pageRun) out.push(...check.check(page, site));
		pageRun = [];
	};
	for (const check of checks) {
		if (check.scope === 'page') pageRun.push(check);
		else {
			flush();
			out.push(...check.check(site));
		}
	}
	flush();
	return out;
}
