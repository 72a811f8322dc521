import { type Diagnostic, error } from '../diagnostics.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** Every page carries its Content-Security-Policy, which allows inline scripts by hash only and hashes each of them. */
export const cspCheck: SiteCheck = {
	codes: ['security/csp-missing', 'security/csp-unsafe', 'security/csp-hash'],
	description:
		"Every page has a Content-Security-Policy meta whose script-src does not allow 'unsafe-inline' and lists the hash of every inline script.",
	scope: 'page',
	check(page): Diagnostic[] {
		const file = distFile(page.path);
		const out: Diagnostic[] = [];
		if (!page.csp)
			out.push(
				error(
					'security/csp-missing',
					{ file },
					'no <meta http-equiv="Content-Security-Policy">',
					'The kb-csp integration (src/integrations/csp.ts) writes it after astro build: is it still in astro.config.mjs?',
				),
			);
		else if (/script-src[^;]*'unsafe-inline'/.test(page.csp))
			out.push(
				error(
					'security/csp-unsafe',
					{ file },
					"script-src allows 'unsafe-inline'",
					'Inline scripts are allowed by their hashes only; see src/config/csp.ts.',
				),
			);
		for (const hash of page.unhashedScripts)
			out.push(
				error(
					'security/csp-hash',
					{ file },
					`inline script ${hash} is not in the page's script-src, so browsers block it`,
					'Something changed the page after the kb-csp integration ran: write the policy last (src/integrations/csp.ts).',
				),
			);
		return out;
	},
};
