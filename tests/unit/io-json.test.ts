import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../scripts/pipeline/io.ts';

describe('jsonText', () => {
	it('writes exactly what JSON.stringify(value, null, 2) writes, at any expansion depth', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
				expect(jsonText(value, { depth, leaves: 'pretty' })).toBe(JSON.stringify(value, null, 2));
			}),
		);
	});
	it('leaves out undefined members like JSON.stringify, and writes null for them in arrays', () => {
		const value = { a: undefined, b: [undefined, 1, () => 0], c: { d: undefined }, e: new Date(0), f: [] };
		expect(jsonText(value, { depth: 3, leaves: 'pretty' })).toBe(JSON.stringify(value, null, 2));
	});
	it('writes the same value with one line per leaf, expanded to any depth (line layout)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
				const text = jsonText(value, { depth, leaves: 'line' });
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
		);
		const report = { sources: [{ file: 'a.txt', kept: [{ line: 1, text: '刷卡失败', entries: ['C-01'] }] }] };
		expect(jsonText(report, { depth: 4, leaves: 'line' })).toBe(
			'{\n  "sources": [\n    {\n      "file": "a.txt",\n      "kept": [\n        {"line":1,"text":"刷卡失败","entries":["C-01"]}\n      ]\n    }\n  ]\n}',
		);
	});
});
