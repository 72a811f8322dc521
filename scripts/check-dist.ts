import { readFile } from 'node:fs/promises';
import { type Diagnostic, error } from './diagnostics.ts';
import { loadEditorial } from './pipeline/editorial.ts';
import { readEditorial } from './pipeline/io.ts';
import { findObfuscation, findPromotion } from './pipeline/scan.ts';
import { checkPublication } from './rules/publication/index.ts';
import { describeOrigin, loadOrigins, type Origin } from './site-checks/attribute.ts';
import { checkLinks, distFile } from './site-checks/links.ts';
import { loadDist } from './site-checks/load-dist.ts';
import { checkPermanence, parseManifest } from './site-checks/permanence.ts';

export const MANIFEST = 'src/editorial/published-urls.txt';

/** Source file names as 出处 prints them (`100_p-33c6ad1ff5.txt`, `p-33c6ad1ff5.txt`, `003_b03d0b4559c820a2.txt`). */
const PROVENANCE_FILE = /[\w.-]+\.txt/gu;

/**
 * A passage of a page that may not be published, named by where it came from (statement, source file and line, entry;
 * a heading quoted in 出处; or catalogue text) so an editor knows what to fix.
 */
function contentProblem(path: string, rule: string, text: string, origin: Origin | undefined): Diagnostic {
	const hint =
		origin?.what === 'catalogue'
			? `Rewrite the text of ${origin.entry} in src/editorial/ (rule ${rule}).`
			: origin
				? `The source passage ${origin.file ?? ''}:${origin.line ?? ''} should have been withheld: add or fix a promotion rule (scripts/rules/promotion/) or a publication check (scripts/rules/publication/) for "${rule}", or record it in src/editorial/unpublished.yaml.`
				: 'Fix the template or catalogue text that prints it, or add a promotion rule so the cleaner removes it.';
	return error(
		'content/promotion',
		{ file: distFile(path), entry: origin?.entry },
		`${describeOrigin(origin)} fails ${rule}: "${text}"`,
		hint,
	);
}

/**
 * Checks a built site and returns its problems: broken links and anchors, links leaving the site,
 * promotional or obfuscated text (the cleaner's own rules), inline event handlers, third-party resources, a missing or
 * incomplete Content-Security-Policy, pages without lang="zh-CN", and once-published URLs that disappeared.
 */
export async function checkDist(dir: string, generated = 'src/content/generated'): Promise<Diagnostic[]> {
	const { pages, files } = await loadDist(dir);
	const originOf = await loadOrigins(generated);
	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	const rules = loaded.ok ? loaded.value.cleaning : undefined;
	const official = new Set((rules?.promotion.hotlines ?? []).map((hotline) => hotline.number));
	const problems: Diagnostic[] = [...checkLinks(pages, files)];
	for (const page of pages.values()) {
		if (page.refresh) continue;
		for (const hit of findPromotion(page.text, rules?.promotion))
			problems.push(contentProblem(page.path, hit.rule, hit.text, originOf(hit.text)));
		// The publication gate's own check (scripts/rules/publication/) over what the page shows, provenance file names aside.
		for (const passage of page.text.replace(PROVENANCE_FILE, ' ').split(/\s{2,}|(?<=[。！？!?])\s*/u)) {
			const failed = checkPublication(passage, official);
			if (failed)
				problems.push(contentProblem(page.path, `publication/${failed.check}`, failed.found, originOf(passage) ?? originOf(failed.found)));
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
