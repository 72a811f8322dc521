import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where a text found on a built page came from, so that a page-check message names what an editor can act on: the
 * statement (its ID), its source file and line, and the entry it is shown on; or the section heading quoted in 出处; or
 * the catalogue entry whose own text it is. Built from the content collections the site was built from.
 */

export interface Origin {
	what: 'statement' | 'heading' | 'catalogue';
	/** Statement ID (`s-…` on the page), or the entry ID for catalogue text. */
	id: string;
	entry: string;
	/** Source file and line (statements and headings). */
	file?: string | undefined;
	line?: number | undefined;
}

interface Candidate extends Origin {
	text: string;
}

interface PublishedEntry {
	id: string;
	statements?: Array<{ id: string; text: string; sources?: Array<{ file: string; line: number; section?: string }> }>;
	[field: string]: unknown;
}

/** Reads every collection file of `dir` (src/content/generated) into an origin finder. Missing folder: finds nothing. */
export async function loadOrigins(dir = 'src/content/generated'): Promise<(text: string) => Origin | undefined> {
	const candidates: Candidate[] = [];
	let names: string[] = [];
	try {
		names = (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('search-'));
	} catch {
		return () => undefined;
	}
	for (const name of names) {
		const entries = JSON.parse(await readFile(join(dir, name), 'utf8')) as PublishedEntry[];
		if (!Array.isArray(entries)) continue;
		for (const entry of entries) candidates.push(...originsOf(entry));
	}
	return (text) => findOrigin(candidates, text);
}

/** The candidates of one published entry: its statements, the headings they quote, and its own text. */
export function originsOf(entry: PublishedEntry): Candidate[] {
	const out: Candidate[] = [];
	for (const statement of entry.statements ?? []) {
		const first = statement.sources?.[0];
		out.push({ what: 'statement', id: statement.id, entry: entry.id, file: first?.file, line: first?.line, text: statement.text });
		for (const place of statement.sources ?? [])
			if (place.section)
				out.push({ what: 'heading', id: statement.id, entry: entry.id, file: place.file, line: place.line, text: place.section });
	}
	const { statements: _statements, sources: _sources, ...own } = entry;
	out.push({ what: 'catalogue', id: entry.id, entry: entry.id, text: JSON.stringify(own) });
	return out;
}

/** The first candidate that contains the text (or that the text contains, for a short one), statements first. */
export function findOrigin(candidates: readonly Candidate[], text: string): Origin | undefined {
	const needle = text.trim();
	if (needle === '') return undefined;
	const found =
		candidates.find((c) => c.what !== 'catalogue' && c.text.includes(needle)) ??
		candidates.find((c) => c.what !== 'catalogue' && c.text.length >= 6 && needle.includes(c.text)) ??
		candidates.find((c) => c.what === 'catalogue' && c.text.includes(needle));
	if (!found) return undefined;
	const { text: _text, ...origin } = found;
	return origin;
}

/** The message part naming an origin: `statement s-ab12 (p-1.txt line 4, on C-03)`. */
export function describeOrigin(origin: Origin | undefined): string {
	if (!origin) return 'page text not found in the content collections';
	if (origin.what === 'catalogue') return `catalogue entry ${origin.entry}`;
	const where = origin.file ? `${origin.file} line ${origin.line}` : 'unknown source';
	return origin.what === 'heading'
		? `section heading quoted in 出处 of statement s-${origin.id} (${where}, on ${origin.entry})`
		: `statement s-${origin.id} (${where}, on ${origin.entry})`;
}
