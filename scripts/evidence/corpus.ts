import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { loadEditorial } from '../pipeline/editorial.ts';
import { listSources, readEditorial, readSources } from '../pipeline/io.ts';
import { prepareSequential, sourceContext } from '../pipeline/prepare-source.ts';
import { runPipeline } from '../pipeline/run.ts';
import type { SourceFile } from '../pipeline/types.ts';
import type { ShownStatement } from './measure.ts';

/**
 * The corpus issue 14 measures the evidence on (`npm run eval:evidence`, tests/evidence/shown.test.ts): the shipped
 * sources and the real pages of the development batches, ingested by the real pipeline, and the statements the entry
 * pages show.
 */

export interface CorpusOptions {
	/** Folder of real pages (default tests/corpus/real/pages). */
	pages?: string | undefined;
	/** Only the pages of this batch. */
	batch?: string | undefined;
	/** Leave out the pages also in this batch. */
	except?: string | undefined;
	/** Every page of the folder, held-out batches too. */
	everyPage?: boolean | undefined;
	/** Include the shipped sources (sources/); default true. */
	shipped?: boolean | undefined;
	/** Use the fact filter (src/editorial/fact-filter.yaml) when it exists; default true. */
	factFilter?: boolean | undefined;
}

export type CorpusResult = { ok: true; sources: number; shown: ShownStatement[] } | { ok: false; diagnostics: readonly Diagnostic[] };

/** Ingests the corpus and returns the statements its entry pages show. */
export async function evidenceCorpus(options: CorpusOptions = {}): Promise<CorpusResult> {
	const sources: SourceFile[] = options.shipped === false ? [] : await readSources(await listSources('sources'));
	sources.push(...(await readPages(options.pages ?? 'tests/corpus/real/pages', options.batch, options.except, options.everyPage ?? false)));
	const editorial = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	if (!editorial.ok) return { ok: false, diagnostics: editorial.diagnostics };
	const { factFilter: _filter, ...withoutFilter } = editorial.value;
	const loaded = options.factFilter === false ? withoutFilter : editorial.value;
	const output = runPipeline({ prepared: prepareSequential(sources, sourceContext(loaded)), editorial: loaded });
	if (!output.files) return { ok: false, diagnostics: output.diagnostics };
	return { ok: true, sources: sources.length, shown: shownStatements(output.files) };
}

/**
 * The real pages (*.txt) of a folder: those of one batch (named by their label file, as `batch` or in `alsoIn`), or by
 * default every page of a development batch (tests/corpus/real/batches.yaml): held-out pages are measured on purpose only.
 */
export async function readPages(dir: string, batch: string | undefined, except?: string, every = false): Promise<SourceFile[]> {
	const roles = new Map(
		(
			(
				parse(await readFile(join(dir, '..', 'batches.yaml'), 'utf8').catch(() => '')) as {
					batches?: Array<{ name: string; role: string }>;
				} | null
			)?.batches ?? []
		).map((b) => [b.name, b.role]),
	);
	const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
	const files: SourceFile[] = [];
	for (const name of names) {
		const label = (parse(await readFile(join(dir, name.replace(/\.txt$/, '.yaml')), 'utf8').catch(() => '')) ?? {}) as {
			batch?: string;
			alsoIn?: string[];
		};
		const batches = [label.batch ?? '', ...(label.alsoIn ?? [])];
		if (except && batches.includes(except)) continue;
		const wanted = batch ? batches.includes(batch) : every || batches.some((b) => roles.get(b) === 'dev');
		if (wanted) files.push({ file: name, bytes: new Uint8Array(await readFile(join(dir, name))) });
	}
	return files;
}

/** The statements each entry page shows, one per distinct statement with all the entries it is shown under. */
export function shownStatements(files: ReadonlyMap<string, unknown>): ShownStatement[] {
	const byId = new Map<string, ShownStatement & { entries: string[] }>();
	for (const name of ['symptoms.json', 'causes.json', 'remedies.json', 'prevention.json', 'cases.json']) {
		for (const entry of (files.get(name) as Array<{
			id: string;
			statements?: Array<{ id: string; kind: string; text: string; sources: Array<{ file: string; line: number; section: string }> }>;
		}>) ?? []) {
			for (const s of entry.statements ?? []) {
				let shown = byId.get(s.id);
				if (!shown) {
					const first = s.sources[0];
					shown = {
						text: s.text,
						entries: [],
						source: first ? `${first.file.replace(/\.txt$/, '')}:${first.line}` : '',
						kind: s.kind,
						heading: first?.section ?? '',
					};
					byId.set(s.id, shown);
				}
				shown.entries.push(entry.id);
			}
		}
	}
	return [...byId.values()];
}
