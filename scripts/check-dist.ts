import { readFile } from 'node:fs/promises';
import { type Diagnostic, error } from './diagnostics.ts';
import { readEditorial } from './pipeline/io.ts';
import { loadEditorial } from './pipeline/run.ts';
import { findObfuscation, findPromotion } from './pipeline/scan.ts';
import { checkLinks, distFile } from './site-checks/links.ts';
import { loadDist } from './site-checks/load-dist.ts';
import { checkPermanence, parseManifest } from './site-checks/permanence.ts';

export const MANIFEST = 'src/editorial/published-urls.txt';

/**
 * Checks a built site and returns its problems: broken links and anchors, links leaving the site,
 * promotional or obfuscated text (the cleaner's own rules), inline event handlers, third-party resources, a missing or
 * incomplete Content-Security-Policy, pages without lang="zh-CN", and once-published URLs that disappeared.
 */
export async function checkDist(dir: string): Promise<Diagnostic[]> {
	const { pages, files } = await loadDist(dir);
	const { rules } = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	const problems: Diagnostic[] = [...checkLinks(pages, files)];
	for (const page of pages.values()) {
		if (page.refresh) continue;
		for (const hit of findPromotion(page.text, rules?.promotion)) {
			problems.push(
				error(
					`content/promotion`,
					{ file: distFile(page.path) },
					`promotional text (${hit.rule}): "${hit.text}"`,
					'Fix the catalogue entry or add a promotion rule so the cleaner removes it.',
				),
			);
		}
		if (rules) {
			for (const hit of findObfuscation(page.text, rules.deobfuscation)) {
				problems.push(
					error(
						'content/obfuscated',
						{ file: distFile(page.path) },
						`obfuscated token (${hit.rule}): "${hit.text}"`,
						'Add the pattern to src/editorial/deobfuscation.yaml.',
					),
				);
			}
		}
		for (const handler of page.eventHandlers)
			problems.push(
				error('security/event-handler', { file: distFile(page.path) }, `inline event handler ${handler}`, 'Use a script module instead.'),
			);
		for (const url of page.externalResources)
			problems.push(
				error(
					'security/external-resource',
					{ file: distFile(page.path) },
					`loads ${url}`,
					'Serve every script, style and font from this site.',
				),
			);
		if (!page.csp)
			problems.push(
				error(
					'security/csp-missing',
					{ file: distFile(page.path) },
					'no <meta http-equiv="Content-Security-Policy">',
					'The kb-csp integration (src/integrations/csp.ts) writes it after astro build: is it still in astro.config.mjs?',
				),
			);
		else if (/script-src[^;]*'unsafe-inline'/.test(page.csp))
			problems.push(
				error(
					'security/csp-unsafe',
					{ file: distFile(page.path) },
					"script-src allows 'unsafe-inline'",
					'Inline scripts are allowed by their hashes only; see src/config/csp.ts.',
				),
			);
		for (const hash of page.unhashedScripts)
			problems.push(
				error(
					'security/csp-hash',
					{ file: distFile(page.path) },
					`inline script ${hash} is not in the page's script-src, so browsers block it`,
					'Something changed the page after the kb-csp integration ran: write the policy last (src/integrations/csp.ts).',
				),
			);
		if (page.lang !== 'zh-CN')
			problems.push(
				error(
					'a11y/lang',
					{ file: distFile(page.path) },
					`<html lang="${page.lang ?? ''}">`,
					'Every page is Simplified Chinese: lang="zh-CN".',
				),
			);
	}
	let manifest: string[] = [];
	try {
		manifest = parseManifest(await readFile(MANIFEST, 'utf8'));
	} catch {
		problems.push(error('url/no-manifest', { file: MANIFEST }, `${MANIFEST} is missing`, 'Run npm run urls:update and commit the file.'));
	}
	problems.push(...checkPermanence(manifest, pages, files));
	return problems;
}
