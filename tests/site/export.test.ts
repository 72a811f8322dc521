import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EntriesExport, ExportEntry } from '../../src/schemas/export.ts';
import { REPLY_RECIPIENTS, type ReplyRecipient } from '../../src/schemas/reply.ts';
import { RELATION_FIELDS } from '../../src/shared/relations.ts';
import { DIST, site } from '../helpers/dist.ts';

/**
 * The help-desk export (issue 18, point 9): /api/entries.json validates against its published JSON Schema, each entry
 * has a JSON and a Markdown copy that its page links to, every entry carries its last review date from the editorial
 * data, and every page lets the browser search the site from its address bar (OpenSearch).
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');
let exported: EntriesExport;
let schema: Record<string, unknown>;
let byId: Map<string, ExportEntry>;

beforeAll(() => {
	exported = JSON.parse(read('/api/entries.json')) as EntriesExport;
	schema = JSON.parse(read('/api/entries.schema.json')) as Record<string, unknown>;
	byId = new Map(exported.entries.map((e) => [e.id, e]));
});

/** A validator for the 2020-12 schema the site publishes (strict: an unknown keyword in it is an error too). */
function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addSchema(schema, 'entries');
	return ajv;
}

describe('/api/entries.json and its schema', () => {
	it('validates against /api/entries.schema.json, which names itself in the export', () => {
		expect(exported.$schema).toBe('/api/entries.schema.json');
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		const ajv = validator();
		const valid = ajv.validate('entries', exported);
		expect(ajv.errorsText(ajv.errors, { separator: '\n' }), 'export against its schema').toBe('No errors');
		expect(valid).toBe(true);
	});

	it('is a schema that can fail: an entry without its steps, of an unknown type, with a malformed ID or date or an extra field is rejected', () => {
		const ajv = validator();
		const remedy = exported.entries.find((e) => e.type === 'remedy')!;
		const { steps: _steps, ...withoutSteps } = remedy;
		for (const broken of [
			withoutSteps,
			{ ...remedy, type: 'note' },
			{ ...remedy, id: 'R7' },
			{ ...remedy, internal: 1 },
			{ ...remedy, lastReviewed: '2026-13-01' },
		])
			expect(ajv.validate('entries', { ...exported, entries: [broken] })).toBe(false);
	});

	it('has the full content of every entry: summary, audience, aliases, relations by type, sources with file and line', () => {
		expect(exported.entries.length).toBeGreaterThan(150);
		for (const e of exported.entries) {
			if (e.type !== 'code') {
				expect(e.summary.length, e.id).toBeGreaterThan(5);
				expect(e.audience.length, e.id).toBeGreaterThan(0);
			}
			expect(Object.keys(e.relations).sort(), e.id).toEqual([...RELATION_FIELDS[e.type]].sort());
			// related is the relations' union, in page order.
			expect(new Set(Object.values(e.relations).flat()), e.id).toEqual(new Set(e.related));
			// Every line a shown statement was read at is listed under its file, and nothing else.
			const lines = new Map<string, Set<number>>();
			for (const s of e.statements) for (const p of s.sources) (lines.get(p.file) ?? lines.set(p.file, new Set()).get(p.file)!).add(p.line);
			for (const source of e.sources) expect(new Set(source.lines), `${e.id} ${source.file}`).toEqual(lines.get(source.file) ?? new Set());
		}
		const withLines = exported.entries.filter((e) => e.sources.some((s) => s.lines.length > 0));
		expect(withLines.length / exported.entries.length).toBeGreaterThan(0.5);
	});

	it('gives every remedy step its anchored URL, and it is an anchor of the page', async () => {
		const { pages } = await site();
		for (const e of exported.entries) {
			if (e.type !== 'remedy') continue;
			expect(e.steps.length, e.id).toBeGreaterThan(0);
			e.steps.forEach((step, i) => {
				expect(step.n).toBe(i + 1);
				expect(step.url).toBe(`${e.url}#step-${i + 1}`);
				expect(pages.get(e.url)?.ids.has(`step-${step.n}`), step.url).toBe(true);
			});
			expect(Object.keys(e.replies).length, e.id).toBeGreaterThan(0);
			expect(e.escalate.to.length, e.id).toBeGreaterThan(0);
		}
	});

	it('gives every response code its meaning, category and retry advice', () => {
		const codes = exported.entries.filter((e) => e.type === 'code');
		expect(codes.length).toBeGreaterThan(30);
		for (const c of codes) {
			expect(c.meaning.length, c.id).toBeGreaterThan(1);
			expect(c.retry.length, c.id).toBeGreaterThan(1);
			expect(c.categoryLabel, c.id).toMatch(c.category ? new RegExp(`^${c.category} 类`) : /未分类/);
		}
	});

	it("carries each symptom's quick diagnosis and each code's foreign-scheme mapping, as published", () => {
		const generated = (name: string) =>
			JSON.parse(readFileSync(`src/content/generated/${name}.json`, 'utf8')) as Array<{
				id: string;
				diagnosis?: unknown;
				foreign?: unknown;
			}>;
		const withDiagnosis = generated('symptoms').filter((s) => s.diagnosis);
		expect(withDiagnosis.length).toBeGreaterThan(0);
		for (const s of withDiagnosis) {
			const e = byId.get(s.id);
			expect(e?.type === 'symptom' && e.diagnosis, s.id).toEqual(s.diagnosis);
			expect(read(`/api/entries/${s.id}.md`), s.id).toContain('## 快速判断');
		}
		const withForeign = generated('codes').filter((c) => c.foreign);
		expect(withForeign.length).toBeGreaterThan(0);
		for (const c of withForeign) {
			const e = byId.get(c.id);
			expect(e?.type === 'code' && e.foreign, c.id).toEqual(c.foreign);
		}
	});

	it('dates every entry with its last review, as src/editorial/reviews.yaml records it, on its page too', async () => {
		const reviews = new Map(
			(parse(readFileSync('src/editorial/reviews.yaml', 'utf8')) as Array<{ id: string; reviewed: string }>).map((r) => [r.id, r.reviewed]),
		);
		const { pages } = await site();
		for (const e of exported.entries) {
			expect(e.lastReviewed, e.id).toBe(reviews.get(e.id));
			expect(pages.get(e.url)?.text, e.url).toContain(`最后审核 ${e.lastReviewed}`);
		}
	});
});

describe('the copies of each entry', () => {
	it('has one JSON copy per entry, the same as in the export, valid against the entry schema', () => {
		const validate = validator().getSchema('entries#/properties/entries/items')!;
		for (const e of exported.entries) {
			const copy = JSON.parse(read(e.copies.json)) as unknown;
			expect(copy, e.id).toEqual(e);
			expect(validate(copy), `${e.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
	});

	it('has one Markdown copy per entry with its title, summary, steps with their links, replies and relations', () => {
		for (const e of exported.entries) {
			expect(e.copies.markdown, e.id).toBe(`/api/entries/${e.id}.md`);
			expect(existsSync(`${DIST}${e.copies.markdown}`), e.copies.markdown).toBe(true);
			const md = read(e.copies.markdown);
			expect(md.split('\n')[0], e.id).toMatch(new RegExp(`^# .*${e.id}`));
			expect(md, e.id).toContain(`最后审核：${e.lastReviewed}`);
			expect(md, e.id).toContain(`${e.url})`);
			const plain = md.replace(/\\(.)/g, '$1');
			if (e.type !== 'code') expect(plain, e.id).toContain(e.summary);
			else expect(plain, e.id).toContain(e.retry);
			if (e.type === 'remedy') {
				for (const step of e.steps) expect(md, `${e.id} step ${step.n}`).toContain(`${step.url})`);
				for (const r of Object.keys(REPLY_RECIPIENTS) as ReplyRecipient[])
					if (e.replies[r])
						expect(md, `${e.id} ${r}`).toMatch(new RegExp(`${escapeRegExp(e.replies[r]!)}\n详细说明：(https?://[^/]+)?${e.url}\n`));
			}
			// Every related entry is linked, with its title.
			for (const id of e.related) expect(md, `${e.id} → ${id}`).toContain(`[${id} `);
			expect(md).not.toMatch(/undefined|\[object Object\]|localhost:4321/);
		}
	});

	it('is linked from every entry page, and a related entry links the same copy', async () => {
		const { pages } = await site();
		for (const e of exported.entries) {
			const links = pages.get(e.url)?.links.map((l) => l.href) ?? [];
			expect(links, e.url).toContain(e.copies.markdown);
			expect(links, e.url).toContain(e.copies.json);
		}
		// A related ID resolves to an entry of the export.
		for (const e of exported.entries) for (const id of e.related) expect(byId.has(id), `${e.id} → ${id}`).toBe(true);
	});
});

describe('OpenSearch', () => {
	it('describes the search page, with an absolute template URL', () => {
		const xml = read('/opensearch.xml');
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<OpenSearchDescription xmlns="http:\/\/a9.com\/-\/spec\/opensearch\/1.1\/"/,
		);
		expect(xml).toMatch(/<ShortName>.{1,16}<\/ShortName>/);
		expect(xml).toMatch(/<Url type="text\/html" method="get" template="https?:\/\/[^"/]+\/search\/\?q=\{searchTerms\}"\/>/);
		expect(xml).toContain('<InputEncoding>UTF-8</InputEncoding>');
	});

	it('is linked from the head of every page', async () => {
		const { pages } = await site();
		const link = /<link rel="search" type="application\/opensearchdescription\+xml" title="[^"]+" href="\/opensearch\.xml"\s*\/?>/;
		let checked = 0;
		for (const path of pages.keys()) {
			const file = path.endsWith('/') ? `${path}index.html` : path;
			const html = read(file);
			const head = html.slice(0, html.indexOf('</head>'));
			expect(head, path).toMatch(link);
			checked++;
		}
		expect(checked).toBeGreaterThan(200);
	});
});
