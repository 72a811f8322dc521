import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../scripts/pipeline/catalogue.ts';
import { parseCleaningEditorial } from '../../scripts/pipeline/clean.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { promotionGate } from '../../scripts/pipeline/prepare-source.ts';
import { createScreen } from '../../scripts/pipeline/stages/screen.ts';
import { parseManifest } from '../../scripts/site-checks/permanence.ts';
import { SHOWN_ON_ENTRY_PAGE, statementPages, statementsPath } from '../../src/shared/evidence.ts';
import { site } from '../helpers/dist.ts';

/**
 * Issue 14, part 4, on the built site: an entry page shows at most a dozen statements, the most representative first,
 * each with its number of sources; every statement is on the entry's all-statements page (/…/<id>/statements/, a
 * permanent URL), linked from the entry page when it shows fewer; the provenance names the source file and line, and a
 * section heading only where it passed the publication gate.
 */
const { pages } = await site();
const ENTRY = /^\/(symptoms|causes|remedies|prevention|cases)\/[A-Z]-\d+\/$/;
const entryPages = [...pages.values()].filter((p) => ENTRY.test(p.path));
const count = (text: string) => text.match(/个来源/g)?.length ?? 0;
/** "3 个来源" of each statement, in page order. */
const sourceCounts = (text: string) => [...text.matchAll(/(\d+) 个来源/g)].map((m) => Number(m[1]));
/** Every provenance a page prints: file, line, and the section heading when one is quoted. */
const provenances = (text: string) =>
	[...text.matchAll(/([\w.-]+\.txt) 第 (\d+) 行(?:（([^）]*)）)?/g)].map((m) => ({ file: m[1]!, line: Number(m[2]), heading: m[3] }));

const SOURCES = 'sources';
const sourceLines = new Map(readdirSync(SOURCES).map((f) => [f, readFileSync(join(SOURCES, f), 'utf8').split(/\r\n|\r|\n/).length]));
const editorial = await readEditorial('src/editorial');
const catalogue = parseCatalogue(editorial, 'src/editorial');
const cleaning = parseCleaningEditorial(editorial);
if (!catalogue.ok || !cleaning.ok) throw new Error('the editorial data does not parse');
const screen = createScreen(catalogue.value, promotionGate(cleaning.value));
const manifest = new Set(parseManifest(readFileSync('src/editorial/published-urls.txt', 'utf8')));

describe('evidence on the built site', () => {
	it(`shows at most ${SHOWN_ON_ENTRY_PAGE} statements on an entry page, each with its number of sources, most sources first`, () => {
		expect(entryPages.length).toBeGreaterThan(50);
		for (const page of entryPages) {
			expect(count(page.text), page.path).toBeLessThanOrEqual(SHOWN_ON_ENTRY_PAGE);
			const counts = sourceCounts(page.text);
			expect(counts, page.path).toEqual([...counts].sort((a, b) => b - a));
		}
	});

	it('gives every entry a permanent all-statements page, recorded among the published URLs', () => {
		for (const page of entryPages) {
			const all = statementsPath(page.path);
			expect(pages.get(all), all).toBeDefined();
			expect(manifest.has(all), `${all}: run npm run urls:update`).toBe(true);
		}
	});

	it('links an entry page with more statements to its all-statements pages, which list every one of them', () => {
		const withMore = entryPages.filter((p) => /查看全部 \d+ 条说法/.test(p.text));
		expect(withMore.length).toBeGreaterThan(0);
		for (const page of withMore) {
			const total = Number(/查看全部 (\d+) 条说法/.exec(page.text)![1]);
			expect(total, page.path).toBeGreaterThan(SHOWN_ON_ENTRY_PAGE);
			expect(
				page.links.map((l) => l.href),
				page.path,
			).toContain(statementsPath(page.path));
			let listed = 0;
			for (let n = 1; n <= statementPages(total); n++) {
				const all = pages.get(statementsPath(page.path, n));
				expect(all, statementsPath(page.path, n)).toBeDefined();
				listed += count(all!.text);
			}
			expect(listed, page.path).toBe(total);
		}
		// An entry page that shows all its statements has no such link; its all-statements page lists the same ones.
		for (const page of entryPages.filter((p) => !withMore.includes(p)))
			expect(count(pages.get(statementsPath(page.path))!.text), page.path).toBe(count(page.text));
	});

	it('names for every statement a source file and a line it has, and quotes only headings that pass the publication gate', () => {
		let checked = 0;
		for (const page of [...pages.values()].filter((p) => /\/statements\/(?:\d+\/)?$/.test(p.path))) {
			for (const p of provenances(page.text)) {
				checked++;
				const lines = sourceLines.get(p.file);
				expect(lines, `${page.path}: ${p.file} is not a source`).toBeDefined();
				expect(p.line, `${page.path}: ${p.file} 第 ${p.line} 行`).toBeLessThanOrEqual(lines!);
				if (p.heading !== undefined) expect(screen.heading(p.heading), `${page.path}: （${p.heading}）`).toBe(p.heading);
			}
		}
		expect(checked).toBeGreaterThan(500);
	});
});
