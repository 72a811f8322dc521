import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseEntryList } from '../../scripts/pipeline/catalogue.ts';
import { erratumSchema } from '../../src/schemas/erratum.ts';

describe('parseEntryList', () => {
	it('names file, line, entry and field for a schema violation', () => {
		const result = parseEntryList(
			'- id: E-01\n  find: 自动柜员机\n  replace: POS 终端\n  note: ok note\n- id: E-02\n  find: ""\n  replace: x\n  note: 太短了吗\n',
			'errata.yaml',
			erratumSchema,
		);
		expect(result.ok).toBe(false);
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				code: 'catalogue/schema',
				file: 'errata.yaml',
				line: 5,
				entry: 'E-02',
				message: expect.stringContaining('find'),
			}),
		]);
	});
	it('rejects a duplicate ID', () => {
		const entry = '- id: E-01\n  find: a\n  replace: b\n  note: 重复的编号\n';
		const result = parseEntryList(entry + entry, 'errata.yaml', erratumSchema);
		expect(result.diagnostics.map((d) => d.code)).toEqual(['catalogue/duplicate-id']);
	});
	it('reports YAML syntax errors with their line', () => {
		const result = parseEntryList('- id: E-01\n  find: [unclosed\n', 'errata.yaml', erratumSchema);
		expect(result.ok).toBe(false);
		expect(result.diagnostics[0]).toMatchObject({ code: 'catalogue/yaml', file: 'errata.yaml' });
		expect(result.diagnostics[0]!.line).toBeGreaterThan(0);
	});
	it('records the line of every entry', () => {
		const result = parseEntryList(
			'- id: E-01\n  find: a\n  replace: b\n  note: 第一个勘误\n- id: E-02\n  find: c\n  replace: d\n  note: 第二个勘误\n',
			'errata.yaml',
			erratumSchema,
		);
		expect(result.ok && [...result.value.lines]).toEqual([
			['E-01', 1],
			['E-02', 5],
		]);
	});
});

describe('parseCatalogue', () => {
	it('treats a missing file as an empty list', () => {
		const result = parseCatalogue(new Map(), 'src/editorial');
		expect(result.ok && result.value.causes).toEqual([]);
	});
	it('rejects a file that is not a list', () => {
		const result = parseCatalogue(new Map([['errata.yaml', 'id: E-01\n']]), 'src/editorial');
		expect(result.ok).toBe(false);
		expect(result.diagnostics[0]).toMatchObject({ code: 'catalogue/not-a-list', file: 'src/editorial/errata.yaml' });
	});
});
