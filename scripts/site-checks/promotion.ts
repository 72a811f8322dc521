import { type Diagnostic, error } from '../diagnostics.ts';
import { findPromotion } from '../pipeline/scan.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** No page shows text that the cleaner's promotion rules would remove from a source. */
export const promotionCheck: SiteCheck = {
	codes: ['content/promotion'],
	description: "No page shows promotional text: the cleaner's promotion rules (scripts/rules/promotion/) find nothing on it.",
	scope: 'page',
	check(page, site): Diagnostic[] {
		return findPromotion(page.text, site.cleaning?.promotion).map((hit) =>
			error(
				'content/promotion',
				{ file: distFile(page.path) },
				`promotional text (${hit.rule}): "${hit.text}"`,
				'Fix the catalogue entry or add a promotion rule so the cleaner removes it.',
			),
		);
	},
};
