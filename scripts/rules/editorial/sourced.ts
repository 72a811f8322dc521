import type { EditorialFinding, EditorialRule } from './types.ts';

/** The catalogue parts whose entries state facts and cite what they rest on in `references`. */
const ENTRY_PARTS = ['symptoms', 'causes', 'remedies', 'prevention', 'cases'] as const;

/**
 * Every catalogue entry rests on something: at least one source article or specification in references.yaml.
 * Statements placed from the sources of a run are not enough, because another corpus (KB_SOURCES) may place none.
 */
export const unsourcedRule: EditorialRule = {
	code: 'catalogue/unsourced',
	description:
		'Every symptom, cause, remedy, prevention measure and case lists in `references` at least one source article or specification of src/editorial/references.yaml; every response code at least one document in `sources`.',
	severity: 'error',
	check(catalogue) {
		const findings: EditorialFinding[] = [];
		for (const part of ENTRY_PARTS)
			for (const entry of catalogue[part])
				if (entry.references.length === 0)
					findings.push({
						entry: entry.id,
						message: `${entry.id} cites no source: its "references" list is empty.`,
						hint: 'Add the IDs of the source articles (art-NNN, the file sources/NNN_….txt) and specifications in src/editorial/references.yaml that state its facts; if none does, the entry cannot be published.',
					});
		for (const code of catalogue.codes)
			if (code.sources.length === 0)
				findings.push({
					entry: code.id,
					message: `Response code ${code.id} cites no specification.`,
					hint: 'List in "sources" the references.yaml IDs of the code tables that define it.',
				});
		return findings;
	},
};

/** Every reference an entry or a code names exists in references.yaml, and an article reference names its file. */
export const unknownReferenceRule: EditorialRule = {
	code: 'catalogue/unknown-reference',
	description:
		'Every ID in `references` (entries), `sources` and `variants[].source` (codes) is declared in src/editorial/references.yaml; an article reference there names its file under sources/.',
	severity: 'error',
	check(catalogue) {
		const known = new Set(catalogue.references.map((r) => r.id));
		const findings: EditorialFinding[] = [];
		const cite = (owner: string, id: string, field: string) => {
			if (!known.has(id))
				findings.push({
					entry: owner,
					message: `${owner} cites "${id}" in "${field}", but src/editorial/references.yaml has no reference with that ID.`,
					hint: `Add the reference to src/editorial/references.yaml (kind, title, publisher, location; file for an article) or correct the ID.`,
				});
		};
		for (const part of ENTRY_PARTS)
			for (const entry of catalogue[part]) for (const id of entry.references) cite(entry.id, id, 'references');
		for (const code of catalogue.codes) {
			for (const id of code.sources) cite(code.id, id, 'sources');
			for (const variant of code.variants) cite(code.id, variant.source, 'variants');
		}
		for (const reference of catalogue.references)
			if (reference.kind === 'article' && !reference.file)
				findings.push({
					entry: reference.id,
					message: `Reference ${reference.id} is an article but names no file.`,
					hint: 'Give it "file:" with the name of the article under sources/ (e.g. 117_p-993cab571f.txt).',
				});
		return findings;
	},
};
