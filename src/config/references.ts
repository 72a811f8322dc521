import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Reference, referenceSchema } from '../schemas/reference.ts';

let cache: Map<string, Reference> | undefined;

/**
 * The references of src/editorial/references.yaml by ID, validated, read once per build (the pipeline has already
 * rejected an invalid file). The export resolves the `references` IDs of entries with them.
 */
export function referencesById(root = '.'): Map<string, Reference> {
	cache ??= new Map(
		((parse(readFileSync(`${root}/src/editorial/references.yaml`, 'utf8')) ?? []) as unknown[]).map((raw) => {
			const reference = referenceSchema.parse(raw);
			return [reference.id, reference];
		}),
	);
	return cache;
}
