import type { Diagnostic } from '../diagnostics.ts';
import { type EditorialCheck, ENTRY_PARTS, entryLocation } from './types.ts';

/**
 * Rules for sources (src/editorial/references.yaml): every statement of fact in the catalogue traces to a source
 * article or a specification, so every entry names what it rests on, and every name it cites exists.
 */

const CODES_FILE = 'src/editorial/codes.yaml';
const REFERENCES_FILE = 'src/editorial/references.yaml';
const FOREIGN_CODES_FILE = 'src/editorial/foreign-codes.yaml';
const TIMINGS_FILE = 'src/editorial/timings.yaml';

/**
 * Every catalogue entry cites at least one source article or specification. Statements placed from the sources of a
 * run are not enough: another corpus (KB_SOURCES) may place none.
 */
export const entrySourced: EditorialCheck = {
	code: 'catalogue/unsourced',
	description:
		'Every symptom, cause, remedy, prevention measure and case lists in `references` at least one source article or specification of references.yaml; every response code at least one document in `sources`.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		for (const [part, file] of ENTRY_PARTS)
			for (const entry of catalogue[part])
				if (entry.references.length === 0)
					out.push({
						severity: this.severity,
						code: this.code,
						...entryLocation(catalogue, entry.id, file),
						message: `${entry.id} cites no source: its "references" list is empty.`,
						hint: 'Add the IDs of the source articles (art-NNN, the file sources/NNN_….txt) and specifications in src/editorial/references.yaml that state its facts; if none does, the entry cannot be published.',
					});
		for (const code of catalogue.codes)
			if (code.sources.length === 0)
				out.push({
					severity: this.severity,
					code: this.code,
					...entryLocation(catalogue, code.id, CODES_FILE),
					message: `Response code ${code.id} cites no specification.`,
					hint: 'List in "sources" the references.yaml IDs of the code tables that define it.',
				});
		return out;
	},
};

/** Every reference an entry or a code names exists in references.yaml, and an article reference names its file. */
export const referenceKnown: EditorialCheck = {
	code: 'catalogue/unknown-reference',
	description:
		'Every ID in `references` (entries), `sources`, `variants[].source` and `foreign.sources` (codes) `sources` (foreign-codes.yaml) and `references` (timings.yaml) is declared in references.yaml; an article reference there names its file under sources/.',
	severity: 'error',
	check(catalogue) {
		const known = new Set(catalogue.references.map((r) => r.id));
		const out: Diagnostic[] = [];
		const cite = (owner: string, file: string, id: string, field: string) => {
			if (!known.has(id))
				out.push({
					severity: this.severity,
					code: this.code,
					...entryLocation(catalogue, owner, file),
					message: `${owner} cites "${id}" in "${field}", but src/editorial/references.yaml has no reference with that ID.`,
					hint: 'Add the reference to src/editorial/references.yaml (kind, title, publisher, location; file for an article) or correct the ID.',
				});
		};
		for (const [part, file] of ENTRY_PARTS)
			for (const entry of catalogue[part]) for (const id of entry.references) cite(entry.id, file, id, 'references');
		for (const code of catalogue.codes) {
			for (const id of code.sources) cite(code.id, CODES_FILE, id, 'sources');
			for (const variant of code.variants) cite(code.id, CODES_FILE, variant.source, 'variants');
			for (const id of code.foreign?.sources ?? []) cite(code.id, CODES_FILE, id, 'foreign.sources');
		}
		for (const code of catalogue.foreignCodes)
			for (const id of code.sources) cite(`foreignCodes:${code.code}`, FOREIGN_CODES_FILE, id, 'sources');
		for (const timing of catalogue.timings)
			for (const id of timing.references) cite(`timings:${timing.id}`, TIMINGS_FILE, id, 'references');
		for (const reference of catalogue.references)
			if (reference.kind === 'article' && !reference.file)
				out.push({
					severity: this.severity,
					code: this.code,
					...entryLocation(catalogue, reference.id, REFERENCES_FILE),
					message: `Reference ${reference.id} is an article but names no file.`,
					hint: 'Give it "file:" with the name of the article under sources/ (e.g. 117_p-993cab571f.txt).',
				});
		return out;
	},
};
