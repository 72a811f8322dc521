import type { APIRoute, GetStaticPaths } from 'astro';
import { exportEntries } from '../../../lib/export.ts';
import type { ExportEntry } from '../../../schemas/export.ts';

/**
 * One entry of /api/entries.json on its own: /api/entries/R-07.json. Its schema is the export's entry schema,
 * /api/entries.schema.json#/properties/entries/items.
 */
export const getStaticPaths = (async () =>
	(await exportEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ExportEntry }> = ({ props }) =>
	new Response(`${JSON.stringify(props.entry, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
