import { describe, expect, it } from 'vitest';
import { foldEnglish, stemEnglish } from '../../src/shared/search/english.ts';

const forms = { comms: 'communication', auth: 'authorization', centre: 'center', honour: 'honor', pickup: 'pick up' };

describe('foldEnglish', () => {
	it('folds the ways terminals write one message to one form', () => {
		expect(foldEnglish('COMMS FAIL', forms)).toBe(foldEnglish('communication failed', forms));
		expect(foldEnglish('CALL AUTH CENTRE', forms)).toBe(foldEnglish('call authorisation center', forms));
		expect(foldEnglish('DO NOT HONOUR', forms)).toBe(foldEnglish('do not honor', forms));
		expect(foldEnglish('PICKUP CARD', forms)).toBe(foldEnglish('pick up cards', forms));
		expect(foldEnglish('Declined', forms)).toBe(foldEnglish('declines', forms));
		expect(foldEnglish('NOT AUTHORISED', forms)).toBe(foldEnglish('not authorized', forms));
	});

	it('leaves Chinese, codes and words joined to digits alone', () => {
		expect(foldEnglish('刷卡显示 ERROR 05', forms)).toBe('刷卡显示 error 05');
		expect(foldEnglish('4G failed A0', forms)).toBe('4g fail a0');
	});
});

describe('stemEnglish', () => {
	it('keeps short words and words whose ending is part of the stem', () => {
		expect(stemEnglish('pin')).toBe('pin');
		expect(stemEnglish('exceeded')).toBe('exceed');
		expect(stemEnglish('exceeds')).toBe('exceed');
		expect(stemEnglish('stopped')).toBe('stop');
		expect(stemEnglish('this')).toBe('this');
	});
});
