import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README's stage table (How the pipeline works) and the three functions that run the stages, `clean()`
 * (scripts/pipeline/clean.ts), `structureSource()` (scripts/pipeline/prepare-source.ts) and `runPipeline()`
 * (scripts/pipeline/run.ts), say the same thing: each stage is one call under a `// N. name:` comment, in the table's
 * order, and each row names the entry file that function imports.
 */

interface Row {
	number: string;
	stage: string;
	entry: string;
	runsIn: string;
}

const RUNNERS: Record<string, { file: string; from: string; to: RegExp }> = {
	'clean()': { file: 'scripts/pipeline/clean.ts', from: 'export function clean(', to: /^}/m },
	'structureSource()': { file: 'scripts/pipeline/prepare-source.ts', from: 'export function structureSource(', to: /^}/m },
	'runPipeline()': { file: 'scripts/pipeline/run.ts', from: 'export function runPipeline(', to: /^}/m },
};

/** The stage table: the rows after the `<!-- stages` marker. */
function readmeRows(): Row[] {
	const readme = readFileSync('README.md', 'utf8');
	const table = readme.slice(readme.indexOf('<!-- stages'));
	const rows: Row[] = [];
	let runsIn = '';
	for (const line of table.split('\n').slice(1)) {
		if (rows.length > 0 && !line.startsWith('|')) break;
		const cells = line.split('|').map((c) => c.trim());
		if (!/^\d+$/.test(cells[1] ?? '')) continue;
		runsIn = /`([A-Za-z]+\(\))`/.exec(cells[4] ?? '')?.[1] ?? runsIn;
		rows.push({ number: cells[1]!, stage: cells[2]!, entry: (cells[3] ?? '').replaceAll('`', ''), runsIn });
	}
	return rows;
}

/** The body of a runner function, from its declaration to the closing brace at the start of a line. */
function body(runner: string): string {
	const { file, from, to } = RUNNERS[runner]!;
	const text = readFileSync(file, 'utf8');
	const start = text.indexOf(from);
	expect(start, `${from} in ${file}`).toBeGreaterThanOrEqual(0);
	const rest = text.slice(start);
	return rest.slice(0, to.exec(rest)?.index ?? rest.length);
}

/** `// N. name:` comments of a body, in order (ranges such as `1–9.` are summaries, not stages). */
const numberedComments = (text: string) =>
	[...text.matchAll(/^\s*\/\/ (\d+)\. ([a-z -]+):/gm)].map((m) => ({ number: m[1]!, stage: m[2]!.trim() }));

describe('pipeline recipe', () => {
	const rows = readmeRows();

	it('has a README stage table', () => {
		expect(rows.length).toBeGreaterThanOrEqual(10);
		expect(rows.map((r) => Number(r.number))).toEqual(rows.map((_, i) => i + 1));
	});

	it('runs the stages in the order of the table, one numbered comment each', () => {
		const inCode = Object.keys(RUNNERS).flatMap((runner) => numberedComments(body(runner)).map((c) => ({ ...c, runsIn: runner })));
		expect(inCode).toEqual(rows.map(({ number, stage, runsIn }) => ({ number, stage, runsIn })));
	});

	it("names each stage's entry file, which the function running it imports", () => {
		for (const row of rows) {
			expect(existsSync(row.entry), row.entry).toBe(true);
			const runner = readFileSync(RUNNERS[row.runsIn]!.file, 'utf8');
			const imported = [...runner.matchAll(/from '(\.[^']+)'/g)].map((m) => `scripts/pipeline/${m[1]!.replace(/^\.\//, '')}`);
			expect(imported, `${row.runsIn} imports ${row.entry}`).toContain(row.entry);
		}
	});
});
