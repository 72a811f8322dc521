import { readFile } from 'node:fs/promises';
import { readEditorial } from './pipeline/io.ts';
import { loadEditorial } from './pipeline/run.ts';
import { findObfuscation, findPromotion } from './pipeline/scan.ts';
import { checkLinks, formatProblem, type SiteProblem } from './site-checks/links.ts';
import { loadDist } from './site-checks/load-dist.ts';
import { checkPermanence, parseManifest } from './site-checks/permanence.ts';

export const MANIFEST = 'src/editorial/published-urls.txt';

/**
 * Checks a built site and returns one line per problem: broken links and anchors, links leaving the site,
 * promotional or obfuscated text (the cleaner's own rules), inline event handlers, third-party resources, a missing or
 * incomplete Content-Security-Policy, pages without lang="zh-CN", and once-published URLs that disappeared.
 */
export async function checkDist(dir: string): Promise<string[]> {
	const { pages, files } = await loadDist(dir);
	const { rules } = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	const problems: SiteProblem[] = [...checkLinks(pages, files)];
	for (const page of pages.values()) {
		if (page.refresh) continue;
		for (const hit of findPromotion(page.text, rules?.promotion)) {
			problems.push({
				path: page.path,
				code: `content/promotion`,
				message: `promotional text (${hit.rule}): "${hit.text}"`,
				hint: 'Fix the catalogue entry or add a promotion rule so the cleaner removes it.',
			});
		}
		if (rules) {
			for (const hit of findObfuscation(page.text, rules.deobfuscation)) {
				problems.push({
					path: page.path,
					code: 'content/obfuscated',
					message: `obfuscated token (${hit.rule}): "${hit.text}"`,
					hint: 'Add the pattern to src/editorial/deobfuscation.yaml.',
				});
			}
		}
		for (const handler of page.eventHandlers)
			problems.push({
				path: page.path,
				code: 'security/event-handler',
				message: `inline event handler ${handler}`,
				hint: 'Use a script module instead.',
			});
		for (const url of page.externalResources)
			problems.push({
				path: page.path,
				code: 'security/external-resource',
				message: `loads ${url}`,
				hint: 'Serve every script, style and font from this site.',
			});
		if (!page.csp)
			problems.push({
				path: page.path,
				code: 'security/csp-missing',
				message: 'no <meta http-equiv="Content-Security-Policy">',
				hint: 'The kb-csp integration (src/integrations/csp.ts) writes it after astro build: is it still in astro.config.mjs?',
			});
		else if (/script-src[^;]*'unsafe-inline'/.test(page.csp))
			problems.push({
				path: page.path,
				code: 'security/csp-unsafe',
				message: "script-src allows 'unsafe-inline'",
				hint: 'Inline scripts are allowed by their hashes only; see src/lib/csp.ts.',
			});
		for (const hash of page.unhashedScripts)
			problems.push({
				path: page.path,
				code: 'security/csp-hash',
				message: `inline script ${hash} is not in the page's script-src, so browsers block it`,
				hint: 'Something changed the page after the kb-csp integration ran: write the policy last (src/integrations/csp.ts).',
			});
		if (page.lang !== 'zh-CN')
			problems.push({
				path: page.path,
				code: 'a11y/lang',
				message: `<html lang="${page.lang ?? ''}">`,
				hint: 'Every page is Simplified Chinese: lang="zh-CN".',
			});
	}
	let manifest: string[] = [];
	try {
		manifest = parseManifest(await readFile(MANIFEST, 'utf8'));
	} catch {
		problems.push({
			path: '/',
			code: 'url/no-manifest',
			message: `${MANIFEST} is missing`,
			hint: 'Run npm run urls:update and commit the file.',
		});
	}
	problems.push(...checkPermanence(manifest, pages, files));
	return problems.map(formatProblem);
}
