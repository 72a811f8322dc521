import type { APIRoute, GetStaticPaths } from 'astro';
import { publicOrigin } from '../../../config/site.ts';
import { allEntries } from '../../../lib/entries.ts';
import { exportEntries } from '../../../lib/export.ts';
import type { ExportEntry } from '../../../schemas/export.ts';
import { entryMarkdown } from '../../../shared/export-markdown.ts';

/** The Markdown copy of an entry, /api/entries/R-07.md: its page as Markdown, for pasting (src/shared/export-markdown.ts). */
export const getStaticPaths = (async () =>
	(await exportEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ExportEntry }> = async ({ props }) => {
	const titles = new Map([...(await allEntries())].map(([id, e]) => [id, { title: e.title, url: e.path }]));
	return new Response(entryMarkdown(props.entry, titles, publicOrigin() ?? ''), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
};
