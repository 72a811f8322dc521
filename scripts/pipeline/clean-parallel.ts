import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CleanSource, StageResult } from './types.ts';

/**
 * Stage 1–4 (cleaning) on several threads. Each source is cleaned independently, so a large corpus is cut into batches
 * and handed to worker threads (scripts/pipeline/clean-worker.ts), which read the files themselves; results come back in source order, exactly as the
 * sequential loop in run.ts would give them. Worth it only for large corpora: a thread costs ~100 ms to start.
 */

/** Sources per message: large enough to make messaging cheap, small enough to keep every thread busy to the end. */
const BATCH = 100;

/** Old-generation heap of a cleaning thread, in MB. */
const WORKER_HEAP_MB = 96;

export const threadsFor = (sources: number): number => (sources < 1000 ? 1 : Math.max(1, Math.min(availableParallelism(), 8)));

export async function cleanInParallel(
	sources: ReadonlyArray<{ file: string; path: string }>,
	editorial: ReadonlyMap<string, string>,
	options: {
		dir: string;
		maxBytes?: number | undefined;
		threads: number;
		onProgress?: ((done: number, total: number) => void) | undefined;
	},
): Promise<Array<StageResult<CleanSource>>> {
	const results: Array<StageResult<CleanSource>> = new Array(sources.length);
	const batches = Math.ceil(sources.length / BATCH);
	let nextBatch = 0;
	let done = 0;
	const workerData = { editorial: [...editorial], dir: options.dir, maxBytes: options.maxBytes };
	const run = (worker: Worker) =>
		new Promise<void>((resolve, reject) => {
			const send = () => {
				if (nextBatch >= batches) {
					resolve();
					return;
				}
				const batch = nextBatch++;
				worker.postMessage({ batch, files: sources.slice(batch * BATCH, (batch + 1) * BATCH) });
			};
			worker.on('message', ({ batch, results: batchResults }: { batch: number; results: Array<StageResult<CleanSource>> }) => {
				for (const [i, result] of batchResults.entries()) results[batch * BATCH + i] = result;
				done += batchResults.length;
				options.onProgress?.(done, sources.length);
				send();
			});
			worker.on('error', reject);
			send();
		});
	const workers = Array.from(
		{ length: Math.min(options.threads, batches) },
		() =>
			new Worker(new URL('./clean-worker.ts', import.meta.url), {
				workerData,
				// A thread holds one batch at a time (~1 MB of text): a small heap makes it collect often instead of growing
				// to hundreds of MB beside the main thread's.
				resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
			}),
	);
	try {
		await Promise.all(workers.map(run));
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results;
}
