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

/** Codes the site must cover. */
const REQUIRED = '00 01 03 04 05 12 13 14 22 30 33 41 43 51 54 55 57 58 61 62 65 68 75 77 91 94 96 97 98 99 A0'.split(' ');

/** Wording that advises trying again. */
const SAYS_RETRY = /可(以)?(重试|再试)|请重试|再试一次|可重新发起/;

const SYMPTOMS = new Set(['S-01', 'S-02', 'S-03', 'S-04']);

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

	it('uses only the four symptom ids and leaves causes and remedies for later linking', () => {
		for (const c of codes) {
			for (const s of c.symptoms) expect(SYMPTOMS.has(s), `${c.id} symptom ${s}`).toBe(true);
			expect(c.symptoms.length, c.id).toBeGreaterThan(0);
		}
	});

	it('gives retry advice consistent with the category', () => {
		for (const c of codes) {
			const advice = c.retry;
			switch (c.category) {
				case 'A':
					expect(advice, c.id).toContain('无需');
					break;
				case 'B':
					expect(advice, c.id).toMatch(SAYS_RETRY);
					break;
				case 'C':
				case 'D':
				case 'E':
					expect(advice, c.id).not.toMatch(SAYS_RETRY);
					expect(advice, c.id).toContain('不要');
					break;
			}
		}
	});

	it('fills the text fields a merchant reads', () => {
		for (const c of codes) {
			expect(c.display.length, c.id).toBeGreaterThan(1);
			expect(c.explanation.length, c.id).toBeGreaterThan(10);
			expect(
				c.aliases.some((a) => a.includes(c.id)),
				`${c.id} has an alias with the code`,
			).toBe(true);
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

	it('marks unverified variants as reported', () => {
		for (const c of codes)
			for (const v of c.variants) if (v.source.endsWith('-reported')) expect(v.meaning, c.id).toMatch(/据|报告|未见原始/);
	});
});
