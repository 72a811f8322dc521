import { describe, expect, it } from 'vitest';
import { clean, parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { cleanInParallel, threadsFor } from '../../scripts/pipeline/clean-parallel.ts';
import { listSources, readEditorial, readSources } from '../../scripts/pipeline/io.ts';

describe('cleanInParallel', () => {
	it('gives exactly the sequential results, in source order, on several threads', async () => {
		const editorial = await readEditorial('src/editorial');
		const rules = parseCleaningEditorial(editorial);
		if (!rules.ok) throw new Error('editorial data invalid');
		const listed = await listSources('sources');
		// Each source twice, so that batches and threads interleave.
		const twice = [...listed, ...listed].map((s, i) => ({ ...s, file: `${i}-${s.file}` }));
		const parallel = await cleanInParallel(twice, editorial, { dir: 'src/editorial', threads: 2 });
		const bytes = new Map((await readSources('sources')).map((s) => [s.file, s.bytes]));
		const sequential = twice.map((s) => clean({ file: s.file, bytes: bytes.get(s.file.replace(/^\d+-/, ''))! }, rules.value));
		expect(parallel).toEqual(sequential);
	});

	it('reports an unreadable file as a diagnostic, not an exception', async () => {
		const [result] = await cleanInParallel(
			[{ file: 'missing.txt', path: 'sources/does-not-exist.txt' }],
			await readEditorial('src/editorial'),
			{
				dir: 'src/editorial',
				threads: 2,
			},
		);
		expect(result).toMatchObject({ ok: false, diagnostics: [{ code: 'io/read', file: 'missing.txt' }] });
	});

	it('uses one thread for small corpora', () => {
		expect(threadsFor(5)).toBe(1);
		expect(threadsFor(10_000)).toBeGreaterThanOrEqual(1);
	});
});
