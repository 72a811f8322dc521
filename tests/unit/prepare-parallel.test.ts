import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { listSources, readEditorial, readSources } from '../../scripts/pipeline/io.ts';
import { prepareInParallel, threadsFor } from '../../scripts/pipeline/prepare-parallel.ts';
import { prepareSource, sourceContext } from '../../scripts/pipeline/prepare-source.ts';
import { shippedEditorial } from '../helpers/pipeline.ts';

describe('prepareInParallel', () => {
	it('gives exactly the sequential results, in source order, on several threads', async () => {
		const editorial = await readEditorial('src/editorial');
		const context = sourceContext(await shippedEditorial());
		const listed = await listSources('sources');
		// Each source twice, so that batches and threads interleave.
		const twice = [...listed, ...listed].map((s, i) => ({ ...s, file: `${i}-${s.file}` }));
		const parallel = await prepareInParallel(twice, editorial, { dir: 'src/editorial', context, threads: 2 });
		const bytes = new Map((await readSources(listed)).map((s) => [s.file, s.bytes]));
		const sequential = twice.map((s) => prepareSource({ file: s.file, bytes: bytes.get(s.file.replace(/^\d+-/, ''))! }, context));
		expect(parallel).toEqual(sequential);
		// Not vacuous: the sources were cleaned, cut into statements and placed.
		const units = sequential.flatMap((r) => (r.ok ? r.value.units : []));
		expect(units.length).toBeGreaterThan(100);
		expect(units.some((u) => u.entries.some((e) => e.startsWith('C-')))).toBe(true);
	});

	it('reports an unreadable file as a diagnostic, not an exception', async () => {
		const editorial = await readEditorial('src/editorial');
		const [result] = await prepareInParallel([{ file: 'missing.txt', path: 'sources/does-not-exist.txt' }], editorial, {
			dir: 'src/editorial',
			context: sourceContext(await shippedEditorial()),
			threads: 2,
		});
		expect(result).toMatchObject({ ok: false, diagnostics: [{ code: 'io/read', file: 'missing.txt' }] });
	});

	it('uses one thread below 1,000 sources, and from 1,000 on one per core, at most 8', () => {
		expect(threadsFor(5)).toBe(1);
		expect(threadsFor(999)).toBe(1);
		expect(threadsFor(1000)).toBe(Math.min(availableParallelism(), 8));
		expect(threadsFor(10_000)).toBe(Math.min(availableParallelism(), 8));
	});
});
