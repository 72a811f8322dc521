import { describe, expect, it } from 'vitest';
import {
	addressLeaks,
	type CleanedPage,
	factKept,
	fold,
	foldKeepingMasks,
	foldLoose,
	formatTable,
	longestCommonSubstring,
	markerLeaks,
	maskHoles,
	type PageLabels,
	scorePage,
	summarize,
} from '../../scripts/eval/clean-metrics.ts';

const folded = (text: string) => ({ strict: fold(text), loose: foldLoose(text) });

describe('fold', () => {
	it('folds case, width, white space and script', () => {
		expect(fold('ＰＯＳ機 刷卡，失敗')).toBe('pos机刷卡,失败');
		expect(foldLoose('POS机：“刷卡” 失败。')).toBe('pos机刷卡失败');
	});
});

describe('markerLeaks', () => {
	it('finds a marker whatever the width, spacing and punctuation around it', () => {
		expect(markerLeaks('微信:18910340839', folded('请加微信：189 1034 0839 咨询'))).toBe(true);
		expect(markerLeaks('18910340839', folded('检查网络连接后重试'))).toBe(false);
	});

	it('counts a long pitch as leaked when most of it survives, not when a word it shares with a fact does', () => {
		const pitch = '本站是拉卡拉pos机成都办理官网';
		expect(markerLeaks(pitch, folded('本站是pos机成都办理官网。'))).toBe(true);
		expect(markerLeaks(pitch, folded('检查pos机的网络连接'))).toBe(false);
	});

	it('matches markers made only of punctuation as they are', () => {
		expect(markerLeaks('**', folded('**一、原因**'))).toBe(true);
		expect(markerLeaks('**', folded('一、原因'))).toBe(false);
		expect(markerLeaks('###', folded('## 二、方法'))).toBe(false);
	});
});

describe('factKept', () => {
	it('keeps a fact across scripts and punctuation width', () => {
		expect(factKept('請聯系發卡行,查詢餘額', folded('请联系发卡行，查询余额。'))).toBe(true);
		expect(factKept('请联系发卡行', folded('请联系收单行'))).toBe(false);
	});
});

describe('longestCommonSubstring', () => {
	it('measures the longest shared run', () => {
		expect(longestCommonSubstring('abcdef', 'xxcdeyy')).toBe(3);
		expect(longestCommonSubstring('刷卡失败', '')).toBe(0);
	});
});

describe('maskHoles', () => {
	it('finds a passage published with its mask dropped', () => {
		const raw = '读卡器可能无**确读取卡片上的信息';
		expect(maskHoles('无**确', raw, foldKeepingMasks('读卡器可能无确读取卡片上的信息'))).toEqual(['mask dropped: 器可能无确读取卡']);
		expect(maskHoles('无**确', raw, foldKeepingMasks(raw))).toEqual([]);
		expect(maskHoles('无**确', raw, foldKeepingMasks('检查读卡器'))).toEqual([]);
		expect(maskHoles('(jī)', raw, foldKeepingMasks(raw))).toEqual([]);
	});
});

describe('addressLeaks', () => {
	it('finds the address or its host in the kept text', () => {
		expect(addressLeaks('https://www.9m8m.com/969119.html', fold('出处:9m8m.com'))).toBe(true);
		expect(addressLeaks('https://www.9m8m.com/969119.html', fold('刷卡失败'))).toBe(false);
	});
});

const labels: PageLabels = {
	id: 'p-0000000000',
	url: 'https://pos.example.cn/a.html',
	batch: 'dev-x',
	genre: 'seo-dealer',
	mustRemove: ['微信18127011016', '本站小编'],
	mustKeep: ['请联系发卡行', '重新签到'],
	obfuscated: ['ka卡'],
};

const page = (kept: string[], scanned: CleanedPage['scanned'] = []): CleanedPage => ({
	raw: `${labels.url}\n刷ka卡失败,请联系发卡行。微信18127011016`,
	kept,
	statements: 4,
	placed: 3,
	scanned,
});

describe('scorePage and summarize', () => {
	it('reports each leak, lost fact and obfuscation of a page by name', () => {
		const score = scorePage(labels, page(['刷ka卡失败，请联系发卡行。', '微信 18127011016'], [{ rule: 'leftover-pinyin', text: 'ka' }]));
		expect(score.leaked).toEqual(['微信18127011016']);
		expect(score.lost).toEqual(['重新签到']);
		expect(score.obfuscationsLeft).toEqual(['ka卡', 'ka (leftover-pinyin)']);
		expect(score.addressRemoved).toBe(true);
	});

	it('sums a batch into shares and lists the worst pages first', () => {
		const bad = scorePage(labels, page(['微信18127011016', '本站小编']));
		const good = scorePage({ ...labels, id: 'p-1111111111' }, page(['请联系发卡行', '重新签到']));
		const summary = summarize('dev-x', [good, bad]);
		expect(summary).toMatchObject({
			pages: 2,
			markers: 4,
			markersRemoved: 2,
			promoRemoved: 0.5,
			facts: 4,
			factsKept: 2,
			factsKeptShare: 0.5,
			obfuscationsLeft: 0,
			addressesRemoved: 2,
			placedShare: 0.75,
		});
		expect(summary.worst.map((p) => p.id)).toEqual(['p-0000000000']);
		expect(formatTable([summary])).toContain('50.0 % (2/4)');
	});
});
