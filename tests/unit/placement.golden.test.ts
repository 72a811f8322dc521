import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { listSources, readSources } from '../../scripts/pipeline/io.ts';
import { roleOf } from '../../scripts/rules/statement-role/index.ts';
import { runOn, shippedEditorial } from '../helpers/pipeline.ts';

/**
 * Golden test of stages 7–8 (merge and placement) on the seed sources: every distinct statement with its kind, the
 * published entries it was placed into, and the places it appears (as pages list them). Statements that fit no entry
 * are rows too (entries `(unplaced)`), so a statement that moves out of or into the catalogue shows in the diff. The
 * five original seed articles (000–004) place every statement except those whose form says they name no problem at all
 * (role `neutral`, scripts/rules/statement-role/: the steps of a normal swipe are no evidence for 刷卡失败); the
 * real-corpus articles (1NN_…) keep the fragments
 * their cleaning leaves (cut-off lines, brand lines), listed here until the cleaner removes them.
 * tests/fixtures/placement-seeds/expected.tsv changes whenever a match rule or an entry changes: the diff shows editors
 * exactly which statements moved. Rewrite only deliberately: UPDATE_GOLDEN=1, then review the diff.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Rows in reading order: by the file of their first place, then its line as a number (000:13 before 000:101), then text. */
function byPlace(a: string, b: string): number {
	const key = (row: string) => /^([^\t,]*):(\d+)/.exec(row) ?? ['', row, '0'];
	const [, fileA, lineA] = key(a);
	const [, fileB, lineB] = key(b);
	if (fileA !== fileB) return fileA! < fileB! ? -1 : 1;
	if (lineA !== lineB) return Number(lineA) - Number(lineB);
	return a < b ? -1 : a > b ? 1 : 0;
}
const FILE = join('tests/fixtures/placement-seeds', 'expected.tsv');

it('places the statements of the seed sources as reviewed', async () => {
	const output = runOn(await readSources(await listSources('sources')), await shippedEditorial());
	expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const collections = [...(output.files?.values() ?? [])].filter(Array.isArray) as Array<
		Array<{ id: string; statements?: Array<{ id: string; kind: string; text: string; sources: Array<{ file: string; line: number }> }> }>
	>;
	// Statement → entries, read back from the published collections (what readers see), plus the report's unpublished ones.
	const placed = new Map<string, { kind: string; text: string; where: string; entries: string[] }>();
	for (const entries of collections) {
		for (const entry of entries) {
			for (const s of entry.statements ?? []) {
				const row = placed.get(s.id) ?? {
					kind: s.kind,
					text: s.text,
					where: s.sources.map((p) => `${p.file}:${p.line}`).join(','),
					entries: [],
				};
				row.entries.push(entry.id);
				placed.set(s.id, row);
			}
		}
	}
	const unplaced = output.report?.unplaced ?? [];
	const rows = [
		...[...placed.entries()].map(([id, r]) => [r.where, id, r.kind, r.entries.sort().join(','), r.text].join('\t')),
		...unplaced.map((u) => [u.sources.join(','), '-', u.kind, '(unplaced)', u.text].join('\t')),
	].sort(byPlace);
	const actual = `${rows.join('\n')}\n`;
	if (UPDATE) {
		mkdirSync('tests/fixtures/placement-seeds', { recursive: true });
		writeFileSync(FILE, actual);
		return;
	}
	expect(existsSync(FILE), `${FILE} missing: run with UPDATE_GOLDEN=1`).toBe(true);
	expect(actual).toBe(readFileSync(FILE, 'utf8'));
	const seedUnplaced = unplaced.filter((u) => u.sources.some((p) => /^00\d_/.test(p)) && roleOf(u.text)?.role !== 'neutral');
	expect(seedUnplaced).toEqual([]);
});
