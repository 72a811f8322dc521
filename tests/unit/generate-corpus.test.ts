import { describe, expect, it } from 'vitest';
import { generateCorpus, hashSeed, mulberry32, readCorpusSources } from '../../bench/generate-corpus.ts';
import { clean, parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';

/** Smoke test of the benchmark's corpus generator (the benchmark itself runs with `npm run bench`, not here). */
const sources = await readCorpusSources('sources');

describe('generate-corpus', () => {
	it('gives the same bytes for the same seed', () => {
		const a = generateCorpus(sources, { n: 20, seed: 'x' });
		const b = generateCorpus(sources, { n: 20, seed: 'x' });
		expect(a.map((f) => f.file)).toEqual(b.map((f) => f.file));
		for (const [i, file] of a.entries()) expect(Buffer.from(file.bytes).equals(Buffer.from(b[i]!.bytes))).toBe(true);
	});
	it('differs for different seeds', () => {
		const a = generateCorpus(sources, { n: 5, seed: 1 });
		const b = generateCorpus(sources, { n: 5, seed: 2 });
		expect(a.map((f) => f.file)).not.toEqual(b.map((f) => f.file));
	});
	it('makes N files with distinct names; a smaller corpus is a prefix of a larger one', () => {
		const small = generateCorpus(sources, { n: 7, seed: 's' });
		const large = generateCorpus(sources, { n: 30, seed: 's' });
		expect(large).toHaveLength(30);
		expect(new Set(large.map((f) => f.file)).size).toBe(30);
		expect(large.slice(0, 7).map((f) => f.file)).toEqual(small.map((f) => f.file));
	});
	it('produces articles the cleaner accepts and has promotion to remove', async () => {
		const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
		if (!editorial.ok) throw new Error('editorial data does not parse');
		let removed = 0;
		for (const article of generateCorpus(sources, { n: 40, seed: 'clean' })) {
			const result = clean(article, editorial.value);
			expect(result.ok, article.file).toBe(true);
			if (result.ok) removed += result.value.removed.length;
		}
		expect(removed).toBeGreaterThan(0);
	});
	it('the PRNG is deterministic and in [0, 1)', () => {
		const a = mulberry32(hashSeed('seed'));
		const b = mulberry32(hashSeed('seed'));
		const values = Array.from({ length: 100 }, () => a());
		expect(values).toEqual(Array.from({ length: 100 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
	});
});
