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
function removalsOf(example: string, rules: readonly PromotionRule[]) {
	const lines = [EXAMPLE_TITLE, ...example.split('\n')].map((text, index) => ({ line: index + 1, text }));
	return stripLines(lines, rules, context, { article: true }).removed;
}

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
