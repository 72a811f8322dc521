import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../scripts/pipeline/catalogue.ts';
import { clean, parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { classify } from '../../scripts/pipeline/stages/classify.ts';
import { correct } from '../../scripts/pipeline/stages/correct.ts';
import { segment } from '../../scripts/pipeline/stages/segment.ts';
import type { ClassifiedItem } from '../../scripts/pipeline/types.ts';

/**
 * Golden tests of stages 5–6 (segment, classify) on the seed sources, after cleaning and errata:
 * tests/fixtures/structure-<source-id>/expected-items.tsv, one item per line:
 * line, role, depth, kind, heading path, label, text. Rewrite only deliberately: UPDATE_GOLDEN=1, then review the diff.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const texts = await readEditorial('src/editorial');
const rules = parseCleaningEditorial(texts);
const catalogue = parseCatalogue(texts, 'src/editorial');
if (!rules.ok || !catalogue.ok) throw new Error('editorial data invalid: run npm run ingest for details');

const render = (items: readonly ClassifiedItem[]) =>
	`${items.map((i) => [`L${i.line}`, i.role, i.depth, i.kind, i.headings.join(' › '), i.label, i.text].join('\t')).join('\n')}\n`;

describe('golden: structure of the seed sources', () => {
	const seeds = readdirSync('sources').filter((name) => !name.startsWith('.'));
	it.each(seeds.map((name) => [name]))('%s', (file) => {
		const cleaned = clean(
			{ file, bytes: new Uint8Array(readFileSync(join('sources', file))) },
			rules.ok ? rules.value : (undefined as never),
		);
		expect(cleaned.ok).toBe(true);
		if (!cleaned.ok || !catalogue.ok) return;
		const actual = render(classify(segment(correct(cleaned.value, catalogue.value.errata).source)));
		const dir = join('tests/fixtures', `structure-${file.replace(/\.[^.]+$/, '')}`);
		if (UPDATE) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'expected-items.tsv'), actual);
			return;
		}
		expect(existsSync(join(dir, 'expected-items.tsv')), `${dir} missing: run with UPDATE_GOLDEN=1`).toBe(true);
		expect(actual).toBe(readFileSync(join(dir, 'expected-items.tsv'), 'utf8'));
	});
});
