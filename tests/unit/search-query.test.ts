import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeQuery } from '../../src/shared/search/query.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import { generatedVocabulary } from '../helpers/search-vocabulary.ts';

/**
 * Query normalization (src/shared/search/query.ts), run on the vocabulary the pipeline compiles
 * (src/content/generated/search-vocabulary.json), so these tests check the data as well as the code. Expectations are
 * properties of the output (which words it contains or lacks), not copies of vocabulary entries.
 */

let vocabulary: SearchVocabulary;
const norm = (q: string): string => normalizeQuery(q, vocabulary);
const words = (q: string): string[] => norm(q).split(' ');

beforeAll(() => {
	vocabulary = generatedVocabulary();
});

describe('normalizeQuery: IDs and codes', () => {
	it('keeps entry IDs, in their canonical form whatever the width, case or separator', () => {
		for (const q of ['R-07', 'r07', 'R 07', 'Ｒ－０７', 'r-7']) expect(words(q)[0], q).toBe('R-07');
		expect(norm('C-12')).toBe('C-12');
		expect(words('S-05 刷卡没反应')[0]).toBe('S-05');
	});

	it('turns a response code into the code term and the code, dropping the framing around it', () => {
		for (const q of ['51', '应答码51', '刷卡显示51', '交易失败 51', '返回码：51', 'ＰＯＳ机显示５１是什么意思']) {
			expect(norm(q), q).toBe(`${vocabulary.codeTerm} 51`);
		}
		expect(norm('错误码a0')).toBe(`${vocabulary.codeTerm} A0`);
	});

	it('does not read quantities, unknown codes or IDs as response codes', () => {
		expect(norm('晚上12点刷不了')).not.toContain(vocabulary.codeTerm);
		expect(norm('扣了51元')).not.toContain(vocabulary.codeTerm);
		expect(norm('显示 N7')).not.toContain(vocabulary.codeTerm);
		expect(norm('R-05')).toBe('R-05');
	});
});

describe('normalizeQuery: words', () => {
	it('rewrites colloquial phrasings to the same words as the catalogue term', () => {
		expect(norm('没到账')).toBe(norm('未到账'));
		expect(norm('钱扣了')).toBe(norm('扣款'));
		expect(norm('刷不了')).toBe(norm('刷卡失败'));
		expect(norm('到账慢')).toBe(norm('延迟到账'));
		expect(norm('被拒了')).toBe(norm('交易被拒绝'));
	});

	it('drops filler and question words, and keeps the content', () => {
		const out = words('请问刷卡一直显示交易失败怎么办呢');
		for (const filler of ['请问', '一直', '显示', '怎么办', '呢', '怎么']) expect(out).not.toContain(filler);
		expect(out).toEqual(expect.arrayContaining(['交易', '失败']));
		expect(norm('了解结算规则')).toContain('了解');
	});

	it('drops the framing of a support ticket and the preamble of a question, not the problem', () => {
		expect(norm('商户来电称终端死机')).toBe(norm('终端死机'));
		expect(norm('客服反馈：顾客挥卡没反应')).toBe(norm('挥卡没反应'));
		expect(norm('您好，想咨询一下这种情况一般多久结算')).toBe(norm('多久结算'));
		// 没反映 is a typo of 没反应, corrected before 反映 (the ticket's framing) is dropped.
		expect(norm('插卡没反映')).toBe(norm('插卡没反应'));
	});

	it('converts Traditional to Simplified and full-width to half-width', () => {
		expect(norm('錢扣了沒到賬')).toBe(norm('钱扣了没到账'));
		expect(norm('讀不了卡')).toBe(norm('读不了卡'));
		expect(norm('ＰＯＳ機連不上網')).toBe(norm('pos机连不上网'));
	});

	it('corrects common misspellings', () => {
		expect(norm('刷咔失败')).toBe(norm('刷卡失败'));
		expect(norm('钱没到帐')).toBe(norm('钱没到账'));
		expect(norm('帐户冻结')).toBe(norm('账户冻结'));
		expect(norm('密码输措了')).toBe(norm('密码输错了'));
	});

	it('returns the input, folded, when it is nothing but filler', () => {
		expect(norm('怎么办')).toBe('怎么办');
		expect(norm('  ')).toBe('');
	});

	it('cuts a long description down to words one entry can contain', () => {
		const out = words('下雨天在外面摆摊刷卡机就不好用了');
		expect(out.length).toBeGreaterThan(0);
		const entries = vocabulary.entries.map((e) => e.split(' '));
		expect(entries.some((entry) => out.every((w) => entry.some((e) => e.startsWith(w.toLowerCase()))))).toBe(true);
	});

	it('is idempotent over every query of the relevance sets', () => {
		const queries = [
			'queries.yaml',
			'holdout-queries.yaml',
			'holdout2-queries.yaml',
			'holdout3-queries.yaml',
			'holdout4-queries.yaml',
			'holdout5-queries.yaml',
		]
			.filter((file) => existsSync(`tests/search/${file}`))
			.flatMap((file) => (parse(readFileSync(`tests/search/${file}`, 'utf8')) as Array<{ q: string }>).map((q) => q.q));
		for (const q of queries) expect(norm(norm(q)), q).toBe(norm(q));
	});

	it('matches phrases whatever the case of Latin letters', () => {
		expect(norm('WiFi连不上')).toBe(norm('wifi连不上'));
		expect(norm('POS机死机')).toBe(norm('pos机死机'));
	});

	it('matches phrases across a space between Chinese characters, and however English words are spaced', () => {
		expect(norm('刷 不了 卡')).toBe(norm('刷不了卡'));
		expect(norm('钱 扣了')).toBe(norm('钱扣了'));
		expect(norm('Do  not   honor')).toBe(norm('do not honor'));
		// An English terminal message becomes the catalogue's words: no Latin letters are left over.
		expect(norm('do not honor')).not.toMatch(/[a-z]/i);
	});

	it('reads whole pinyin words typed inside Chinese', () => {
		expect(norm('shua不了卡')).toBe(norm('刷不了卡'));
		expect(norm('钱没daozhang')).toBe(norm('钱没到账'));
	});

	it('does not leave the tail of a canonical term behind a variant that ends with its start', () => {
		// 被冻 is a variant of 冻结: 被冻结 must become 冻结, not 冻结 + 结. (卡被冻结 as a whole is the card's own
		// phrase now, 卡片冻结; an account shows the mechanism.)
		expect(words('账号被冻结')).toEqual(words('账号冻结'));
	});

	it('converts Traditional characters that the vocabulary itself quotes in its notes', () => {
		expect(norm('POS機連不上網路')).toBe(norm('pos机连不上网络'));
		expect(norm('刷卡機當機了')).toBe(norm('死机'));
	});

	it('when cutting a long description, does not count a single character as present in a longer word', () => {
		// 密钥 segments as 密 钥; the entries about 密码 must not win for 密钥错误 because 密码 starts with 密.
		expect(words('密钥错误')).toEqual(expect.arrayContaining(['密', '钥']));
	});
});
