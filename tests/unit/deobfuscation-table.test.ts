import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deobfuscateLine } from '../../scripts/pipeline/stages/deobfuscate.ts';
import { parseDeobfuscationTable } from '../../scripts/rules/deobfuscation.ts';

const FILE = 'src/editorial/deobfuscation.yaml';
const parsed = parseDeobfuscationTable(readFileSync(FILE, 'utf8'), FILE);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics, null, 2));
const table = parsed.value;

describe('the de-obfuscation table (src/editorial/deobfuscation.yaml)', () => {
	it.each(table.rules.map((rule) => [rule.id, rule] as const))('%s: the example gives its output and the rule fires', (_id, rule) => {
		const result = deobfuscateLine(rule.example.input, table);
		expect(result.text).toBe(rule.example.output);
		expect(result.substitutions.map((s) => s.rule)).toContain(rule.id);
	});

	it('keeps legitimate Latin', () => {
		for (const text of [
			'POS机',
			'APP',
			'ATM机',
			'IC卡',
			'NFC支付',
			'存在bug或兼容性问题',
			'POS(Point of Sale)机',
			'lovepos.net',
			'http://www.mepos.cn/a?b=pos',
			'A股上市企业',
			'a. 读卡器损坏',
		]) {
			expect(deobfuscateLine(text, table).text).toBe(text);
		}
	});
});

describe('parseDeobfuscationTable', () => {
	const rule = (extra: string) =>
		`pinyin: { 卡: [ka] }\nrules:\n  - id: my-rule\n    description: a rule for the test\n    example: { input: a, output: b }\n${extra}`;

	it('names the file and the rule when a field is wrong', () => {
		const result = parseDeobfuscationTable(rule('    kind: literal\n    replace: x\n'), 'table.yaml');
		expect(result.ok).toBe(false);
		expect(result.diagnostics[0]).toMatchObject({ code: 'deobfuscation/invalid-rule', file: 'table.yaml', entry: 'my-rule' });
		expect(result.diagnostics[0]?.message).toContain('find');
	});

	it('reports regexes that do not compile', () => {
		const result = parseDeobfuscationTable(rule("    kind: regex\n    pattern: '(unclosed'\n    replace: x\n"), 'table.yaml');
		expect(result.diagnostics[0]).toMatchObject({ code: 'deobfuscation/bad-pattern', entry: 'my-rule' });
	});

	it('reports duplicate ids and YAML syntax errors with a line', () => {
		const twice = `${rule('    kind: literal\n    find: a\n    replace: b\n')}  - id: my-rule\n    description: again the same id\n    kind: literal\n    find: c\n    replace: d\n    example: { input: c, output: d }\n`;
		expect(parseDeobfuscationTable(twice, 't.yaml').diagnostics[0]).toMatchObject({ code: 'deobfuscation/duplicate-id', entry: 'my-rule' });
		const broken = parseDeobfuscationTable('rules: [\n  - id: x', 't.yaml');
		expect(broken.diagnostics[0]).toMatchObject({ code: 'deobfuscation/yaml', file: 't.yaml' });
		expect(broken.diagnostics[0]?.line).toBeGreaterThan(0);
	});
});
