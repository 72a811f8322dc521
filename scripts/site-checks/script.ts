import { error } from '../diagnostics.ts';
import { isTraditionalLine } from '../pipeline/stages/normalize.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** Passages of a page's text: runs separated by wide gaps or sentence ends, as the other content checks read it. */
const PASSAGE_END = /\s{2,}|(?<=[。！？!?])\s*/u;

/**
 * Every page is in Simplified script: no passage is one that stage 2 would convert, judged with the same standard and
 * the same line thresholds (scripts/pipeline/stages/normalize.ts, src/shared/chinese/standard.ts). A Traditional
 * passage on a page is editorial text written in Traditional (請聯絡發卡銀行), which search and readers expect Simplified.
 */
export const scriptCheck: SiteCheck = {
	codes: ['content/traditional'],
	description:
		'No page shows a passage in Traditional script: each passage is judged as stage 2 judges a line (the one Traditional → Simplified standard, the same thresholds).',
	scope: 'page',
	check: (page) =>
		page.text
			.split(PASSAGE_END)
			.filter((passage) => isTraditionalLine(passage))
			.map((passage) =>
				error(
					'content/traditional',
					{ file: distFile(page.path) },
					`a passage in Traditional script: "${passage.slice(0, 60)}"`,
					'Write the editorial text in Simplified Chinese (src/editorial/); a source passage is converted by stage 2.',
				),
			),
};
