import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../scripts/pipeline/clean.ts';
import { sourceContext, structureSource } from '../../scripts/pipeline/prepare-source.ts';
import { classify } from '../../scripts/pipeline/stages/classify.ts';
import { correct } from '../../scripts/pipeline/stages/correct.ts';
import { segment } from '../../scripts/pipeline/stages/segment.ts';
import type { CleanSource } from '../../scripts/pipeline/types.ts';
import { PROMOTION_RULES } from '../../scripts/rules/promotion/index.ts';
import { shippedEditorial } from '../helpers/pipeline.ts';

/**
 * The golden runner: one folder per article under tests/fixtures/<article>/, each of the same shape.
 * - Input: `input.txt` (a hand-written article, for one rule class), or `input.path`, one line naming the file it reads
 *   (`sources/NNN_….txt` for a shipped source, `tests/corpus/real/pages/p-….txt` for a stored real page), never copied.
 * - One expected file per stage, each compared when it exists:
 *   - `clean.txt` (stages 1–4): `L<line>\t<text>` per kept block;
 *   - `removed.json` (stage 4): the removals, each with its rule;
 *   - `substitutions.json` (stages 2–3): the de-obfuscations (line, rule, from, to) and the Traditional→Simplified
 *     conversions;
 *   - `items.tsv` (stages 5–7, after the errata): line, role, depth, kind, heading path, label, text;
 *   - `placement.tsv` (stages 8–10): one statement per line: line, kind, the entries it is placed into (`-` when none)
 *     or `withheld:<rule>`, text.
 * Run with UPDATE_GOLDEN=1 to write the missing and changed files, then review the diff line by line.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = 'tests/fixtures';
/**
 * Not articles: the goldens of the whole shipped corpus, the merge (tests/unit/placement.golden.test.ts) and stages 12–16
 * (tests/unit/corpus.golden.test.ts), and what each promotion rule leaves of its examples (tests/unit/promotion-rules.test.ts).
 */
const NOT_ARTICLES = new Set(['placement-seeds', 'shipped-corpus', 'promotion-rules']);

const editorial = await shippedEditorial();
const context = sourceContext(editorial);

/** The bytes an article folder reads, and the file name the pipeline sees. */
function input(dir: string): { file: string; bytes: Uint8Array } {
	const own = join(dir, 'input.txt');
	if (existsSync(own)) return { file: `${dir.split('/').at(-1)}.txt`, bytes: new Uint8Array(readFileSync(own)) };
	const path = readFileSync(join(dir, 'input.path'), 'utf8').trim();
	return { file: path.split('/').at(-1)!, bytes: new Uint8Array(readFileSync(path)) };
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;
const lines = (rows: readonly string[]) => `${rows.join('\n')}\n`;

/** Every stage's result for one article, rendered as its expected file. */
function render(dir: string): Record<string, string> {
	const cleaned = clean(input(dir), editorial.cleaning);
	if (!cleaned.ok) throw new Error(`${dir}: ${JSON.stringify(cleaned.diagnostics)}`);
	const source: CleanSource = cleaned.value;
	const items = classify(segment(correct(source, editorial.catalogue.errata).source));
	const prepared = structureSource(cleaned, context);
	if (!prepared.ok) throw new Error(dir);
	const { units, withheld } = prepared.value;
	const statements = [
		...units.map((u) => ({ line: u.provenance.line, row: [u.kind, u.entries.length ? [...u.entries].sort().join(',') : '-', u.text] })),
		...withheld.map((u) => ({ line: u.provenance.line, row: [u.kind, `withheld:${u.withheld.rule}`, u.text] })),
	].sort((a, b) => a.line - b.line);
	return {
		'clean.txt': lines(source.blocks.map((block) => `L${block.line}\t${block.text}`)),
		'removed.json': json(source.removed),
		'substitutions.json': json({ substitutions: source.substitutions, conversions: source.conversions }),
		'items.tsv': lines(items.map((i) => [`L${i.line}`, i.role, i.depth, i.kind, i.headings.join(' › '), i.label, i.text].join('\t'))),
		'placement.tsv': lines(statements.map((s) => [`L${s.line}`, ...s.row].join('\t'))),
	};
}

const articles = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((d) => d.isDirectory() && !NOT_ARTICLES.has(d.name))
	.map((d) => d.name)
	.sort();
const rendered = new Map(articles.map((name) => [name, render(join(FIXTURES, name))]));

describe('golden: one folder per article, one expected file per stage', () => {
	it.each(articles)('%s', (name) => {
		const dir = join(FIXTURES, name);
		for (const [file, actual] of Object.entries(rendered.get(name)!)) {
			const path = join(dir, file);
			const expected = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
			if (UPDATE) {
				if (expected !== actual) writeFileSync(path, actual);
				continue;
			}
			expect(expected, `${path} missing: run with UPDATE_GOLDEN=1 and review it`).toBeDefined();
			expect(actual, path).toBe(expected);
		}
	});
});

describe('golden: every rule is in some expected file', () => {
	const removedBy = new Set<string>();
	const substitutedBy = new Set<string>();
	for (const name of articles) {
		const dir = join(FIXTURES, name);
		const removed = join(dir, 'removed.json');
		if (existsSync(removed)) for (const r of JSON.parse(readFileSync(removed, 'utf8')) as Array<{ rule: string }>) removedBy.add(r.rule);
		const substitutions = join(dir, 'substitutions.json');
		if (existsSync(substitutions))
			for (const s of (JSON.parse(readFileSync(substitutions, 'utf8')) as { substitutions: Array<{ rule: string }> }).substitutions)
				substitutedBy.add(s.rule);
	}

	it('every promotion rule removes something in some removed.json', () => {
		expect(PROMOTION_RULES.map((r) => r.id).filter((id) => !removedBy.has(id))).toEqual([]);
	});

	it('every de-obfuscation rule substitutes something in some substitutions.json', () => {
		expect(editorial.cleaning.deobfuscation.rules.map((r) => r.id).filter((id) => !substitutedBy.has(id))).toEqual([]);
	});
});
