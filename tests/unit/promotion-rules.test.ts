import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { stripLines } from '../../scripts/pipeline/stages/strip-promotion.ts';
import { PROMOTION_RULES } from '../../scripts/rules/promotion/index.ts';
import { EXAMPLE_TITLE, type PromotionRule } from '../../scripts/rules/promotion/types.ts';

const editorial = parseCleaningEditorial(await readEditorial('src/editorial'));
if (!editorial.ok) throw new Error(JSON.stringify(editorial.diagnostics, null, 2));
const context = editorial.value.promotion;

/** Runs rules on an example body under the fixed example title. */
function stripped(example: string, rules: readonly PromotionRule[]) {
	const lines = [EXAMPLE_TITLE, ...example.split('\n')].map((text, index) => ({ line: index + 1, text }));
	return stripLines(lines, rules, context, { article: true });
}
const removalsOf = (example: string, rules: readonly PromotionRule[]) => stripped(example, rules).removed;

/**
 * What each rule alone leaves of each of its `removes` examples (the kept blocks after the example title, `⏎` between them), one
 * reviewable line per example: `rule id ⇥ example ⇥ what is left` (an empty third field when it removes everything). A
 * rule that starts eating facts next to its promotion, or stops removing part of it, changes this file. Rewrite it only
 * deliberately: UPDATE_GOLDEN=1, then review the diff.
 */
const LEAVES = 'tests/fixtures/promotion-rules/leaves.tsv';
const oneLine = (text: string) => text.replaceAll('\t', '⇥').replaceAll('\n', '⏎');
const leaves = PROMOTION_RULES.flatMap((rule) =>
	rule.examples.removes.map(
		(text) =>
			`${rule.id}\t${oneLine(text)}\t${oneLine(
				stripped(text, [rule])
					.blocks.map((block) => block.text)
					.filter((block, i) => i > 0 || block !== EXAMPLE_TITLE)
					.join('\n'),
			)}`,
	),
);

describe('promotion rule registry', () => {
	it('has unique kebab-case ids, a description and both kinds of examples for every rule', () => {
		const ids = PROMOTION_RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of PROMOTION_RULES) {
			expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
			expect(rule.description.length).toBeGreaterThan(20);
			expect(rule.examples.removes.length, `${rule.id} removes`).toBeGreaterThan(0);
			expect(rule.examples.keeps.length, `${rule.id} keeps`).toBeGreaterThan(0);
		}
	});
});

describe('what each rule leaves of its examples', () => {
	it(`matches ${LEAVES}`, () => {
		const actual = `${leaves.join('\n')}\n`;
		if (process.env.UPDATE_GOLDEN === '1') {
			mkdirSync('tests/fixtures/promotion-rules', { recursive: true });
			writeFileSync(LEAVES, actual);
		}
		expect(existsSync(LEAVES), `${LEAVES} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
		expect(actual).toBe(readFileSync(LEAVES, 'utf8'));
	});
});

describe.each(PROMOTION_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
	it.each(rule.examples.removes.map((text) => [text]))('removes something from %j', (text) => {
		expect(removalsOf(text, [rule]).map((r) => r.rule)).toContain(rule.id);
	});
	it.each(rule.examples.keeps.map((text) => [text]))('leaves %j alone', (text) => {
		expect(removalsOf(text, [rule])).toEqual([]);
	});
	it.each(rule.examples.keeps.map((text) => [text]))('no other rule touches the trap %j either', (text) => {
		expect(removalsOf(text, PROMOTION_RULES)).toEqual([]);
	});
});
