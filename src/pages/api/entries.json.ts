import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { COLLECTION_OF_KIND, ENTRY_PATH, type EntryKind } from '../../shared/relations.ts';

/**
 * Machine-readable export of every entry: id, type, title, url, related (exactly the entries its page links to,
 * from the same `related` list the page is rendered from) and sources (source files, or the IDs of the specifications an
 * entry rests on).
 */
export const GET: APIRoute = async () => {
	const entries = [];
	for (const kind of Object.keys(COLLECTION_OF_KIND) as EntryKind[]) {
		for (const { data } of await getCollection(COLLECTION_OF_KIND[kind])) {
			const d = data as {
				id: string;
				title?: string;
				meaning?: string;
				related: string[];
				sources?: string[];
				references?: Array<string | { id: string }>;
			};
			entries.push({
				id: d.id,
				type: kind,
				title: d.title ?? `应答码 ${d.id}：${d.meaning}`,
				url: ENTRY_PATH[kind](d.id),
				related: d.related,
				// Source files; an entry resting only on specifications (and a code) lists their reference IDs.
				sources: d.sources?.length ? d.sources : (d.references ?? []).map((r) => (typeof r === 'string' ? r : r.id)),
			});
		}
	}
	return new Response(`${JSON.stringify({ entries }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
