import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listSources, readSources } from '../../scripts/pipeline/io.ts';
import type { PipelineOutput } from '../../scripts/pipeline/run.ts';
import { runOn, shippedEditorial } from '../helpers/pipeline.ts';

/**
 * Goldens of the stages that need every article at once (12 link, 13 report, 14 emit, 15 search vocabulary, 16 search
 * index), over the shipped corpus, in tests/fixtures/shipped-corpus/: one reviewable line per decision, so a diff
 * shows what moved. Stage 11 (merge) is tests/fixtures/placement-seeds/ (tests/unit/placement.golden.test.ts); stages
 * 1–10 are the per-article folders (tests/unit/golden.test.ts). Rewrite only deliberately: UPDATE_GOLDEN=1, then
 * review the diff.
 * - `link.tsv` (12): every relation of every published entry, declared and derived: entry, field, targets.
 * - `report.tsv` (13): per source, its encoding and conversions, passages kept, removals per rule, and what it
 *   contributed; then the unplaced and withheld statements counted per kind and per check.
 * - `emit.tsv` (14): per published entry: collection, id, title, the fields it carries, its statement ids.
 * - `search.tsv` (15–16): the compiled vocabulary's sizes, its pinyin spellings, the de-obfuscation rules queries get, then per index entry: id, type,
 *   address and name field.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DIR = 'tests/fixtures/shipped-corpus';

let output: PipelineOutput;
type Entry = Record<string, unknown> & { id: string; title?: string; statements?: Array<{ id: string }> };
let collections: Array<[string, Entry[]]>;

beforeAll(async () => {
	output = runOn(await readSources(await listSources('sources')), await shippedEditorial());
	collections = [...(output.files ?? new Map<string, unknown>())]
		.filter((pair): pair is [string, Entry[]] => Array.isArray(pair[1]))
		.sort(([a], [b]) => (a < b ? -1 : 1));
}, 300_000);

function check(file: string, rows: readonly string[]): void {
	const actual = `${rows.join('\n')}\n`;
	const path = join(DIR, file);
	if (UPDATE) {
		mkdirSync(DIR, { recursive: true });
		writeFileSync(path, actual);
		return;
	}
	expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
	expect(actual).toBe(readFileSync(path, 'utf8'));
}

const counts = (values: readonly string[]): string => {
	const by = new Map<string, number>();
	for (const value of values) by.set(value, (by.get(value) ?? 0) + 1);
	return (
		[...by]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([value, n]) => `${value}=${n}`)
			.join(',') || '-'
	);
};

/** Fields of an entry that name other entries (declared in the catalogue or derived by the link). */
const RELATIONS = ['symptoms', 'causes', 'remedies', 'prevention', 'codes', 'cases', 'related'];

describe('stages across articles, over the shipped corpus', () => {
	it('runs without errors (non-vacuity: the goldens below describe a real run)', () => {
		expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(collections.length).toBeGreaterThanOrEqual(5);
		expect(output.report?.sources.length).toBeGreaterThan(50);
	});

	it('links the entries as reviewed (stage 12)', () => {
		const rows: string[] = [];
		for (const [, entries] of collections)
			for (const entry of entries)
				for (const field of RELATIONS) {
					const targets = entry[field];
					if (Array.isArray(targets) && targets.length > 0 && targets.every((t) => typeof t === 'string'))
						rows.push(`${entry.id}\t${field}\t${[...targets].sort().join(',')}`);
				}
		expect(rows.length).toBeGreaterThan(100);
		check('link.tsv', rows);
	});

	it('reports every source as reviewed (stage 13)', () => {
		const report = output.report;
		expect(report).toBeDefined();
		if (!report) return;
		const rows = report.sources.map((s) =>
			[
				s.file,
				s.encoding,
				s.conversions.join(',') || '-',
				`kept ${s.kept.length}`,
				`removed ${counts(s.removed.map((r) => r.rule))}`,
				`contributed ${s.contributed.statements} to ${s.contributed.entries.length}`,
			].join('\t'),
		);
		rows.push(`unplaced\t${counts(report.unplaced.map((u) => u.kind))}`);
		rows.push(`withheld\t${counts(report.withheld.flatMap((w) => w.statements.map((s) => `${s.check}/${s.rule}`)))}`);
		rows.push(`contradictions\t${report.contradictions.map((c) => `${c.code}:${c.claimed}=${c.occurrences}`).join(',') || '-'}`);
		check('report.tsv', rows);
	});

	it('emits the collections as reviewed (stage 14)', () => {
		const rows = collections.flatMap(([file, entries]) =>
			entries.map((e) =>
				[file, e.id, e.title ?? '-', Object.keys(e).sort().join(','), (e.statements ?? []).map((s) => s.id).join(',') || '-'].join('\t'),
			),
		);
		check('emit.tsv', rows);
	});

	it('compiles the search vocabulary and index as reviewed (stages 15–16)', () => {
		const vocabulary = JSON.parse(String(output.files?.get('search-vocabulary.json'))) as {
			traditional: Record<string, string>;
			typos: Record<string, string>;
			synonyms: Record<string, string>;
			codes: string[];
			entries: string[];
			deobfuscation?: { pinyin: Record<string, string[]>; rules: Array<{ id: string }> };
		};
		const index = JSON.parse(String(output.files?.get('search-index.json'))) as {
			entries: Array<{ id: string; type: string; url: string; fields: string[] }>;
		};
		const rows = [
			`vocabulary\ttraditional ${Object.keys(vocabulary.traditional).length}\ttypos ${Object.keys(vocabulary.typos).length}\tsynonyms ${Object.keys(vocabulary.synonyms).length}\tcodes ${vocabulary.codes.length}\tentries ${vocabulary.entries.length}`,
			`pinyin\t${Object.entries(vocabulary.typos)
				.filter(([wrong]) => /^[a-z']+$/.test(wrong))
				.map(([wrong, right]) => `${wrong}=${right}`)
				.join(',')}`,
			`deobfuscation\tpinyin ${Object.keys(vocabulary.deobfuscation?.pinyin ?? {}).length}\t${(vocabulary.deobfuscation?.rules ?? []).map((r) => r.id).join(',')}`,
			...index.entries.map((e) => [e.id, e.type, e.url, e.fields[0] ?? '-'].join('\t')),
		];
		expect(index.entries.length).toBeGreaterThan(100);
		check('search.tsv', rows);
	});
});
