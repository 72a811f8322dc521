import { describe, expect, it } from 'vitest';
import type { Screen } from '../../scripts/pipeline/stages/screen.ts';
import { screen } from '../../scripts/pipeline/stages/screen.ts';
import { EXAM_BANK } from '../../scripts/rules/statement-form/exam-bank.ts';

const page = (lines: readonly string[]) => lines.map((text, i) => ({ line: i + 1, text }));

describe('exam-bank', () => {
	it('has a kebab-case id, a description and examples of both kinds', () => {
		expect(EXAM_BANK.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
		expect(EXAM_BANK.description.length).toBeGreaterThan(40);
		expect(EXAM_BANK.examples.some((e) => e.withholds.length > 0)).toBe(true);
		expect(EXAM_BANK.examples.some((e) => e.withholds.length === 0)).toBe(true);
	});
	it.each(EXAM_BANK.examples.map((e) => [e.lines.join(' / '), e] as const))('withholds the items of %j', (_name, example) => {
		expect([...EXAM_BANK.find(page(example.lines)).keys()].sort((a, b) => a - b)).toEqual(example.withholds);
	});
	it('says what showed the bank', () => {
		expect(EXAM_BANK.find(page(['最新试题', '冲正交易由POS自动发起。'])).get(2)).toBe('最新试题');
	});
	it('the screen withholds a bank item whatever its own form, and lets the rest of the page through', () => {
		const passAll: Screen = { check: () => undefined, heading: (s) => s, headingGate: () => undefined };
		const unit = (line: number, text: string) => ({ kind: 'background' as const, text, provenance: { file: 'a.txt', line, section: '' } });
		const lines = page(['余额不足时交易会被拒绝。', '最新试题', '助农取款服务点可以向持卡人取款手续费收取现金。']);
		const { kept, withheld } = screen([unit(1, lines[0]!.text), unit(3, lines[2]!.text)], passAll, lines);
		expect(kept.map((u) => u.provenance.line)).toEqual([1]);
		expect(withheld.map((u) => u.withheld)).toEqual([{ check: 'form', rule: 'exam-bank', label: 'question', found: '最新试题' }]);
	});
});
