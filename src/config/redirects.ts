import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { COLLECTION_OF_KIND, ENTRY_PATH, type EntryKind } from '../shared/relations.ts';

/**
 * Redirects the site publishes: a short link /<ID>/ for every entry (e.g. /R-07/ → /remedies/R-07/), and every
 * moved page listed in src/editorial/redirects.yaml, so a URL that was once published keeps working.
 * Read at config time from the pipeline's output.
 */
export function redirects(root = '.'): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [kind, collection] of Object.entries(COLLECTION_OF_KIND) as Array<[EntryKind, string]>) {
		if (kind === 'code') continue; // codes are already addressed by their code: /codes/51/
		const path = `${root}/src/content/generated/${collection}.json`;
		if (!existsSync(path)) continue;
		for (const { id } of JSON.parse(readFileSync(path, 'utf8')) as Array<{ id: string }>) out[`/${id}/`] = ENTRY_PATH[kind](id);
	}
	const moved = `${root}/src/editorial/redirects.yaml`;
	if (existsSync(moved)) {
		for (const { from, to } of (parse(readFileSync(moved, 'utf8')) ?? []) as Array<{ from: string; to: string }>) out[from] = to;
	}
	return out;
}
