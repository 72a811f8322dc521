import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bigrams,
	duplicateKey,
	duplicateKeyByUnicode,
	groupNearDuplicates,
	jaccard,
	stableId,
} from '../../scripts/pipeline/text/near-duplicates.ts';

describe('near-duplicates', () => {
	it('groups the same statement written with different punctuation and small edits', () => {
		const groups = groupNearDuplicates([
			'定期检查POS机硬件和软件状态，确保终端正常运行。',
			'定期检查POS机硬件和软件状态,确保终端正常运行',
			'定期检查POS机的硬件和软件状态，确保终端能正常运行。',
			'保持良好的网络连接，避免网络故障导致交易失败。',
		]);
		expect(groups[1]).toBe(0);
		expect(groups[2]).toBe(0);
		expect(groups[3]).toBe(3);
	});
	it('keeps different statements apart', () => {
		expect(groupNearDuplicates(['联系发卡行查询余额', '联系收单机构查询结算'])).toEqual([0, 1]);
	});
	it('duplicateKey() ignores punctuation, spaces and width', () => {
		expect(duplicateKey('ＰＯＳ机, 刷卡。')).toBe(duplicateKey('pos机刷卡'));
	});
	it('duplicateKey() gives what NFKC and the Unicode classes give, for text of every kind (property)', () => {
		const chars = fc.oneof(
			fc.constantFrom(
				'P',
				'o',
				'S',
				'9',
				'刷',
				'卡',
				'，',
				'。',
				'、',
				'“',
				'…',
				'（',
				'）',
				'　',
				'％',
				'Ａ',
				'１',
				'℃',
				'㎏',
				'\u0301',
				'·',
				' ',
				'-',
				'\u00a0',
			),
			fc.string({ unit: 'binary', maxLength: 1 }),
		);
		fc.assert(
			fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				expect(duplicateKey(text)).toBe(duplicateKeyByUnicode(text));
			}),
		);
	});
	it('jaccard is 1 for identical and 0 for disjoint sets', () => {
		expect(jaccard(bigrams('刷卡失败'), bigrams('刷卡失败'))).toBe(1);
		expect(jaccard(bigrams('刷卡'), bigrams('到账'))).toBe(0);
	});
	it('stableId depends only on the comparable text', () => {
		expect(stableId('刷卡失败。')).toBe(stableId('刷卡失败'));
		expect(stableId('刷卡失败')).not.toBe(stableId('刷卡成功'));
	});
	it('every group representative is a member of its own group (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 40 }), (texts) => {
				const groups = groupNearDuplicates(texts);
				return groups.every((g, i) => g <= i && groups[g] === g);
			}),
		);
	});
});
