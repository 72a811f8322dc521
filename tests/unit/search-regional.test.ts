import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionalTable } from '../../scripts/pipeline/search-vocabulary.ts';
import { regionalPhrases } from '../../src/shared/chinese/standard.ts';
import { rewriteQuery } from '../../src/shared/search/rewrite.ts';
import { type SearchVocabulary, toSimplified } from '../../src/shared/search/vocabulary.ts';

/**
 * Taiwan and Hong Kong phrases in queries (issue 15: Traditional questions with regional vocabulary): the standard's
 * regional phrase pairs (OpenCC twp/hkp), the vocabulary's own `regional` payment words, and what the query side does
 * with them.
 */

describe('regionalPhrases (the standard: OpenCC Taiwan and Hong Kong phrase tables)', () => {
	const pairs = new Map(regionalPhrases());

	it('pairs each phrase as the character conversion leaves it with the mainland phrase', () => {
		expect(pairs.get('网路')).toBe('网络');
		expect(pairs.get('列印')).toBe('打印');
		expect(pairs.get('萤幕')).toBe('屏幕');
		expect(pairs.get('晶片')).toBe('芯片');
	});

	it('holds only phrases of two or more Han characters that change', () => {
		for (const [from, to] of pairs) {
			expect(from).not.toBe(to);
			expect([...from].length).toBeGreaterThanOrEqual(2);
			expect(from).toMatch(/^\p{Script=Han}+$/u);
		}
	});
});

describe('regionalTable (build time)', () => {
	const vocabulary = {
		regional: [
			{ mainland: '打印纸', written: ['紙捲'], keep: [], why: 'Taiwan: the paper roll' },
			{ mainland: '结算', written: ['清機'], keep: ['二清機'], why: 'Hong Kong: the terminal day-end' },
		],
	};

	it('keeps a standard pair only where the site writes the mainland phrase and not the regional one', () => {
		const table = regionalTable({ regional: [] }, '网络连接失败 打印', '网络连接失败 打印');
		expect(table.网路).toBe('网络');
		expect(table.列印).toBe('打印');
		// The site does not write 服务器: a phrase it has no page for is left as typed.
		expect(table.伺服器).toBeUndefined();
		// The catalogue writes 网路 itself: then it is the site's word, not a regional one.
		expect(regionalTable({ regional: [] }, '网络 网路', '网络 网路').网路).toBeUndefined();
	});

	it('does not let a quoted statement veto a pair: only the catalogue and the vocabulary do', () => {
		expect(regionalTable({ regional: [] }, '网络 网路', '网络').网路).toBe('网络');
		expect(regionalTable({ regional: [] }, '网络', '网络', '网路连接').网路).toBeUndefined();
	});

	it('converts the vocabulary forms by the standard and keeps the longer phrases as they are', () => {
		const table = regionalTable(vocabulary, '', '');
		expect(table.纸卷).toBe('打印纸');
		expect(table.清机).toBe('结算');
		expect(table.二清机).toBe('二清机');
	});
});

describe('the query side', () => {
	const regional: SearchVocabulary['regional'] = { 纸卷: '打印纸', 清机: '结算', 二清机: '二清机', 网路: '网络' };
	const vocabulary: SearchVocabulary = {
		traditional: { 紙: '纸', 捲: '卷', 機: '机', 網: '网' },
		regional,
		typos: {},
		synonyms: {},
		fillers: [],
		particles: [],
		units: [],
		codes: [],
		codeTerm: '应答码',
		entries: [],
	};

	it('rewrites regional phrases right after the character table, longest first', () => {
		expect(toSimplified('紙捲用完了', vocabulary)).toBe('打印纸用完了');
		expect(toSimplified('網路斷了', vocabulary)).toBe('网络斷了');
		expect(toSimplified('每日清機', vocabulary)).toBe('每日结算');
		expect(toSimplified('二清機', vocabulary)).toBe('二清机');
	});

	it('leaves text written in Simplified alone: the phrases are regional only in a Traditional query', () => {
		expect(toSimplified('网络连接失败', vocabulary)).toBe('网络连接失败');
		expect(toSimplified('网路', vocabulary)).toBe('网路');
		expect(toSimplified('網路', vocabulary)).toBe('网络');
	});

	it('works on the compiled vocabulary (src/content/generated, after the pipeline)', () => {
		const compiled: SearchVocabulary = JSON.parse(readFileSync('src/content/generated/search-vocabulary.json', 'utf8'));
		const runs = (q: string): string => rewriteQuery(q, compiled).runs.join(' ');
		expect(runs('多元支付機的紙捲用完了')).toContain('打印失败');
		expect(runs('網路連線失敗')).toContain('网络连接失败');
		expect(runs('二清機')).toContain('二清机');
	});
});
