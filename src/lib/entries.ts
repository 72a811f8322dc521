import { getCollection } from 'astro:content';
import { COLLECTION_OF_KIND, ENTRY_PATH, type EntryKind, kindOfId } from '../shared/relations.ts';

/** A link target: what every cross-link on the site needs to know about an entry. */
export interface EntrySummary {
	id: string;
	kind: EntryKind;
	title: string;
	path: string;
	summary: string;
	/** The day an editor last reviewed it (src/editorial/reviews.yaml), YYYY-MM-DD. */
	lastReviewed: string;
}

let cache: Promise<Map<string, EntrySummary>> | undefined;

/** All published entries by ID, loaded once per build. */
export function allEntries(): Promise<Map<string, EntrySummary>> {
	cache ??= (async () => {
		const map = new Map<string, EntrySummary>();
		for (const kind of Object.keys(COLLECTION_OF_KIND) as EntryKind[]) {
			for (const entry of await getCollection(COLLECTION_OF_KIND[kind])) {
				const data = entry.data as { title?: string; meaning?: string; summary?: string; explanation?: string; lastReviewed: string };
				const title = kind === 'code' ? `应答码 ${entry.id}：${data.meaning}` : (data.title ?? entry.id);
				const summary = data.summary ?? data.explanation ?? '';
				map.set(entry.id, { id: entry.id, kind, title, path: ENTRY_PATH[kind](entry.id), summary, lastReviewed: data.lastReviewed });
			}
		}
		return map;
	})();
	return cache;
}

/** Resolves IDs (or `{ id }` references) to summaries, keeping their order; throws on an unknown ID so a broken link fails the build. */
export async function resolveAll(ids: ReadonlyArray<string | { id: string }>): Promise<EntrySummary[]> {
	const entries = await allEntries();
	return ids.map((ref) => {
		const id = typeof ref === 'string' ? ref : ref.id;
		const entry = entries.get(id);
		if (!entry)
			throw new Error(`Broken reference to ${id} (${kindOfId(id) ?? 'unknown type'}): run npm run ingest and check src/editorial.`);
		return entry;
	});
}

/** The collections whose entries each get a page at /<collection>/<id>/. */
type EntryCollection = (typeof COLLECTION_OF_KIND)[EntryKind];

/** getStaticPaths of an entry collection's pages: one page per entry, the entry as its prop. */
export function entryPaths<C extends EntryCollection>(collection: C) {
	return async () => (await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The EntryPage props every catalogue entry passes the same way (response codes have their own). */
export function catalogueEntryProps<
	D extends { id: string; title: string; summary: string; aliases: string[]; category: string; audience: string[]; statements: unknown[] },
>(data: D) {
	return {
		id: data.id,
		title: data.title,
		description: data.summary,
		relations: data,
		aliases: data.aliases,
		category: data.category,
		audience: data.audience,
		statements: data.statements as D['statements'],
	};
}
