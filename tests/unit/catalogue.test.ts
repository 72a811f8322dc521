import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseStudySchema } from '../../src/schemas/case-study.ts';
import { causeSchema } from '../../src/schemas/cause.ts';
import { preventionSchema } from '../../src/schemas/prevention.ts';
import { remedySchema } from '../../src/schemas/remedy.ts';
import { symptomSchema } from '../../src/schemas/symptom.ts';

const editorial = (file: string): string => fileURLToPath(new URL(`../../src/editorial/${file}`, import.meta.url));

/** Parses one editorial YAML file and validates every entry with its schema; throws with the entry ID on failure. */
function load<S extends z.ZodTypeAny>(file: string, schema: S): z.infer<S>[] {
	const raw: unknown = parse(readFileSync(editorial(file), 'utf8'));
	if (!Array.isArray(raw)) throw new Error(`${file}: expected a YAML list`);
	return raw.map((entry: unknown, index) => {
		const result = schema.safeParse(entry);
		if (!result.success) {
			const id = (entry as { id?: unknown })?.id ?? `#${index}`;
			throw new Error(`${file} ${String(id)}: ${result.error.message}`);
		}
		return result.data;
	});
}

const symptoms = load('symptoms.yaml', symptomSchema);
const causes = load('causes.yaml', causeSchema);
const remedies = load('remedies.yaml', remedySchema);
const prevention = load('prevention.yaml', preventionSchema);
const cases = load('cases.yaml', caseStudySchema);

const collections = { symptoms, causes, remedies, prevention, cases } as const;
const allEntries = [...symptoms, ...causes, ...remedies, ...prevention, ...cases];

const idsOf = (entries: readonly { id: string }[]): Set<string> => new Set(entries.map((e) => e.id));
const symptomIds = idsOf(symptoms);
const causeIds = idsOf(causes);
const remedyIds = idsOf(remedies);
const preventionIds = idsOf(prevention);

/** Every string anywhere inside a value, for text-wide checks. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** The published text of an entry: everything except its ID, cross-references and match rules. */
function proseOf(entry: Record<string, unknown>): string[] {
	const { id: _id, match: _match, causes: _c, remedies: _r, prevention: _p, symptoms: _s, ...rest } = entry;
	return strings(rest);
}

describe('editorial catalogue: minimum content', () => {
	it('has the required number of entries per collection', () => {
		expect(symptoms.length).toBeGreaterThanOrEqual(4);
		expect(causes.length).toBeGreaterThanOrEqual(20);
		expect(remedies.length).toBeGreaterThanOrEqual(15);
		expect(prevention.length).toBeGreaterThanOrEqual(10);
		expect(cases.length).toBeGreaterThanOrEqual(3);
	});

	it('has the four core symptoms', () => {
		const titles = new Map(symptoms.map((s) => [s.id, s.title]));
		expect(titles.get('S-01')).toMatch(/失败/);
		expect(titles.get('S-02')).toMatch(/拒/);
		expect(titles.get('S-03')).toMatch(/扣款/);
		expect(titles.get('S-04')).toMatch(/到账/);
	});
});

describe('editorial catalogue: IDs', () => {
	for (const [name, entries] of Object.entries(collections)) {
		it(`${name}: IDs are unique, two-digit and in ascending order`, () => {
			const ids = entries.map((e) => e.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[SCRPK]-\d{2}$/);
			expect([...ids].sort()).toEqual(ids);
		});
	}
});

describe('editorial catalogue: relations', () => {
	it('every symptom lists at least three existing causes, without repeats', () => {
		for (const s of symptoms) {
			expect(s.causes.length, s.id).toBeGreaterThanOrEqual(3);
			expect(new Set(s.causes).size, s.id).toBe(s.causes.length);
			for (const c of s.causes) expect(causeIds.has(c), `${s.id} → ${c}`).toBe(true);
		}
	});

	it('every cause lists existing remedies and prevention measures, without repeats', () => {
		for (const c of causes) {
			expect(c.remedies.length, c.id).toBeGreaterThanOrEqual(1);
			expect(new Set(c.remedies).size, c.id).toBe(c.remedies.length);
			expect(new Set(c.prevention).size, c.id).toBe(c.prevention.length);
			for (const r of c.remedies) expect(remedyIds.has(r), `${c.id} → ${r}`).toBe(true);
			for (const p of c.prevention) expect(preventionIds.has(p), `${c.id} → ${p}`).toBe(true);
		}
	});

	it('every cause is listed by at least one symptom', () => {
		const listed = new Set(symptoms.flatMap((s) => s.causes));
		expect([...causeIds].filter((c) => !listed.has(c))).toEqual([]);
	});

	it('every remedy is listed by at least one cause', () => {
		const listed = new Set(causes.flatMap((c) => c.remedies));
		expect([...remedyIds].filter((r) => !listed.has(r))).toEqual([]);
	});

	it('every prevention measure is listed by at least one cause', () => {
		const listed = new Set(causes.flatMap((c) => c.prevention));
		expect([...preventionIds].filter((p) => !listed.has(p))).toEqual([]);
	});

	it('every case links existing symptoms, causes and remedies', () => {
		for (const k of cases) {
			expect(k.symptoms.length, k.id).toBeGreaterThanOrEqual(1);
			expect(k.causes.length, k.id).toBeGreaterThanOrEqual(1);
			expect(k.remedies.length, k.id).toBeGreaterThanOrEqual(1);
			for (const s of k.symptoms) expect(symptomIds.has(s), `${k.id} → ${s}`).toBe(true);
			for (const c of k.causes) expect(causeIds.has(c), `${k.id} → ${c}`).toBe(true);
			for (const r of k.remedies) expect(remedyIds.has(r), `${k.id} → ${r}`).toBe(true);
		}
	});

	it('remedies and prevention measures do not declare the derived reverse links', () => {
		for (const file of ['remedies.yaml', 'prevention.yaml']) {
			const raw = parse(readFileSync(editorial(file), 'utf8')) as Record<string, unknown>[];
			for (const entry of raw) expect(Object.keys(entry), `${file} ${String(entry.id)}`).not.toContain('causes');
		}
	});
});

describe('editorial catalogue: writing rules', () => {
	it('symptoms: 3–6 quick checks, contacts and things to prepare', () => {
		for (const s of symptoms) {
			expect(s.quickChecks.length, s.id).toBeGreaterThanOrEqual(3);
			expect(s.quickChecks.length, s.id).toBeLessThanOrEqual(6);
			expect(s.contacts.length, s.id).toBeGreaterThanOrEqual(2);
			expect(s.prepare.join(' '), s.id).toMatch(/参考号/);
		}
	});

	it('remedies: 3–7 steps and an escalation path', () => {
		for (const r of remedies) {
			expect(r.steps.length, r.id).toBeGreaterThanOrEqual(3);
			expect(r.steps.length, r.id).toBeLessThanOrEqual(7);
			expect(r.escalate.when.length, r.id).toBeGreaterThan(0);
			expect(r.escalate.to.length, r.id).toBeGreaterThan(0);
		}
	});

	it('steps carry no numbering of their own (the site numbers them, step N is #step-N)', () => {
		for (const entry of [...remedies, ...prevention]) {
			for (const step of entry.steps) expect(step, entry.id).not.toMatch(/^\s*(\d+|[一二三四五六七八九十]+)[.、．)）]/);
		}
	});

	it('every entry has 4–12 aliases', () => {
		for (const e of allEntries) {
			expect(e.aliases.length, e.id).toBeGreaterThanOrEqual(4);
			expect(e.aliases.length, e.id).toBeLessThanOrEqual(12);
		}
	});

	it('aliases are specific: no alias appears on two entries or twice on one', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const e of allEntries) {
			for (const alias of e.aliases) {
				const key = alias.toLowerCase().replace(/\s+/g, '');
				const first = owner.get(key);
				if (first) clashes.push(`${alias}: ${first}, ${e.id}`);
				else owner.set(key, e.id);
			}
		}
		expect(clashes).toEqual([]);
	});

	it('every entry has match rules with clean terms', () => {
		for (const e of allEntries) {
			expect(e.match.length, e.id).toBeGreaterThanOrEqual(1);
			for (const rule of e.match) {
				for (const term of [...rule.all, ...rule.not]) {
					for (const alternative of term.split('|')) {
						expect(alternative.trim(), `${e.id}: ${term}`).toBe(alternative);
						expect(alternative.length, `${e.id}: ${term}`).toBeGreaterThan(0);
					}
				}
			}
		}
	});

	it('uses the standard terms: 发卡行, not 发卡银行', () => {
		for (const e of allEntries) for (const text of proseOf(e)) expect(text, e.id).not.toMatch(/发卡银行/);
	});

	it('is neutral: no URLs, no brand names, no phone numbers other than 95516', () => {
		const brands = /拉卡拉|银联商务|盛付通|瑞银信|汇付天下|随行付|随行支付|乐刷|云闪付|支付宝|微信支付/;
		for (const e of allEntries) {
			for (const text of proseOf(e)) {
				expect(text, e.id).not.toMatch(/https?:|www\.|\.com|\.cn|\.net/i);
				expect(text, e.id).not.toMatch(brands);
				expect(text.replace(/95516/g, ''), e.id).not.toMatch(/\d{5,}/);
			}
		}
	});

	it('carries none of the garbled words of the raw sources', () => {
		const garbled = /ka卡|KA卡|银行ka|信xi息|信XIN息|POSS|炸骗|不夜城|自动柜员机/;
		for (const e of allEntries) for (const text of strings(e)) expect(text, e.id).not.toMatch(garbled);
	});
});
