import { describe, expect, it } from 'vitest';
import { bySubject, concerns, SUBJECT_RULE, subjectOf } from '../../scripts/rules/statement-subject/index.ts';

describe(`statement subject (${SUBJECT_RULE.id})`, () => {
	it.each(SUBJECT_RULE.examples.map((e) => [e.text, e.subject]))('%s → %s', (text, subject) => {
		expect(subjectOf(text)).toBe(subject);
	});

	it('has a description and examples of both sides and of none', () => {
		expect(SUBJECT_RULE.description.length).toBeGreaterThan(40);
		const subjects = new Set(SUBJECT_RULE.examples.map((e) => e.subject));
		expect(subjects).toEqual(new Set(['cardholder', 'merchant', undefined]));
	});

	it('reads an entry for the merchant side as concerning a merchant, not a cardholder', () => {
		expect(concerns(['商户', '技术支持'], 'merchant')).toBe(true);
		expect(concerns(['收银员'], 'merchant')).toBe(true);
		expect(concerns(['商户', '技术支持'], 'cardholder')).toBe(false);
		expect(concerns(['持卡人', '商户'], 'cardholder')).toBe(true);
	});

	it('chooses between candidates and never drops them all', () => {
		const candidates = [
			{ id: 'C-22', audience: ['商户'] as const },
			{ id: 'C-05', audience: ['持卡人', '商户'] as const },
		];
		const cardholder = '持卡人的银行卡被冻结，无法刷卡。';
		expect(bySubject(cardholder, candidates).map((c) => c.id)).toEqual(['C-05']);
		expect(bySubject(cardholder, [candidates[0]!]).map((c) => c.id)).toEqual(['C-22']);
		expect(
			bySubject(cardholder, [
				{ id: 'C-22', audience: ['商户'] },
				{ id: 'C-23', audience: ['商户'] },
			]).map((c) => c.id),
		).toEqual(['C-22', 'C-23']);
		expect(bySubject('网络不稳定会导致交易失败。', candidates)).toHaveLength(2);
	});
});
