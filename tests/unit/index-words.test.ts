import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalKeywords, metaWords } from '../../src/shared/search/index-words.ts';
import { normalizeQuery } from '../../src/shared/search/query.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import { generatedVocabulary } from '../helpers/search-vocabulary.ts';

/** The entries' build-time search words (src/shared/search/index-words.ts), on the compiled vocabulary. */

let vocabulary: SearchVocabulary;
const norm = (q: string): string => normalizeQuery(q, vocabulary);

beforeAll(() => {
	vocabulary = generatedVocabulary();
});

describe('canonicalKeywords', () => {
	it('adds the canonical words of aliases, not the words the aliases already have', () => {
		const extra = canonicalKeywords(['钱扣了交易没成功'], vocabulary);
		expect(extra).toContain('款');
		expect(extra).not.toContain('交易');
	});
});

describe('metaWords', () => {
	it('segments names and aliases the way queries are, so every query word meets a word of its own', () => {
		const out = metaWords(['刷卡失败，显示交易失败'], vocabulary, { literal: true });
		expect(out).toEqual(expect.arrayContaining(['刷卡', '失败', '交易']));
		expect(out).not.toContain('刷卡失败，显示交易失败');
	});

	it('adds canonical forms unless literal', () => {
		const query = norm('连不上网').split(' ');
		expect(metaWords(['POS机连不上网'], vocabulary)).toEqual(expect.arrayContaining(query));
		expect(metaWords(['POS机连不上网'], vocabulary, { literal: true })).not.toEqual(expect.arrayContaining(query));
	});

	it("leaves a code page's own code and its code-form aliases out", () => {
		const out = metaWords(['应答码51', '错误码51', '余额不足'], vocabulary, { code: '51', skipCodeForms: true });
		expect(out).not.toContain('51');
		expect(out).not.toContain('错误');
		expect(out).toEqual(expect.arrayContaining(['不足']));
	});
});
