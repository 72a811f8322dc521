import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * Rules for src/editorial/reviews.yaml: every published entry carries the date an editor last reviewed it (shown as
 * 最后审核 on its page and in the export), so each entry has exactly one review line and each line names an entry.
 */

const FILE = 'src/editorial/reviews.yaml';

/** Every entry ID of the catalogue that gets a page, with the file it is declared in. */
function* entryIds(catalogue: Catalogue): Generator<{ id: string; file: string }> {
	const parts = [
		['symptoms', 'symptoms.yaml'],
		['causes', 'causes.yaml'],
		['remedies', 'remedies.yaml'],
		['prevention', 'prevention.yaml'],
		['cases', 'cases.yaml'],
		['codes', 'codes.yaml'],
	] as const;
	for (const [part, file] of parts) for (const entry of catalogue[part]) yield { id: entry.id, file: `src/editorial/${file}` };
}

export const entryReviewed: EditorialCheck = {
	code: 'catalogue/unreviewed',
	description:
		'Every symptom, cause, remedy, prevention measure, case and response code has exactly one line in reviews.yaml (id, reviewed: YYYY-MM-DD), and every line there names an entry of the catalogue.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		const count = new Map<string, number>();
		for (const r of catalogue.reviews) count.set(r.id, (count.get(r.id) ?? 0) + 1);
		const known = new Set<string>();
		for (const { id, file } of entryIds(catalogue)) {
			known.add(id);
			const n = count.get(id) ?? 0;
			if (n === 0)
				out.push({
					severity: this.severity,
					code: this.code,
					...entryLocation(catalogue, id, file),
					message: `${id} has no review date in ${FILE}.`,
					hint: `Read the entry against its sources, then add "- { id: ${id}, reviewed: YYYY-MM-DD }" to ${FILE} with today's date.`,
				});
			else if (n > 1)
				out.push({
					severity: this.severity,
					code: this.code,
					file: FILE,
					entry: id,
					message: `${id} has ${n} lines in ${FILE}.`,
					hint: 'Keep one line per entry: update its date instead of adding another.',
				});
		}
		for (const r of catalogue.reviews)
			if (!known.has(r.id))
				out.push({
					severity: this.severity,
					code: this.code,
					file: FILE,
					entry: r.id,
					message: `${FILE} reviews ${r.id}, which is not an entry of the catalogue.`,
					hint: 'Correct the ID (S-01, R-07, 51 …), or remove the line if the ID was mistyped; entry IDs are never deleted.',
				});
		return out;
	},
};
