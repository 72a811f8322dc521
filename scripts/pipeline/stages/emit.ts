import type { QuickDiagnosis } from '../../../src/schemas/diagnosis.ts';
import type { ResponseCode } from '../../../src/schemas/response-code.ts';
import { COLLECTION_OF_KIND, RELATION_FIELDS } from '../../../src/shared/relations.ts';
import type { Catalogue } from '../catalogue.ts';
import type { LinkedEntry } from './link.ts';

/**
 * Stage 14, emit: turn linked entries into the JSON files the site's content collections load
 * (src/content/generated/<collection>.json). Output is deterministic: entries sorted by ID, keys in a fixed order;
 * scripts/pipeline/io.ts writes each as two-space indented JSON with a final newline.
 */

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Places listed per statement on a page. A statement repeated across thousands of articles would otherwise carry
 * thousands of provenance lines into every page that shows it; the report (build/ingest-report.json) keeps them all.
 */
export const MAX_PROVENANCE = 5;

/**
 * The order an entry's statements are shown in: the most representative first. First by how many source files say it,
 * then by how much it tells (distinct two-character words, up to {@link INFORMATIVE_WORDS}: a paragraph-long run-on tells
 * no more than a full sentence), then the shorter (the same in fewer words), then the ID, so the order is stable.
 */
export function rankStatements<S extends { id: string; text: string; sourceCount: number }>(statements: readonly S[]): S[] {
	const told = new Map(statements.map((s) => [s.id, informativeness(s.text)]));
	return [...statements].sort(
		(a, b) =>
			b.sourceCount - a.sourceCount ||
			told.get(b.id)! - told.get(a.id)! ||
			a.text.length - b.text.length ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
}

/** Distinct words a statement uses: what "how much it tells" is measured in. */
export const INFORMATIVE_WORDS = 40;

export function informativeness(text: string): number {
	const words = new Set<string>();
	for (const run of text.match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? [])
		for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
	return Math.min(words.size, INFORMATIVE_WORDS);
}

export function toPublished(entry: LinkedEntry, catalogue: Catalogue): Record<string, unknown> {
	const relations = Object.fromEntries(RELATION_FIELDS[entry.kind].map((field) => [field, entry.relations[field]]));
	// The day an editor last reviewed the entry (reviews.yaml; catalogue/unreviewed makes sure there is one).
	const review = catalogue.reviews.find((r) => r.id === entry.id);
	const lastReviewed = review ? { lastReviewed: review.reviewed } : {};
	if (entry.kind === 'code') {
		const { sources, ...data } = entry.data as ResponseCode;
		// Everything the page cites: the code tables, the documents of its variants and of its foreign-scheme mapping, so
		// the page names each by title (never by its reference ID).
		const referenceIds = [...new Set([...sources, ...data.variants.map((v) => v.source), ...(data.foreign?.sources ?? [])])];
		const references = referenceIds.map((id) => catalogue.references.find((r) => r.id === id)).filter((r) => r !== undefined);
		return { ...data, ...relations, references, related: entry.related, ...lastReviewed };
	}
	const statements = rankStatements(
		entry.statements.map((s) => ({
			...s,
			sources: s.sources.slice(0, MAX_PROVENANCE),
			occurrences: s.sources.length,
			sourceCount: new Set(s.sources.map((p) => p.file)).size,
		})),
	);
	// The entry's source files: those of the places its page shows, and the articles its `references` cite (what its own
	// text rests on, whether or not this corpus placed a statement from them).
	const cited = ((entry.data as { references?: string[] }).references ?? []).flatMap((id) => {
		const file = catalogue.references.find((r) => r.id === id && r.kind === 'article')?.file;
		return file ? [file] : [];
	});
	const sources = [...new Set([...statements.flatMap((s) => s.sources.map((p) => p.file)), ...cited])].sort();
	return { ...entry.data, ...relations, ...quickDiagnosis(entry, catalogue), statements, sources, related: entry.related, ...lastReviewed };
}

/** A symptom's quick diagnosis (diagnosis.yaml), without the symptom ID it is filed under; nothing for other entries. */
function quickDiagnosis(entry: LinkedEntry, catalogue: Catalogue): { diagnosis?: Omit<QuickDiagnosis, 'symptom'> } {
	if (entry.kind !== 'symptom') return {};
	const found = catalogue.diagnosis.find((d) => d.symptom === entry.id);
	if (!found) return {};
	const { symptom: _, ...diagnosis } = found;
	return { diagnosis };
}

/**
 * File name → the JSON value of every collection, foreign-codes.json (the foreign-scheme codes of the code index) and timings.json (how long things take). Values, not text: at 10,000 articles the collections are ~150 MB of
 * JSON, which io.ts writes piece by piece instead of holding it as strings.
 */
export function emit(entries: readonly LinkedEntry[], catalogue: Catalogue): Map<string, unknown[]> {
	const files = new Map<string, unknown[]>();
	for (const [kind, collection] of Object.entries(COLLECTION_OF_KIND)) {
		const published = entries
			.filter((e) => e.kind === kind)
			.sort(byId)
			.map((e) => toPublished(e, catalogue));
		files.set(`${collection}.json`, published);
	}
	// Not a collection: the codes of foreign schemes that the code index lists and its lookup finds.
	files.set(
		'foreign-codes.json',
		[...catalogue.foreignCodes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
	);
	// How long things take (timings.yaml), with the titles of what each window cites, for the pages that show them.
	files.set(
		'timings.json',
		catalogue.timings.map((t) => ({
			...t,
			references: t.references.flatMap((id) => {
				const r = catalogue.references.find((x) => x.id === id);
				return r ? [{ id: r.id, kind: r.kind, title: r.title, publisher: r.publisher }] : [];
			}),
		})),
	);
	return files;
}
