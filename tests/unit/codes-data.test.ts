import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { responseCodeSchema } from '../../src/schemas/response-code.ts';

const read = (path: string): unknown => parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));

const codes = z.array(responseCodeSchema).parse(read('../../src/editorial/codes.yaml'));
const references = z.array(referenceSchema).parse(read('../../src/editorial/references.yaml'));
const byId = new Map(codes.map((c) => [c.id, c]));

/** IDs of the catalogue entries a code may link to. */
const idsIn = (file: string): Set<string> => new Set((read(`../../src/editorial/${file}`) as Array<{ id: string }>).map((e) => e.id));
const SYMPTOMS = idsIn('symptoms.yaml');
const CAUSES = idsIn('causes.yaml');
const REMEDIES = idsIn('remedies.yaml');

/** Codes the site must cover. */
const REQUIRED = '00 01 03 04 05 12 13 14 22 30 33 41 43 51 54 55 57 58 61 62 65 68 75 77 91 94 96 97 98 99 A0'.split(' ');

describe('response-code data', () => {
	it('parses with the schemas (ids stay strings, e.g. "00" not 0)', () => {
		expect(codes.length).toBeGreaterThanOrEqual(REQUIRED.length);
		expect(references.length).toBeGreaterThan(0);
	});

	it('has every required code exactly once and no duplicates', () => {
		for (const id of REQUIRED)
			expect(
				codes.filter((c) => c.id === id),
				id,
			).toHaveLength(1);
		expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
	});

	it('has unique reference ids', () => {
		expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
	});

	it('cites only references that exist', () => {
		const known = new Set(references.map((r) => r.id));
		for (const c of codes) {
			for (const s of c.sources) expect(known.has(s), `${c.id} sources ${s}`).toBe(true);
			for (const v of c.variants) expect(known.has(v.source), `${c.id} variant source ${v.source}`).toBe(true);
		}
	});

	it('keeps reference locations as plain text, not links', () => {
		for (const r of references) expect(`${r.location ?? ''} ${r.publisher} ${r.title}`, r.id).not.toMatch(/https?:\/\/|www\./);
	});

	it('links every code to existing symptoms, causes and remedies, without repeats', () => {
		for (const c of codes) {
			expect(c.symptoms.length, c.id).toBeGreaterThan(0);
			expect(c.remedies.length, c.id).toBeGreaterThan(0);
			// 00 is a success: nothing caused it. Every failure code names at least one cause.
			if (c.category === 'A') expect(c.causes, c.id).toEqual([]);
			else expect(c.causes.length, c.id).toBeGreaterThan(0);
			for (const [field, known] of [
				['symptoms', SYMPTOMS],
				['causes', CAUSES],
				['remedies', REMEDIES],
			] as const) {
				const ids = c[field];
				expect(new Set(ids).size, `${c.id} ${field}`).toBe(ids.length);
				for (const id of ids) expect(known.has(id), `${c.id} ${field} ${id}`).toBe(true);
			}
		}
	});

	it('links the key codes to the causes and first remedies the UnionPay table implies', () => {
		const causes = (id: string) => byId.get(id)?.causes ?? [];
		const first = (id: string) => byId.get(id)?.remedies[0];
		expect(causes('51')).toContain('C-01');
		expect(first('51')).toBe('R-03');
		expect(causes('54')).toContain('C-03');
		expect(causes('55')).toContain('C-07');
		for (const id of ['61', '65']) expect(causes(id), id).toContain('C-02');
		for (const id of ['41', '43', '62']) expect(causes(id), id).toContain('C-05');
		expect(causes('57')).toContain('C-06');
		// Merchant or terminal not registered or not enabled, card not accepted: C-22 (交易权限受限).
		for (const id of ['03', '15', '31', '58', '97']) expect(causes(id), id).toContain('C-22');
		// Sign-in, batch number and keys: C-13 (收款应用或终端参数异常).
		for (const id of ['22', '77', '99', 'A0']) expect(causes(id), id).toContain('C-13');
		expect(causes('94')).toContain('C-08');
		for (const id of ['91', '96', '98']) expect(causes(id), id).toContain('C-18');
		expect(causes('13')).toContain('C-07');
		expect(causes('30')).toContain('C-13');
	});

	it('lists timeouts and duplicates under 交易失败但已扣款 and card-reading codes under 读不了卡', () => {
		for (const id of ['68', '94', '98']) expect(byId.get(id)?.symptoms, id).toContain('S-03');
		for (const id of ['14', '19']) expect(byId.get(id)?.symptoms, id).toContain('S-05');
	});

	it('leaves out codes without a category in the tables (ZF is a scan-payment code of the V2/V3 tables)', () => {
		expect(byId.has('ZF')).toBe(false);
		// A code left unclassified is one the V1 table lacks and the newer UnionPay appendix lists.
		for (const c of codes.filter((c) => c.category === undefined)) expect(c.sources, c.id).toContain('unionpay-cup-appendix-2014');
	});

	it('has the codes of the newer UnionPay appendix a cashier sees, success variants first saying they succeeded', () => {
		for (const id of ['10', '11', '45', 'A2', 'A4', 'A5', 'A6', 'A7', '20', '23', '52']) expect(byId.has(id), id).toBe(true);
		for (const id of ['10', '11', 'A2', 'A4', 'A5', 'A6']) {
			const c = byId.get(id);
			expect(c?.category, id).toBe('A');
			// The first clause of the meaning and the first sentence of the explanation say it is a success …
			expect(c?.meaning.split('。')[0], id).toMatch(/成功/);
			expect(c?.explanation.split('。')[0], id).toMatch(/成功/);
			// … and the retry advice warns against charging again.
			expect(c?.retry, id).toMatch(/不要(按原金额)?再(刷|收)|重复收款/);
		}
	});

	it('fills the text fields a merchant reads', () => {
		for (const c of codes) {
			expect(c.display.length, c.id).toBeGreaterThan(1);
			expect(c.explanation.length, c.id).toBeGreaterThan(10);
		}
	});

	it('does not state a known misconception as the meaning', () => {
		const meaning = (id: string) => byId.get(id)?.meaning ?? '';
		expect(meaning('51')).not.toMatch(/商户号|密码/);
		expect(meaning('54')).not.toMatch(/密码/);
		expect(meaning('04')).not.toMatch(/余额/);
		expect(meaning('01')).not.toMatch(/成功/);
		expect(meaning('05')).not.toMatch(/卡号/);
		expect(meaning('A0')).not.toMatch(/处理中/);
	});

	it('names the misconceptions on the codes they concern', () => {
		expect(byId.get('01')?.misconceptions.join()).toContain('交易成功');
		expect(byId.get('04')?.misconceptions.join()).toContain('余额');
		expect(byId.get('51')?.misconceptions.join()).toMatch(/密码/);
		expect(byId.get('51')?.misconceptions.join()).toMatch(/商户号/);
		expect(byId.get('55')?.misconceptions).toEqual([]);
	});

	it('follows the UnionPay table for key facts', () => {
		expect(byId.get('00')?.category).toBe('A');
		expect(byId.get('51')?.category).toBe('C');
		expect(byId.get('77')?.category).toBe('D');
		expect(byId.get('77')?.retry).toContain('签到');
		expect(byId.get('98')?.category).toBe('E');
		expect(byId.get('A0')?.category).toBe('B');
	});
});
