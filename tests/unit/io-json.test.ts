import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../scripts/pipeline/io.ts';

describe('jsonPieces', () => {
	it('writes exactly what JSON.stringify(value, null, 2) writes, at any expansion depth', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
				expect([...jsonPieces(value, '', depth)].join('')).toBe(JSON.stringify(value, null, 2));
			}),
		);
	});
	it('leaves out undefined members like JSON.stringify, and writes null for them in arrays', () => {
		const value = { a: undefined, b: [undefined, 1, () => 0], c: { d: undefined }, e: new Date(0), f: [] };
		expect([...jsonPieces(value, '', 3)].join('')).toBe(JSON.stringify(value, null, 2));
	});
});
