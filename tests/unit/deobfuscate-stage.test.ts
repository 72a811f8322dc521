import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deobfuscate } from '../../scripts/pipeline/stages/deobfuscate.ts';
import { parseDeobfuscationTable } from '../../scripts/rules/deobfuscation.ts';

const parsed = parseDeobfuscationTable(readFileSync('src/editorial/deobfuscation.yaml', 'utf8'), 'src/editorial/deobfuscation.yaml');
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
const table = parsed.value;

const doc = (...texts: string[]) => ({
	file: 'a.txt',
	encoding: 'utf-8',
	conversions: [],
	lines: texts.map((text, i) => ({ line: i + 1, text })),
});

describe('deobfuscate', () => {
	it('applies the table to every line and logs each substitution with rule and line', () => {
		const result = deobfuscate(doc('POS机刷KA卡失败', '', '保护个人信xi息,若涉及炸骗请报警'), table);
		expect(result.lines.map((l) => l.text)).toEqual(['POS机刷卡失败', '', '保护个人信息,若涉及诈骗请报警']);
		expect(result.substitutions).toEqual([
			{ line: 1, rule: 'pinyin-inserted', from: 'KA卡', to: '卡' },
			{ line: 3, rule: 'pinyin-inserted', from: 'xi息', to: '息' },
			{ line: 3, rule: 'homophone-fraud', from: '炸骗', to: '诈骗' },
		]);
	});

	it('handles the pinyin class generically, not only the listed words', () => {
		const result = deobfuscate(doc('核对付fu款金额,查询账zhang户,转zhuan账失败,额e度不足'), table);
		expect(result.lines[0]?.text).toBe('核对付款金额,查询账户,转账失败,额度不足');
	});

	it('drops unrecoverable masks with an empty replacement', () => {
		const result = deobfuscate(doc('可采取POSS措施'), table);
		expect(result.lines[0]?.text).toBe('可采取措施');
		expect(result.substitutions[0]).toEqual({ line: 1, rule: 'mask-dropped', from: 'POSS', to: '' });
	});

	it('shields URLs so promotion stripping still sees them', () => {
		const result = deobfuscate(doc('办理入口:www.poskaxi.com/pos?ka=1,信xi息'), table);
		expect(result.lines[0]?.text).toBe('办理入口:www.poskaxi.com/pos?ka=1,信息');
	});

	it('keeps blank lines and metadata, and is idempotent', () => {
		const once = deobfuscate(doc('刷KA卡', '  ', 'pos机'), table);
		expect(once.lines[1]).toEqual({ line: 2, text: '  ' });
		const twice = deobfuscate(once, table);
		expect(twice.lines).toEqual(once.lines);
		expect(twice.substitutions).toEqual([]);
	});
});
