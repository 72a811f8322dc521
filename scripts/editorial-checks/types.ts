import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';

/**
 * An editorial rule: a small object with a stable code, what it checks in one sentence, its severity, and a check
 * over the validated catalogue that returns one diagnostic per problem (file, line, entry, message, how to fix).
 * `npm run ingest` runs every rule in scripts/editorial-checks/index.ts; each has its own test.
 */
export interface EditorialCheck {
	/** Stable diagnostic code, e.g. `catalogue/reply-staff`. */
	code: string;
	/** What the rule requires, for the README and the rule's test. */
	description: string;
	severity: Diagnostic['severity'];
	check(catalogue: Catalogue): Diagnostic[];
}

/**
 * The catalogue parts of written entries (they state facts, cite their references and follow the writing rules), with
 * their files.
 */
export const ENTRY_PARTS = [
	['symptoms', 'src/editorial/symptoms.yaml'],
	['causes', 'src/editorial/causes.yaml'],
	['remedies', 'src/editorial/remedies.yaml'],
	['prevention', 'src/editorial/prevention.yaml'],
	['cases', 'src/editorial/cases.yaml'],
] as const;

/** Where an entry is declared, for a diagnostic about it. */
export function entryLocation(catalogue: Catalogue, id: string, fallback: string): Pick<Diagnostic, 'file' | 'line' | 'entry'> {
	const at = catalogue.locations.get(id);
	return { file: at?.file ?? fallback, line: at?.line, entry: id };
}
