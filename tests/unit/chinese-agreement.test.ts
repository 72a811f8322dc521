import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isTraditional, normalize } from '../../scripts/pipeline/stages/normalize.ts';
import { simplifyByTable } from '../../src/shared/chinese/simplified.ts';
import { toSimplified } from '../../src/shared/chinese/standard.ts';
import { foldQuery, foldWidth, removeInvisible } from '../../src/shared/chinese/width.ts';
import { generatedVocabulary } from '../helpers/search-vocabulary.ts';

/**
 * Pages and queries are normalized by one core (src/shared/chinese/), so they agree by construction; this test shows it
 * on real text: every query of every search set (tests/search/*.yaml, tests/search/real/*.yaml) and every editorial
 * phrase (the titles and aliases of src/editorial/*.yaml).
 *
 * - The pipeline side is what stage 2 (scripts/pipeline/stages/normalize.ts) does to a text it converts: invisible
 *   characters dropped, widths folded, Traditional → Simplified phrase by phrase with the standard (opencc, Node).
 * - The query side is what the browser does to every query (src/shared/search/query.ts, rewrite.ts): the same folding,
 *   then the compact character table compiled into search-vocabulary.json.
 * - They must give the same text on every character the site or the vocabulary uses. The browser's table leaves out,
 *   by design, characters whose Simplified form occurs nowhere on the site (診, 鯤): such a character matches nothing
 *   whichever form it has, so it is compared as "not on the site".
 */

const vocabulary = generatedVocabulary();

/**
 * Every character the compact table was built for: the emitted collections (the site's text) and the vocabulary's
 * phrases, not the table itself nor the search index that embeds it.
 */
const used = new Set([...JSON.stringify({ ...vocabulary, traditional: {} })]);
for (const file of readdirSync('src/content/generated').filter((f) => !f.startsWith('search-')))
	for (const char of readFileSync(`src/content/generated/${file}`, 'utf8')) used.add(char);

const phrases = (() => {
	const out: Array<{ from: string; text: string }> = [];
	const sets = [
		...readdirSync('tests/search')
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => `tests/search/${f}`),
		...readdirSync('tests/search/real')
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => `tests/search/real/${f}`),
	];
	for (const file of sets)
		for (const query of parse(readFileSync(file, 'utf8')) as Array<{ q: string }>) out.push({ from: file, text: query.q });
	const walk = (value: unknown, file: string): void => {
		if (Array.isArray(value)) for (const item of value) walk(item, file);
		else if (value && typeof value === 'object')
			for (const [key, field] of Object.entries(value)) {
				if (key === 'title' && typeof field === 'string') out.push({ from: file, text: field });
				else if (key === 'aliases' && Array.isArray(field))
					for (const alias of field)
						if (typeof alias === 'string') out.push({ from: file, text: alias });
						else walk(field, file);
			}
	};
	for (const file of readdirSync('src/editorial').filter((f) => f.endsWith('.yaml')))
		walk(parse(readFileSync(`src/editorial/${file}`, 'utf8')), `src/editorial/${file}`);
	return out;
})();

const pipelineSide = (text: string): string => toSimplified(foldWidth(removeInvisible(text))).replace(/\s+/g, ' ');
const querySide = (text: string): string => simplifyByTable(foldQuery(text), vocabulary.traditional);
/** A character the site never shows counts only as such. */
const onSite = (text: string): string => [...text].map((char) => (used.has(char) ? char : '□')).join('');

describe('one Chinese-text core for pages and queries', () => {
	it('has the phrases to compare: every search set and the editorial titles and aliases, Traditional ones among them', () => {
		expect(new Set(phrases.map((p) => p.from)).size).toBeGreaterThanOrEqual(12);
		expect(phrases.length).toBeGreaterThan(1500);
		expect(phrases.filter((p) => pipelineSide(p.text) !== p.text.replace(/\s+/g, ' ')).length).toBeGreaterThan(50);
	});

	it('normalizes every query and editorial phrase the same way on the pipeline side and the query side', () => {
		const disagreements = phrases
			.filter(({ text }) => onSite(pipelineSide(text)) !== onSite(querySide(text)))
			.map(({ from, text }) => `${from}: ${text} → pipeline ${pipelineSide(text)} / query ${querySide(text)}`);
		expect(disagreements).toEqual([]);
	});

	it('is what stage 2 does to a Traditional text', () => {
		const traditional = phrases.filter(({ text }) => isTraditional(text) && !text.includes('\n'));
		expect(traditional.length).toBeGreaterThan(20);
		for (const { text } of traditional) {
			const staged = normalize({ file: 'phrase.txt', encoding: 'utf-8', text })
				.lines.map((line) => line.text)
				.join('\n');
			expect(staged.replace(/\s+/g, ' ').trim(), text).toBe(pipelineSide(text).trim());
		}
	});
});
