import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import type { CleanSource } from '../../scripts/pipeline/types.ts';

/**
 * Golden tests of stages 1–4. Seeds: tests/fixtures/clean-<source-id>/ for every file in sources/ (the input is read from
 * sources/, never copied). Rule classes: tests/fixtures/promo-<class>/input.txt, hand-written.
 * Each folder holds expected-clean.txt (`L<line>\t<text>` per kept block) and expected-removed.json (the removals).
 * Run with UPDATE_GOLDEN=1 to rewrite them — then review the diff line by line.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = 'tests/fixtures';

const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!editorial.ok) throw new Error(JSON.stringify(editorial.diagnostics, null, 2));

const render = (result: CleanSource) => ({
	clean: `${result.blocks.map((block) => `L${block.line}\t${block.text}`).join('\n')}\n`,
	removed: `${JSON.stringify(result.removed, null, '\t')}\n`,
});

function check(name: string, file: string, bytes: Uint8Array) {
	const result = clean({ file, bytes }, editorial.ok ? editorial.value : (undefined as never));
	expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
	if (!result.ok) return;
	const dir = join(FIXTURES, name);
	const actual = render(result.value);
	if (UPDATE) {
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'expected-clean.txt'), actual.clean);
		writeFileSync(join(dir, 'expected-removed.json'), actual.removed);
		return;
	}
	expect(existsSync(join(dir, 'expected-clean.txt')), `${dir} missing: run with UPDATE_GOLDEN=1`).toBe(true);
	expect(actual.clean).toBe(readFileSync(join(dir, 'expected-clean.txt'), 'utf8'));
	expect(actual.removed).toBe(readFileSync(join(dir, 'expected-removed.json'), 'utf8'));
}

const seeds = readdirSync('sources').filter((name) => !name.startsWith('.'));
const promoFixtures = readdirSync(FIXTURES).filter((name) => name.startsWith('promo-'));

describe('golden: seed sources', () => {
	it.each(seeds.map((name) => [name]))('%s', (name) => {
		check(`clean-${name.replace(/\.[^.]+$/, '')}`, name, new Uint8Array(readFileSync(join('sources', name))));
	});
});

describe('golden: hand-written rule-class fixtures', () => {
	it('covers every rule class', () => {
		expect(promoFixtures.length).toBeGreaterThanOrEqual(15);
	});
	it.each(promoFixtures.map((name) => [name]))('%s', (name) => {
		check(name, `${name}.txt`, new Uint8Array(readFileSync(join(FIXTURES, name, 'input.txt'))));
	});
});
