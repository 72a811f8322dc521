import { describe, expect, it } from 'vitest';
import { foreignCodeTarget } from '../../scripts/editorial-checks/foreign-codes.ts';
import { referenceKnown } from '../../scripts/editorial-checks/sources.ts';
import type { ForeignOnlyCode, ResponseCode } from '../../src/schemas/response-code.ts';
import { foreignCodeSchema } from '../../src/schemas/response-code.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const closed: ForeignOnlyCode = {
	code: '46',
	schemes: ['Visa'],
	english: ['CLOSED ACCOUNT'],
	meaning: '账户已关闭',
	see: 'C-01',
	note: '银联的应答码表没有 46。',
	sources: ['art-test'],
};

describe('foreign/unknown-entry', () => {
	it('accepts a foreign code that leads to an entry', () => {
		expect(foreignCodeTarget.check(smallCatalogue({ foreignCodes: [closed] }))).toEqual([]);
	});

	it('rejects an unknown target, a code UnionPay has, and a code listed twice, with file and entry', () => {
		const catalogue = smallCatalogue({
			foreignCodes: [{ ...closed, see: 'C-99' }, closed],
			codes: [{ id: '46', remedies: [] } as unknown as ResponseCode],
			locations: new Map([['foreignCodes:46', { file: 'src/editorial/foreign-codes.yaml', line: 3 }]]),
		});
		const found = foreignCodeTarget.check(catalogue);
		expect(found[0]).toMatchObject({
			code: 'foreign/unknown-entry',
			file: 'src/editorial/foreign-codes.yaml',
			line: 3,
			entry: 'foreignCodes:46',
		});
		expect(found.map((d) => d.message)).toEqual([
			'Foreign code 46 leads to C-99, which is not an entry of the catalogue.',
			'Foreign code 46 is also a UnionPay code of codes.yaml.',
			'Foreign code 46 is also a UnionPay code of codes.yaml.',
			'Foreign code 46 is listed twice.',
		]);
	});

	it('catalogue/unknown-reference covers the sources of foreign mappings', () => {
		const code = { id: '51', sources: ['art-test'], variants: [], foreign: { sources: ['no-such-table'] } } as unknown as ResponseCode;
		const messages = referenceKnown
			.check(smallCatalogue({ codes: [code], foreignCodes: [{ ...closed, sources: ['gone'] }] }))
			.map((d) => d.message);
		expect(messages).toEqual([
			'51 cites "no-such-table" in "foreign.sources", but src/editorial/references.yaml has no reference with that ID.',
			'foreignCodes:46 cites "gone" in "sources", but src/editorial/references.yaml has no reference with that ID.',
		]);
	});
});

describe('the foreign mapping of a code', () => {
	it('needs a note when the meaning differs, and English in capitals', () => {
		const base = { english: ['NO ACTION TAKEN'], schemes: ['Visa'], sources: ['antom-iso-codes'] };
		expect(foreignCodeSchema.safeParse({ ...base, same: false }).success).toBe(false);
		expect(foreignCodeSchema.safeParse({ ...base, same: false, note: 'Visa 的 21 是“未做处理”。' }).success).toBe(true);
		expect(foreignCodeSchema.safeParse({ ...base, english: ['no action taken'], same: true }).success).toBe(false);
	});
});
