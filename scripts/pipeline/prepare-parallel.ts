import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StageResult } from '../diagnostics.ts';
import { type PreparedSource, type SourceContext, structureSource } from './prepare-source.ts';
import type { CleanSource } from './types.ts';

/**
 * Step 2 of the pipeline (scripts/pipeline/prepare-source.ts) for a large corpus. Cleaning, the costly part, runs on
 * worker threads (scripts/pipeline/clean-worker.ts), which read the files themselves, in batches; the main thread
 * structures each cleaned source as its batch arrives (errata, segment, classify, cut, place), instead of idling until
 * the last batch. Results come back in source order, exactly as the sequential loop in run.ts would give them. Worth
 * it only for large corpora: a thread costs ~100 ms to start.
 */

/** Sources per message: large enough to make messaging cheap, small enough to keep every thread busy to the end. */
const BATCH = 100;

/** Batches a thread holds at once: the one it cleans and the next. */
const IN_FLIGHT = 2;

/** Old-generation heap of a cleaning thread, in MB. */
const WORKER_HEAP_MB = 96;

export const threadsFor = (sources: number): number => (sources < 1000 ? 1 : Math.max(1, Math.min(availableParallelism(), 8)));

export async function prepareInParallel(
	sources: ReadonlyArray<{ file: string; path: string }>,
	editorial: ReadonlyMap<string, string>,
	options: {
		dir: string;
		/** The same context the sequential pipeline builds (run.ts `sourceContext`): structuring happens here. */
		context: SourceContext;
		maxBytes?: number | undefined;
		threads: number;
		onProgress?: ((done: number, total: number) => void) | undefined;
	},
): Promise<Array<StageResult<PreparedSource>>> {
	const results: Array<StageResult<PreparedSource>> = new Array(sources.length);
	const batches = Math.ceil(sources.length / BATCH);
	let nextBatch = 0;
	let done = 0;
	const workerData = { editorial: [...editorial], dir: options.dir, maxBytes: options.maxBytes };
	const pool = new Map<string, string>();
	const run = (worker: Worker) =>
		new Promise<void>((resolve, reject) => {
			let pending = 0;
			const send = () => {
				if (nextBatch >= batches) {
					if (pending === 0) resolve();
					return;
				}
				pending++;
				const batch = nextBatch++;
				worker.postMessage({ batch, files: sources.slice(batch * BATCH, (batch + 1) * BATCH) });
			};
			worker.on('message', ({ batch, results: cleaned }: { batch: number; results: Array<StageResult<CleanSource>> }) => {
				pending--;
				// The next batch goes out first, so the thread cleans it while this one is structured here.
				send();
				for (const [i, result] of cleaned.entries()) {
					if (result.ok) shareRepeatedStrings(result.value, pool);
					results[batch * BATCH + i] = structureSource(result, options.context);
				}
				done += cleaned.length;
				options.onProgress?.(done, sources.length);
			});
			worker.on('error', reject);
			// Two batches in flight per thread: when the main thread is busy structuring, a thread that finishes one batch
			// goes on with the next instead of waiting for the main thread to send it.
			for (let k = 0; k < IN_FLIGHT; k++) send();
		});
	const workers = Array.from(
		{ length: Math.min(options.threads, batches) },
		() =>
			new Worker(new URL('./clean-worker.ts', import.meta.url), {
				workerData,
				// A thread holds two batches at a time (~2 MB of text): a small heap makes it collect often instead of growing
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

/**
 * Strings arrive from a thread as copies, one per occurrence; the rule IDs, de-obfuscated words and removed boilerplate
 * of an account repeat across thousands of articles (~570,000 substitutions at 10,000 articles). One shared copy of
 * each saves ~50 MB there. Changes only which string objects hold the same text.
 */
function shareRepeatedStrings(source: CleanSource, pool: Map<string, string>): void {
	const share = (text: string): string => {
		const known = pool.get(text);
		if (known !== undefined) return known;
		pool.set(text, text);
		return text;
	};
	source.encoding = share(source.encoding);
	source.conversions = source.conversions.map(share);
	for (const s of source.substitutions) {
		s.rule = share(s.rule);
		s.from = share(s.from);
		s.to = share(s.to);
	}
	for (const r of source.removed) {
		r.rule = share(r.rule);
		r.text = share(r.text);
	}
}

/**
 * Yields each item once and removes it from the array: handed to the pipeline as its `prepared` input, the results are
 * then held by the pipeline alone, which releases what it no longer needs.
 */
export function* handOver<T>(items: Array<T | undefined>): Generator<T> {
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as T;
		items[i] = undefined;
		yield item;
	}
}
