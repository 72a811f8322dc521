import { parentPort, workerData } from 'node:worker_threads';
import { clean, parseCleaningEditorial } from './clean.ts';
import type { SourceFile } from './types.ts';

/**
 * A cleaning thread (scripts/pipeline/clean-parallel.ts): parses the editorial rules once, then cleans each batch of
 * sources it is sent and answers with the results in the same order. Stages 1–4 are pure, so threads need nothing else.
 */
const { editorial, dir, maxBytes } = workerData as { editorial: Array<[string, string]>; dir: string; maxBytes?: number };
const rules = parseCleaningEditorial(new Map(editorial), dir);

parentPort?.on('message', ({ batch, sources }: { batch: number; sources: SourceFile[] }) => {
	if (!rules.ok) {
		parentPort?.postMessage({ batch, results: sources.map(() => ({ ok: false, diagnostics: rules.diagnostics })) });
		return;
	}
	const results = sources.map((source) => clean(source, rules.value, { maxBytes }));
	parentPort?.postMessage({ batch, results });
});
