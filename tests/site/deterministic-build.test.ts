import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode as run } from '../helpers/cli.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';

/** Every file under `dir`, as sorted paths relative to it. */
async function files(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
		.sort();
}

/** Files that differ between two folders (missing on either side, or different bytes). */
async function differences(a: string, b: string): Promise<string[]> {
	const [left, right] = [await files(a), await files(b)];
	const out = [
		...left.filter((f) => !right.includes(f)).map((f) => `only in ${a}: ${f}`),
		...right.filter((f) => !left.includes(f)).map((f) => `only in ${b}: ${f}`),
	];
	for (const f of left.filter((x) => right.includes(x))) {
		if (!(await readFile(join(a, f))).equals(await readFile(join(b, f)))) out.push(`differs: ${f}`);
	}
	return out;
}

/**
 * Two clean builds give byte-identical output. The first build is the one `npm test` made (dist/, src/content/generated/,
 * build/ingest-report.json); this builds once more into a temporary folder, with its own Astro cache so nothing is
 * reused, and compares every file.
 */
describe('deterministic builds', () => {
	let tmp: string;
	beforeAll(async () => {
		assertBuilt();
		tmp = await mkdtemp(join(tmpdir(), 'kb-determinism-'));
	});
	afterAll(() => rm(tmp, { recursive: true, force: true }));

	it('the pipeline writes the same content collections and report twice', async () => {
		const result = run(['scripts/ingest.ts', '--quiet', '--out', `${tmp}/generated`, '--report', `${tmp}/report.json`]);
		expect(result.status, result.stderr).toBe(0);
		expect(await differences('src/content/generated', `${tmp}/generated`)).toEqual([]);
		expect((await readFile(`${tmp}/report.json`)).equals(await readFile('build/ingest-report.json'))).toBe(true);
	});

	it('astro build (with Pagefind, sitemap, redirects and CSP) writes a byte-identical site twice', async () => {
		const result = run(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', `${tmp}/dist`], {
			env: { KB_CACHE_DIR: `${tmp}/cache` },
		});
		expect(result.status, result.stderr).toBe(0);
		const second = await files(`${tmp}/dist`);
		expect(second.length).toBeGreaterThan(100);
		expect(second).toContain('pagefind/pagefind.js');
		expect(second).toContain('_headers');
		expect(await differences(DIST, `${tmp}/dist`)).toEqual([]);
	}, 180_000);
});
