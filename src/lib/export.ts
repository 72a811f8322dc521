import { getCollection } from 'astro:content';
import { referencesById } from '../config/references.ts';
import { type ExportEntry, exportEntrySchema } from '../schemas/export.ts';
import { codeCategoryLabel } from '../shared/code-categories.ts';
import { entryCopyPaths } from '../shared/export-markdown.ts';
import { COLLECTION_OF_KIND, ENTRY_PATH, type EntryKind, RELATION_FIELDS } from '../shared/relations.ts';
import { allEntries } from './entries.ts';

type Ref = string | { id: string };
const idOf = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);

interface PublishedStatement {
	id: string;
	kind: string;
	text: string;
	occurrences: number;
	sourceCount: number;
	sources: Array<{ file: string; section: string; line: number }>;
}

/** Source files with the lines of the shown statements, then the cited files that no statement comes from. */
function sourcesOf(statements: readonly PublishedStatement[], files: readonly string[]): ExportEntry['sources'] {
	const lines = new Map<string, Set<number>>();
	for (const s of statements) for (const p of s.sources) (lines.get(p.file) ?? lines.set(p.file, new Set()).get(p.file)!).add(p.line);
	for (const file of files) if (!lines.has(file)) lines.set(file, new Set());
	return [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, at]) => ({ file, lines: [...at].sort((a, b) => a - b) }));
}

let cache: Promise<ExportEntry[]> | undefined;

/**
 * Every published entry as the export gives it (src/schemas/export.ts), in the order of COLLECTION_OF_KIND and by ID,
 * validated against the export schema, so a build whose export does not match its published schema fails.
 */
export function exportEntries(): Promise<ExportEntry[]> {
	cache ??= (async () => {
		const summaries = await allEntries();
		const references = referencesById();
		const out: ExportEntry[] = [];
		for (const kind of Object.keys(COLLECTION_OF_KIND) as EntryKind[]) {
			for (const { data } of await getCollection(COLLECTION_OF_KIND[kind])) {
				const d = data as unknown as Record<string, unknown> & {
					id: string;
					related: string[];
					sources?: string[];
					statements?: PublishedStatement[];
					references: Array<string | { id: string }>;
					steps?: string[];
					category?: 'A' | 'B' | 'C' | 'D' | 'E';
				};
				const { match: _match, statements = [], sources = [], references: cited, ...rest } = d;
				const relationFields: readonly string[] = RELATION_FIELDS[kind];
				const relations = Object.fromEntries(relationFields.map((field) => [field, ((d[field] as Ref[]) ?? []).map(idOf)]));
				const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !relationFields.includes(key)));
				const url = ENTRY_PATH[kind](d.id);
				const entry: Record<string, unknown> = {
					...fields,
					type: kind,
					title: summaries.get(d.id)?.title ?? d.id,
					url,
					copies: entryCopyPaths(d.id),
					relations,
					sources: sourcesOf(statements, sources),
					references: cited.map((ref) => (typeof ref === 'string' ? references.get(ref) : ref)).filter((r) => r !== undefined),
					statements,
				};
				if (kind === 'remedy') entry.steps = (d.steps ?? []).map((text, i) => ({ n: i + 1, text, url: `${url}#step-${i + 1}` }));
				if (kind === 'code') entry.categoryLabel = codeCategoryLabel(d.category);
				const parsed = exportEntrySchema.safeParse(entry);
				if (!parsed.success)
					throw new Error(
						`/api/entries.json: ${d.id} does not match src/schemas/export.ts: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
					);
				// The identifying fields first, for a reader of the file; the schema's own order after them.
				const { id, type, title, url: path, ...content } = parsed.data;
				out.push({ id, type, title, url: path, ...content } as ExportEntry);
			}
		}
		return out;
	})();
	return cache;
}
