import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDeobfuscationTable } from '../../scripts/rules/deobfuscation.ts';
import { vocabularySchema } from '../../src/schemas/vocabulary.ts';
import { HAN, HAN_CHAR, HAN_SPACE, isHan, isUnifiedIdeograph } from '../../src/shared/chinese/han.ts';
import {
	countPinyinSyllables,
	isInLatinNameList,
	isPinyinAnnotation,
	lexiconSyllables,
	wholeWordSpellings,
} from '../../src/shared/chinese/pinyin.ts';
import { simplifyByTable } from '../../src/shared/chinese/simplified.ts';
import { compactTable, toSimplified, traditionalCharacters } from '../../src/shared/chinese/standard.ts';
import { foldFullWidth, foldQuery, foldWidth, KEEP_FULL_WIDTH, removeInvisible } from '../../src/shared/chinese/width.ts';
import { generatedVocabulary } from '../helpers/search-vocabulary.ts';

/**
 * The Chinese-text core (src/shared/chinese/): character classes, width folding, the one Traditional → Simplified
 * standard and its browser table, and the one pinyin lexicon. The agreement of the pipeline's and the query side's
 * normalization on real phrases is tests/unit/chinese-agreement.test.ts.
 */

const lexicon = (() => {
	const table = parseDeobfuscationTable(readFileSync('src/editorial/deobfuscation.yaml', 'utf8'), 'deobfuscation.yaml');
	if (!table.ok) throw new Error('deobfuscation.yaml does not parse');
	return table.value.pinyin;
})();

describe('character classes', () => {
	it('defines a Han character as Unicode Script=Han, wider than the CJK Unified Ideographs block', () => {
		for (const char of ['卡', '機', '〇', '々', '㐀', '𠀀']) expect(isHan(char), char).toBe(true);
		for (const char of ['a', '1', '，', '。', ' ', '', undefined]) expect(isHan(char), String(char)).toBe(false);
		expect(isUnifiedIdeograph('卡'.charCodeAt(0))).toBe(true);
		expect(isUnifiedIdeograph('〇'.charCodeAt(0))).toBe(false);
		expect(new RegExp(`^${HAN}+$`, 'u').test('刷卡失败')).toBe(true);
		expect(HAN_CHAR.test('POS')).toBe(false);
		expect('刷 不了 卡 POS 机'.replace(HAN_SPACE, '')).toBe('刷不了卡 POS 机');
	});

	it('is written once: no other module spells a Han class of its own', () => {
		// The block as a range ([一-龥], \u4e00-\u9fff) was the second definition; it lives only in han.ts now.
		const offenders: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = `${dir}/${entry.name}`;
				if (entry.isDirectory()) {
					if (!['node_modules', 'generated', 'fixtures', 'corpus'].includes(entry.name)) walk(path);
				} else if (/\.(ts|astro|mjs)$/.test(entry.name) && path !== 'src/shared/chinese/han.ts' && !path.endsWith('chinese.test.ts')) {
					const text = readFileSync(path, 'utf8');
					if (/\\u4e00|\\u9fa5|\\u9fff|一-龥/i.test(text) || /const HAN = /.test(text)) offenders.push(path);
				}
			}
		};
		for (const dir of ['scripts', 'src', 'tests', 'bench']) walk(dir);
		expect(offenders).toEqual([]);
	});
});

describe('width folding', () => {
	it('folds full-width ASCII forms except the punctuation Chinese text keeps', () => {
		expect(foldWidth('ＰＯＳ５１，交易失败！３．５％')).toBe('POS51，交易失败！3.5%');
		expect([...KEEP_FULL_WIDTH].every((char) => foldFullWidth(char) === char)).toBe(true);
		expect(foldWidth('刷卡\u3000失败\u00a0了')).toBe('刷卡 失败 了');
	});

	it('drops invisible characters and, for queries, collapses white space', () => {
		expect(removeInvisible('刷\u200b卡\ufeff失败')).toBe('刷卡失败');
		expect(foldQuery(' do  not\u3000honor\u200b ')).toBe(' do not honor ');
		expect(foldQuery('Ｒ－０７')).toBe('R-07');
	});
});

describe('Traditional → Simplified: one standard', () => {
	it('converts phrase by phrase, reading Taiwan and then Hong Kong variant forms', () => {
		expect(toSimplified('交易失敗，請聯絡發卡銀行')).toBe('交易失败，请联络发卡银行');
		expect(toSimplified('乾淨')).toBe('干净');
		expect(toSimplified('乾隆')).toBe('乾隆');
		// 么 is already the Simplified particle (of 麼): opencc alone would write 刷幺 (real query, heldout-11).
		expect(toSimplified('POS機沒有小票可以刷么')).toBe('POS机没有小票可以刷么');
		expect(toSimplified('什麼')).toBe('什么');
		expect(traditionalCharacters().has('么')).toBe(false);
		// Hong Kong forms the Taiwan table leaves as they are.
		expect(toSimplified('枱衞')).toBe('台卫');
	});

	it('lists the characters it changes, one to one, within the CJK Unified Ideographs block', () => {
		const table = traditionalCharacters();
		expect(table.get('機')).toBe('机');
		expect(table.get('枱')).toBe('台');
		expect(table.has('机')).toBe(false);
		expect(table.size).toBeGreaterThan(3000);
		for (const [traditional, simplified] of table) {
			expect(isUnifiedIdeograph(traditional.charCodeAt(0))).toBe(true);
			expect(toSimplified(traditional)).toBe(simplified);
		}
	});

	it('gives the browser a compact table that equals the standard on every character it holds', () => {
		const compiled = generatedVocabulary().traditional;
		const pairs = Object.entries(compiled);
		expect(pairs.length).toBeGreaterThan(200);
		expect(pairs.length).toBeLessThan(traditionalCharacters().size / 4);
		for (const [traditional, simplified] of pairs) expect(traditionalCharacters().get(traditional), traditional).toBe(simplified);
		expect(Object.keys(compactTable(() => true))).toHaveLength(traditionalCharacters().size);
		expect(simplifyByTable('刷卡失敗', compiled)).toBe('刷卡失败');
	});
});

describe('pinyin: a Latin word in a list of Latin names is a name', () => {
	const at = (text: string, word: string) => isInLatinNameList(text, text.indexOf(word), text.indexOf(word) + word.length);
	it('takes a syllable-shaped word for a name when a list item beside it is not pinyin (real page, heldout-5)', () => {
		expect(at('使用网络监控工具检查网络状态,如Ping、Traceroute等。', 'Ping')).toBe(true);
		expect(at('可用Telnet或Ping测试端口', 'Ping')).toBe(true);
		expect(at('支持TCP/IP, HTTP and Ma协议', 'Ma')).toBe(true);
	});
	it('leaves a lone syllable and a list of syllables suspect', () => {
		expect(at('POS机刷ka卡失败', 'ka')).toBe(false);
		expect(at('输入Ping值', 'Ping')).toBe(false);
		expect(at('刷ka、xi息', 'ka')).toBe(false);
	});
});

describe('pinyin: one lexicon', () => {
	it('knows the syllable grammar', () => {
		expect(countPinyinSyllables('shuaka')).toBe(2);
		expect(countPinyinSyllables('point')).toBe(0);
		expect(isPinyinAnnotation('shuā kǎ', 2)).toBe(true);
		expect(isPinyinAnnotation('Point of Sale', 4)).toBe(false);
	});

	it('spells whole words from the lexicon, with the apostrophe, and without it unless that is one syllable', () => {
		expect(wholeWordSpellings('刷卡', lexicon)).toEqual(['shuaka']);
		expect(wholeWordSpellings('余额', lexicon)).toEqual(["yu'e"]);
		expect(wholeWordSpellings('限额', lexicon)).toEqual(["xian'e", 'xiane']);
		expect(wholeWordSpellings('余额不足', lexicon)).toEqual(["yu'ebuzu", 'yuebuzu']);
		expect(wholeWordSpellings('行', lexicon)).toEqual(['hang', 'xing']);
		expect(wholeWordSpellings('刷卡龘', lexicon)).toEqual([]);
		expect(lexiconSyllables(lexicon).has('ka')).toBe(true);
	});

	it('is the only source of pinyin spellings: the search vocabulary writes none by hand, and compiles the lexicon’s', () => {
		const vocabulary = vocabularySchema.parse(parse(readFileSync('src/editorial/vocabulary.yaml', 'utf8')));
		const handWritten = vocabulary.typos
			.flatMap((t) => t.wrong)
			.filter((w) => /^[a-z']+$/.test(w) && countPinyinSyllables(w.replace(/'/g, '')) > 0);
		expect(handWritten).toEqual([]);
		const pinyinWords = vocabulary.typos.filter((t) => t.pinyin);
		expect(pinyinWords.length).toBeGreaterThan(10);
		const compiled = generatedVocabulary().typos;
		for (const { correct } of pinyinWords) {
			const spellings = wholeWordSpellings(correct, lexicon);
			expect(spellings.length, correct).toBeGreaterThan(0);
			for (const spelling of spellings) expect(compiled[spelling], spelling).toBe(correct);
		}
		expect(compiled.shuaka).toBe('刷卡');
		expect(compiled.daozhang).toBe('到账');
	});
});
