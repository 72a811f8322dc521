import type { APIRoute } from 'astro';
import { exportEntries } from '../../lib/export.ts';
import { ENTRIES_SCHEMA_PATH } from '../../shared/export-markdown.ts';

/**
 * The export a help desk imports: every entry with its whole content (src/schemas/export.ts), validated at build
 * time; its JSON Schema is /api/entries.schema.json, and each entry also has its own JSON and Markdown copy.
 */
export const GET: APIRoute = async () => {
	const body = { $schema: ENTRIES_SCHEMA_PATH, entries: await exportEntries() };
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
