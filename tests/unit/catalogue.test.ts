import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import { EDITORIAL_CHECKS } from '../../scripts/editorial-checks/index.ts';
import { loadEditorial } from '../../scripts/pipeline/editorial.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
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
});

describe('editorial catalogue: editorial rules', () => {
	it('passes every rule of scripts/editorial-checks/ (numbering, aliases, standard terms, neutrality, garbled words, code policy …)', async () => {
		const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
		const codes = new Set(EDITORIAL_CHECKS.map((rule) => rule.code));
		expect(loaded.diagnostics.filter((d) => codes.has(d.code)).map(formatDiagnostic)).toEqual([]);
		expect(loaded.ok).toBe(true);
	});
});
