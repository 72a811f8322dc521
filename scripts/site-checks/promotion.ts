import { type Diagnostic, error } from '../diagnostics.ts';
import { findPromotion } from '../pipeline/scan.ts';
import { checkPublication } from '../rules/publication/index.ts';
import { describeOrigin, type Origin } from './attribute.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** Source file names as 出处 prints them (`100_p-33c6ad1ff5.txt`, `p-33c6ad1ff5.txt`): names, not text of a source. */
const PROVENANCE_FILE = /[\w.-]+\.txt/gu;

/**
 * A passage of a page that may not be published, named by where it came from (the statement, its source file and line
 * and entry; a heading quoted in 出处; or catalogue text) and the rule, so an editor knows what to fix.
 */
function contentProblem(code: string, path: string, rule: string, text: string, origin: Origin | undefined): Diagnostic {
	const hint =
		origin?.what === 'catalogue'
			? `Rewrite the text of ${origin.entry} in src/editorial/ (rule ${rule}).`
			: origin
				? `The source passage ${origin.file ?? ''}:${origin.line ?? ''} should have been withheld: add or fix a promotion rule (scripts/rules/promotion/) or a publication check (scripts/rules/publication/) for "${rule}", or record it in src/editorial/unpublished.yaml.`
				: 'Fix the catalogue entry or add a promotion rule so the cleaner removes it.';
	return error(
		code,
		{ file: distFile(path), entry: origin?.entry },
		`${describeOrigin(origin)}: promotional text (${rule}): "${text}"`,
		hint,
	);
}

/** No page shows text that the cleaner's promotion rules would remove from a source. */
export const promotionCheck: SiteCheck = {
	codes: ['content/promotion'],
	description:
		"No page shows promotional text: the cleaner's promotion rules (scripts/rules/promotion/) find nothing on it, with the names the cleaner learned from the corpus's articles (brands, site names, cities: scripts/pipeline/learned.ts), not names learned from the page's own text (a page is not an article; a statement it shows twice is not a name used twice). The message names the statement, its source file and line and entry (or the 出处 heading, or the catalogue entry) and the rule.",
	scope: 'page',
	check(page, site): Diagnostic[] {
		return findPromotion(page.text, site.cleaning?.promotion, site.learned).map((hit) =>
			contentProblem('content/promotion', page.path, hit.rule, hit.text, site.originOf?.(hit.text)),
		);
	},
};

/** No page shows text that fails the publication gate (scripts/rules/publication/), provenance file names aside. */
export const publicationCheck: SiteCheck = {
	codes: ['content/publication'],
	description:
		'No page shows text that fails the publication gate of scripts/rules/publication/ (contact data, commercial intent, self-reference, off-topic, masks), judged passage by passage with the 出处 file names left out; the message names where the passage came from.',
	scope: 'page',
	check(page, site): Diagnostic[] {
		const official = new Set((site.cleaning?.promotion.hotlines ?? []).map((hotline) => hotline.number));
		const out: Diagnostic[] = [];
		for (const passage of page.text.replace(PROVENANCE_FILE, ' ').split(/\s{2,}|(?<=[。！？!?])\s*/u)) {
			const failed = checkPublication(passage, official);
			if (failed)
				out.push(
					contentProblem(
						'content/publication',
						page.path,
						`publication/${failed.check}`,
						failed.found,
						site.originOf?.(passage) ?? site.originOf?.(failed.found),
					),
				);
		}
		return out;
	},
};
