import { describe, expect, it } from 'vitest';
import { type EntryIndex, type IndexedEntry, RANKING, rankEntries } from '../../src/shared/search/rank.ts';
import { isCanonicalRun, rewriteQuery } from '../../src/shared/search/rewrite.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import { replacePhrases, table } from '../../src/shared/search/words.ts';

/** A vocabulary with nothing in it but what a test needs. */
function vocabulary(extra: Partial<SearchVocabulary> = {}): SearchVocabulary {
	return {
		traditional: {},
		typos: {},
		synonyms: {},
		fillers: [],
		particles: [],
		units: [],
		codes: [],
		codeTerm: '应答码',
		entries: [],
		...extra,
	};
}

const entry = (id: string, type: IndexedEntry['type'], name: string, aliases = '', summary = ''): IndexedEntry => ({
	id,
	type,
	title: `${id} ${name}`,
	url: `/${id}/`,
	snippet: summary,
	fields: [`${name} || ${name}`, `${aliases} || ${aliases}`, `${summary} || ${summary}`, ' || ', ' || '],
});

describe('replacePhrases', () => {
	const phrases = table([
		['卡无效', '无效卡号'],
		['无效卡号', '无效卡号'],
		['无效金额', '无效金额'],
	]);

	it('does not let a variant cut into a canonical term written out in full further on', () => {
		expect(replacePhrases('刷卡无效金额', phrases, true).replace(/\s+/g, ' ').trim()).toBe('刷卡 无效金额');
	});

	it('still rewrites the variant where no canonical term follows it', () => {
		expect(replacePhrases('刷卡卡无效了', phrases, true).replace(/\s+/g, ' ').trim()).toBe('刷卡 无效卡号 了');
	});
});

describe('rankEntries: off-topic entries', () => {
	const index: EntryIndex = {
		vocabulary: vocabulary({ wholeWords: ['预授权'] }),
		entries: [entry('S-13', 'symptom', '预授权完成或撤销失败'), entry('R-30', 'remedy', '确认重复扣款后办理撤销或退货')],
	};

	it('an entry named by a topic term the query lacks does not come first on a shared word', () => {
		expect(rankEntries('怎么撤销付款', index).results[0]?.id).toBe('R-30');
	});

	it('the same entry comes first when the query names its topic', () => {
		expect(rankEntries('预授权撤销失败', index).results[0]?.id).toBe('S-13');
	});
});

describe('rewriteQuery', () => {
	it('reads the letter O typed for the digit 0 as the code, only where the query frames it as a code', () => {
		const v = vocabulary({ codes: ['A0', '05'] });
		expect(rewriteQuery('pos机返回码ao', v).codes).toEqual(['A0']);
		expect(rewriteQuery('应答码o5', v).codes).toEqual(['05']);
		expect(rewriteQuery('ao', v).codes).toEqual([]);
	});

	it('reads no code out of a decimal amount', () => {
		const v = vocabulary({ codes: ['39', '55'] });
		expect(rewriteQuery('银行卡出现了39.9元的扣款', v).codes).toEqual([]);
		expect(rewriteQuery('费率0.55', v).codes).toEqual([]);
		expect(rewriteQuery('刷卡显示39', v).codes).toEqual(['39']);
	});

	const vocab = vocabulary({ synonyms: { 'do not honor': '不予承兑', 不予承兑: '不予承兑' }, codes: ['38'] });

	it('reads hyphenated and underscored English as words', () => {
		expect(rewriteQuery('Do-Not-Honor', vocab).runs).toContain('不予承兑');
		expect(rewriteQuery('DO_NOT_HONOR', vocab).runs).toContain('不予承兑');
	});

	it('reads an entry text without taking its numbers for codes (the index keeps 码 and 错误)', () => {
		expect(rewriteQuery('密码错误次数超限 38', vocab).codes).toEqual(['38']);
		const text = rewriteQuery('密码错误次数超限（V3：38-密码错误次数超限）', vocab, { text: true });
		expect(text.codes).toEqual([]);
		expect(text.runs.join('')).toContain('密码错误次数超限');
	});

	it('reads one digit right after code framing as the code without its leading zero (Code 6 is 06)', () => {
		const codes = vocabulary({ codes: ['06', '05'] });
		expect(rewriteQuery('Error - Code 6', codes).codes).toEqual(['06']);
		expect(rewriteQuery('应答码5', codes).codes).toEqual(['05']);
		expect(rewriteQuery('RC 5', codes).codes).toEqual(['05']);
		// A count or a bare digit after other words is no code.
		expect(rewriteQuery('密码错误5次', codes).codes).toEqual([]);
		expect(rewriteQuery('显示5', codes).codes).toEqual([]);
	});

	it('reads no code out of an amount written with its currency sign (扣了£20, $51)', () => {
		const codes = vocabulary({ codes: ['20', '51'] });
		expect(rewriteQuery('卡上刚刚被扣了£20', codes).codes).toEqual([]);
		expect(rewriteQuery('charged $51 twice', codes).codes).toEqual([]);
		expect(rewriteQuery('扣了￥ 51', codes).codes).toEqual([]);
		expect(rewriteQuery('显示51', codes).codes).toEqual(['51']);
	});

	it('reads code framing written onto the code (RSP98, RC05, Error05) as framing and the code', () => {
		const codes = vocabulary({ codes: ['98', '05', 'A0'] });
		expect(rewriteQuery('pos机显示rsp98', codes).codes).toEqual(['98']);
		expect(rewriteQuery('RC05', codes).codes).toEqual(['05']);
		expect(rewriteQuery('Error05', codes).codes).toEqual(['05']);
		// Longer tokens stay one code-like token, letters inside a word are no framing, and a code starting with a letter
		// glued to letters (rspa0) is not split: where the word ends is a guess.
		expect(rewriteQuery('ER012', codes).codes).toEqual([]);
		expect(rewriteQuery('force05', codes).codes).toEqual([]);
	});

	it('undoes the obfuscation a query copied from an SEO page carries, by the cleaner’s table (刷ka卡 is 刷卡)', () => {
		const table = { pinyin: { 卡: ['ka'] }, rules: [{ id: 'pinyin-inserted', kind: 'pinyin-insertion' as const }] };
		const plain = vocabulary({ synonyms: { 刷卡失败: '刷卡失败' } });
		expect(rewriteQuery('信用ka卡刷ka卡失败', { ...plain, deobfuscation: table }).runs.join(' ')).toBe('信用卡 刷卡失败');
		// Without the table the Latin syllable stays a word of its own.
		expect(rewriteQuery('信用ka卡刷ka卡失败', plain).runs).toContain('ka');
	});
});

describe('rankEntries: exact names and aliases', () => {
	const index: EntryIndex = {
		vocabulary: vocabulary(),
		entries: [entry('38', 'code', '密码错误次数超限'), entry('55', 'code', '密码不正确', '密码错误 | 密码错')],
	};

	it('the entry that lists the phrase as one of its names or aliases comes first', () => {
		expect(rankEntries('密码错误', index).results[0]?.id).toBe('55');
	});
});

describe('rankEntries: English terminal messages', () => {
	const withMessages = (id: string, name: string, messages: string): IndexedEntry => ({
		...entry(id, 'symptom', name),
		fields: [`${name} || ${name}`, ' || ', ' || ', ' || ', `${messages} || ${messages}`],
	});
	const index: EntryIndex = {
		vocabulary: vocabulary({ fillers: ['please', 'keep saying'], english: { centre: 'center', auth: 'authorization' } }),
		entries: [
			withMessages('S-05', '读不了卡', 'remov card | card error'),
			withMessages('C-05', '卡片冻结', 'application block remov card | card block'),
			withMessages('04', '没收卡', 'keep card | pick up card'),
			withMessages('S-02', '交易被拒绝', 'declin | not authoriz'),
			withMessages('01', '查发卡行', 'call authoriz center | refer to card issuer'),
		],
	};

	it('the entry listing the message whole comes before one that shares its words', () => {
		expect(rankEntries('PLEASE REMOVE CARD', index).results[0]?.id).toBe('S-05');
	});

	it('matches English words however the terminal abbreviates and spells them', () => {
		expect(rankEntries('CALL AUTH CENTRE', index).results[0]?.id).toBe('01');
		expect(rankEntries('Not Authorised', index).results[0]?.id).toBe('S-02');
	});

	it('keeps English word order: "card keep saying" is no KEEP CARD', () => {
		expect(rankEntries('KEEP CARD', index).results[0]?.id).toBe('04');
		expect(rankEntries('my card keep saying declined', index).results[0]?.id).toBe('S-02');
	});
});

describe('rankEntries: seams between words', () => {
	// 卡成 occurs only where 刷卡成功 is written out: rarer than either word it joins, though it is no word.
	const index: EntryIndex = {
		vocabulary: vocabulary(),
		entries: [
			entry('S-04', 'symptom', '刷卡成功但未到账'),
			entry('R-30', 'remedy', '撤销刷卡交易', '刷卡成功后撤销'),
			entry('S-01', 'symptom', '刷卡失败'),
			entry('C-01', 'cause', '刷卡超时'),
			entry('C-02', 'cause', '签到成功'),
			entry('C-03', 'cause', '结算成功'),
			entry('C-04', 'cause', '刷卡限额'),
		],
	};
	const scoreOf = (query: string, id: string, seamCap: number): number => {
		const saved = RANKING.seamCap;
		RANKING.seamCap = seamCap;
		try {
			return rankEntries(query, { ...index }).results.find((r) => r.id === id)?.score ?? 0;
		} finally {
			RANKING.seamCap = saved;
		}
	};

	it('a pair joining two known pairs weighs no more than the heavier of them', () => {
		expect(scoreOf('刷卡成功', 'S-04', 1)).toBeLessThan(scoreOf('刷卡成功', 'S-04', 0));
	});

	it('a pair that is a word at the end of a run keeps its weight', () => {
		expect(scoreOf('撤销', 'R-30', 1)).toBe(scoreOf('撤销', 'R-30', 0));
	});
});

describe('clauses of a long question weigh by their role', () => {
	const index: EntryIndex = {
		vocabulary: vocabulary(),
		entries: [entry('S-01', 'symptom', '交易失败'), entry('C-50', 'cause', '超市收银台网络', '', '超市')],
	};
	const rank = (query: string, weight: number): string[] => {
		const saved = RANKING.circumstanceWeight;
		RANKING.circumstanceWeight = weight;
		try {
			return rankEntries(query, { ...index }).results.map((r) => r.id);
		} finally {
			RANKING.circumstanceWeight = saved;
		}
	};
	const story = '昨天下午在超市收银台排队 刷卡时显示交易失败';

	it('the clause that states the problem outweighs the one that sets the scene', () => {
		expect(rank(story, 1)[0]).toBe('C-50');
		expect(rank(story, RANKING.circumstanceWeight)[0]).toBe('S-01');
	});

	it('a short question is not weighed by clauses', () => {
		expect(rank('超市收银台 交易失败', RANKING.circumstanceWeight)).toEqual(rank('超市收银台 交易失败', 1));
	});
});

describe('rewriteQuery: two amounts compared', () => {
	it('adds the term for a charge of the wrong amount', () => {
		expect(rewriteQuery('衣服售价80元 收了800元', vocabulary()).runs).toEqual(expect.arrayContaining(['金额', '输入错误']));
		expect(rewriteQuery('刷卡扣了80元', vocabulary()).runs).not.toContain('输入错误');
	});
});

describe('rewriteQuery: when the money comes', () => {
	it('adds the settlement cycle to a question about the time of a payment', () => {
		expect(rewriteQuery('晚上十点以后刷卡 第二天能到账吗', vocabulary()).runs).toContain('结算周期');
		expect(rewriteQuery('刷卡要多久到账', vocabulary()).runs).not.toContain('结算周期');
	});
});

describe('rewriteQuery: story readings see the clauses as typed', () => {
	it('a space between Han words parts two clauses (a time of day in one, the payment in the other)', () => {
		expect(rewriteQuery('今天早上出门 收到一条刷卡通知', vocabulary()).runs).not.toContain('结算周期');
		expect(rewriteQuery('今天早上刷卡 什么时候到', vocabulary()).runs).toContain('结算周期');
	});
});

describe('rewriteQuery: English words translated (synonym groups with translation: true)', () => {
	// A translation group has no self-map (scripts/pipeline/search-vocabulary.ts): only its English variants map to the term.
	const translated = vocabulary({ synonyms: { sale: '消费', tamper: '篡改' } });
	const named = vocabulary({ synonyms: { sale: '消费', 消费: '消费' } });

	it('an English word of a terminal message is read as the catalogue term, whatever its ending', () => {
		expect(rewriteQuery('PED Tampered', translated).runs).toContain('篡改');
		expect(rewriteQuery('tampering detected', translated).runs).toContain('篡改');
		expect(rewriteQuery('Declined Sale', translated).runs).toContain('消费');
	});

	it('the term written in Chinese is left as the reader wrote it, and is no reader-named problem', () => {
		expect(rewriteQuery('刷卡消费时', translated).runs).toEqual(['刷卡消费时']);
		expect(isCanonicalRun('消费', translated)).toBe(false);
		// A term a Chinese phrase maps to (here its self-map) is cut out and counts as named.
		expect(rewriteQuery('刷卡消费时', named).runs).toContain('消费');
		expect(isCanonicalRun('消费', named)).toBe(true);
	});
});

describe('rewriteQuery: a canonical term is kept whole', () => {
	it('a filler word inside a canonical term (报 of 报修) does not cut it', () => {
		const v = vocabulary({ synonyms: { 报修: '报修', 送修: '报修' }, fillers: ['报'] });
		expect(rewriteQuery('机器报修要多久', v).runs).toContain('报修');
		expect(rewriteQuery('送修', v).runs).toEqual(['报修']);
	});
});
