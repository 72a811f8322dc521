import { type Diagnostic, error } from '../diagnostics.ts';
import { findObfuscation } from '../pipeline/scan.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** No page shows a token that the de-obfuscation table would rewrite (KA卡, 信xi息 …). */
export const obfuscationCheck: SiteCheck = {
	codes: ['content/obfuscated'],
	description: 'No page shows an obfuscated token: the de-obfuscation table (src/editorial/deobfuscation.yaml) finds nothing on it.',
	scope: 'page',
	check(page, site): Diagnostic[] {
		if (!site.cleaning) return [];
		return findObfuscation(page.text, site.cleaning.deobfuscation).map((hit) =>
			error(
				'content/obfuscated',
				{ file: distFile(page.path) },
				`obfuscated token (${hit.rule}): "${hit.text}"`,
				'Add the pattern to src/editorial/deobfuscation.yaml.',
			),
		);
	},
};
