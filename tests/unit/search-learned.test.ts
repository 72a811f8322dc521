import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	hostOf,
	LEARN_DEFAULTS,
	learnedFileSchema,
	learnTerms,
	type Phrasing,
	serializeLearned,
	termFilter,
} from '../../scripts/pipeline/search-learned.ts';
import { type EntryIndex, type IndexedEntry, learnedQueryTerms, RANKING, rankEntries, runTerms } from '../../src/shared/search/rank.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';

function vocabulary(extra: Partial<SearchVocabulary> = {}): SearchVocabulary {
	return {
		traditional: {},
		typos: {},
		synonyms: {},
		fillers: ['怎么办'],
		particles: [],
		units: [],
		codes: [],
		codeTerm: '应答码',
		entries: [],
		...extra,
	};
}

const entry = (id: string, name: string): IndexedEntry => ({
	id,
	type: 'symptom',
	title: `${id} ${name}`,
	url: `/${id}/`,
	snippet: '',
	fields: [`${name} || ${name}`, ' || ', ' || ', ' || ', ' || '],
});

const index: EntryIndex = {
	vocabulary: vocabulary({ names: ['拉卡拉'] }),
	entries: [entry('S-01', '打印机不出纸'), entry('S-02', '刷卡失败')],
};

const p = (q: string, expect: string[], set: string, host: string): Phrasing => ({ q, expect, set, host });

describe('runTerms', () => {
	it('reads Han pairs and English words with the positions the coverage counts (numbers take none)', () => {
		const terms = runTerms(['卡纸了', '12 paper jam']);
		expect(terms.map((t) => t.term)).toEqual(['卡纸', '纸了', 'paper', 'jam', 'paper jam']);
		expect(terms.find((t) => t.term === 'jam')?.chars).toEqual([4]);
		expect(terms.find((t) => t.term === 'paper jam')?.chars).toEqual([3, 4]);
	});
});

describe('learnTerms', () => {
	const phrasings = [
		p('pos机卡纸怎么办', ['S-01'], 'a', 'one.example'),
		p('打印时卡纸', ['S-01'], 'b', 'two.example'),
		p('拉卡拉卡纸', ['S-01'], 'b', 'three.example'),
		p('刷卡失败卡纸', ['S-02'], 'c', 'four.example'),
		p('凭条卡纸', ['S-01'], 'c', 'five.example'),
	];

	it('learns a term several sets and hosts use for an entry, weighted by its share of the phrasings', () => {
		const learned = learnTerms(phrasings, index);
		// 卡纸 in 5 phrasings, 4 of them for S-01: 4 / (5 + 1).
		expect(learned['S-01']?.卡纸).toBe(0.67);
		// For S-02 only one phrasing: 1 / 6 is below the lowest weight, and one phrasing is no support.
		expect(learned['S-02']?.卡纸).toBeUndefined();
	});

	it('asks more of a term no entry writes: three sets and three hosts', () => {
		const two = phrasings.filter((x) => x.set !== 'c');
		expect(learnTerms(two, index)['S-01']?.卡纸).toBeUndefined();
		// 刷卡 is written by S-02: two sets and hosts are enough.
		const written = learnTerms([p('刷卡不行', ['S-02'], 'a', 'one.example'), p('刷卡没反应', ['S-02'], 'b', 'two.example')], index);
		expect(written['S-02']?.刷卡).toBe(0.67);
	});

	it('needs support from more than one set and more than one host', () => {
		const one = learnTerms([p('刷卡不行', ['S-02'], 'a', 'one.example'), p('刷卡没反应', ['S-02'], 'a', 'one.example')], index, {
			...LEARN_DEFAULTS,
			minSets: 1,
		});
		expect(one['S-02']).toBeUndefined();
	});

	it('never learns a brand name the vocabulary drops, nor a pair inside one that no entry writes', () => {
		const allowed = termFilter(index, ['one.example']);
		expect(allowed('拉卡')).toBe(false);
		expect(allowed('卡纸')).toBe(true);
		const learned = learnTerms([p('拉卡拉pos', ['S-02'], 'a', 'x.example'), p('拉卡拉机器', ['S-02'], 'b', 'y.example')], index, {
			...LEARN_DEFAULTS,
			minWeight: 0,
		});
		expect(Object.keys(learned['S-02'] ?? {}).some((t) => t.includes('拉卡'))).toBe(false);
	});

	it('drops English words of source hosts (site and vendor names)', () => {
		const allowed = termFilter(index, ['support.moneris.com']);
		expect(allowed('moneris')).toBe(false);
		expect(allowed('declin')).toBe(true);
		expect(hostOf('https://support.Moneris.com/a')).toBe('support.moneris.com');
	});

	it('writes a file its schema accepts', () => {
		const text = serializeLearned(learnTerms(phrasings, index), LEARN_DEFAULTS, phrasings.length);
		expect(learnedFileSchema.parse(parse(text)).terms['S-01']?.卡纸).toBe(0.67);
	});
});

describe('learned terms in the ranking', () => {
	it('lift the entry they were learned for where its own words do not say it', () => {
		const saved = { ...RANKING };
		try {
			Object.assign(RANKING, { learnedWeight: 0 });
			expect(rankEntries('卡纸', { ...index }).results[0]?.id).not.toBe('S-01');
			Object.assign(RANKING, { learnedWeight: 8, learnedExplains: 1 });
			expect(rankEntries('卡纸', { ...index, learned: { 'S-01': { 卡纸: 0.8 } } }).results[0]?.id).toBe('S-01');
		} finally {
			Object.assign(RANKING, saved);
		}
	});

	it('are read from a query as the trainer reads it', () => {
		expect(learnedQueryTerms('卡纸怎么办', index.vocabulary).terms.map((t) => t.term)).toEqual(['卡纸']);
	});
});
