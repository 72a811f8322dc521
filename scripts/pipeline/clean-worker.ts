import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { StageResult } from '../diagnostics.ts';
import { error } from '../diagnostics.ts';
import { clean, parseCleaningEditorial } from './clean.ts';
import type { CleanSource } from './types.ts';

/**
 * A cleaning thread (scripts/pipeline/prepare-parallel.ts): parses the editorial rules once, then reads and cleans each
 * batch of source files it is sent and answers with the results in the same order. Reading here, not in the main
 * thread, keeps the raw bytes of a large corpus out of the main thread's memory.
 */
const { editorial, dir, maxBytes } = workerData as { editorial: Array<[string, string]>; dir: string; maxBytes?: number };
const rules = parseCleaningEditorial(new Map(editorial), dir);

function readAndClean(file: string, path: string): StageResult<CleanSource> {
	if (!rules.ok) return { ok: false, diagnostics: rules.diagnostics };
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(path));
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? String(e);
		return { ok: false, diagnostics: [error('io/read', { file }, `Cannot read: ${code}.`, 'Check that the file exists and is readable.')] };
	}
	return clean({ file, bytes }, rules.value, { maxBytes });
}

parentPort?.on('message', ({ batch, files }: { batch: number; files: Array<{ file: string; path: string }> }) => {
	parentPort?.postMessage({ batch, results: files.map(({ file, path }) => readAndClean(file, path)) });
});
