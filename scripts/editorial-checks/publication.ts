import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { checkPublication } from '../rules/publication/index.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * The publication gate over the catalogue's own text (scripts/rules/publication/): what editors write is published on
 * every page, so a title, summary, step, case text or reply that carries contact data, sales wording, the voice of a
 * site or off-topic words is an error that stops the build. Source text that fails the same gate is only withheld
 * (stage 9, screen).
 */

const PARTS = [
	['symptoms', 'src/editorial/symptoms.yaml'],
	['causes', 'src/editorial/causes.yaml'],
	['remedies', 'src/editorial/remedies.yaml'],
	['prevention', 'src/editorial/prevention.yaml'],
	['cases', 'src/editorial/cases.yaml'],
	['codes', 'src/editorial/codes.yaml'],
] as const;

/** Fields that are never shown as text: IDs, references, match rules and relations. */
const NOT_SHOWN = new Set([
	'id',
	'references',
	'sources',
	'source',
	'match',
	'symptoms',
	'causes',
	'remedies',
	'prevention',
	'category',
	'stage',
]);

/** Every shown string of an entry, with the field path it is in (`steps[2].text`). */
function* shownTexts(value: unknown, path: string): Generator<{ field: string; text: string }> {
	if (typeof value === 'string') yield { field: path, text: value };
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* shownTexts(item, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) if (!NOT_SHOWN.has(key)) yield* shownTexts(item, path === '' ? key : `${path}.${key}`);
}

/** The service hotlines the catalogue itself names (95516, 95588 …): editors publish them on purpose. */
function catalogueHotlines(catalogue: Catalogue): Set<string> {
	const numbers = new Set<string>();
	for (const [part] of PARTS)
		for (const match of JSON.stringify(catalogue[part]).matchAll(/(?<!\d)9[56]\d{3}(?!\d)/gu)) numbers.add(match[0]);
	return numbers;
}

export const editorialPublishable: EditorialCheck = {
	code: 'publication/editorial',
	description:
		'No catalogue text that a page shows (titles, summaries, aliases, steps, case texts, replies, code explanations) fails the publication gate of scripts/rules/publication/: no contact data, commercial intent, site self-reference, off-topic or masked words. The hotlines the catalogue itself names are allowed.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		const official = catalogueHotlines(catalogue);
		for (const [part, file] of PARTS)
			for (const entry of catalogue[part] as ReadonlyArray<{ id: string }>)
				for (const { field, text } of shownTexts(entry, '')) {
					const failed = checkPublication(text, official);
					if (!failed) continue;
					out.push({
						severity: this.severity,
						code: this.code,
						...entryLocation(catalogue, entry.id, file),
						message: `${entry.id} ${field}: "${text.length > 60 ? `${text.slice(0, 60)}…` : text}" fails the publication gate (${failed.check}: "${failed.found}").`,
						hint: 'Every page shows this text: rewrite it without contact data, sales wording, self-reference or off-topic words, or refine the check in scripts/rules/publication/ if it is wrong.',
					});
				}
		return out;
	},
};
