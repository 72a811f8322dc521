import { describe, expect, it } from 'vitest';
import {
	codeAlias,
	reportedVariant,
	retryDisplayCaution,
	retryMatchesCategory,
	routedToRemedy,
	visaSourced,
} from '../../scripts/editorial-checks/codes.ts';
import { EDITORIAL_CHECKS } from '../../scripts/editorial-checks/index.ts';
import type { Catalogue } from '../../scripts/pipeline/catalogue.ts';
import type { ResponseCode } from '../../src/schemas/response-code.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const RULES = [retryMatchesCategory, retryDisplayCaution, routedToRemedy, codeAlias, reportedVariant, visaSourced];

/** A code that follows every rule; override fields as needed. */
function code(overrides: Partial<ResponseCode> = {}): ResponseCode {
	return {
		id: '51',
		meaning: '余额不足',
		display: '余额不足',
		category: 'C',
		retry: '不要重复刷卡，请换卡付款。',
		explanation: '卡内可用余额不足以支付本笔交易。',
		aliases: ['51错误', '返回码51'],
		misconceptions: [],
		symptoms: ['S-01'],
		causes: ['C-03'],
		remedies: ['R-02'],
		sources: ['art-test'],
		variants: [],
		references: [],
		...overrides,
	} as ResponseCode;
}

/** The small catalogue with the given codes; code 51 is declared at codes.yaml:7. */
function withCodes(...codes: ResponseCode[]): Catalogue {
	return smallCatalogue({ codes, locations: new Map([['51', { file: 'src/editorial/codes.yaml', line: 7 }]]) });
}

describe('policy rules of the response codes', () => {
	it('are registered and pass codes that follow them', () => {
		for (const rule of RULES) {
			expect(EDITORIAL_CHECKS, rule.code).toContain(rule);
			expect(rule.check(withCodes(code())), rule.code).toEqual([]);
		}
	});
});

describe('codes/retry-category', () => {
	it('reports advice that contradicts the category, with file, line and entry', () => {
		const found = retryMatchesCategory.check(
			withCodes(
				code({ retry: '可以重试。' }),
				code({ id: '00', category: 'A', retry: '交易成功。' }),
				code({ id: 'A0', category: 'B', retry: '联系收单机构。' }),
				code({ id: '77', category: 'D', retry: '请重新签到。' }),
			),
		);
		expect(found.map((d) => d.entry)).toEqual(['51', '00', 'A0', '77']);
		expect(found[0]).toMatchObject({ file: 'src/editorial/codes.yaml', line: 7, code: 'codes/retry-category', severity: 'error' });
		expect(found[0]!.message).toContain('advises trying again');
		expect(found[3]!.message).toContain('不要');
	});
});

describe('codes/retry-caution', () => {
	it('requires a note next to 请重试, and the charge check where the outcome is unknown', () => {
		const found = retryDisplayCaution.check(
			withCodes(
				code({ id: '91', display: '请重试' }),
				code({ id: '98', meaning: '交易超时', display: '请稍后重试', displayNote: '稍后再试。' }),
				code({ id: '96', meaning: '交易超时', display: '请重试', displayNote: '先查是否已扣款。' }),
			),
		);
		expect(found.map((d) => d.entry)).toEqual(['91', '98']);
		expect(found[0]!.message).toContain('no displayNote');
		expect(found[1]!.message).toContain('扣款');
	});
});

describe('codes/remedy-route', () => {
	it('sends sign-in advice to R-25 and 没收卡 to R-27 when those remedies exist', () => {
		const c = withCodes(code({ id: '77', retry: '不要重刷，请重新签到。' }), code({ id: '41', display: '没收卡' }));
		expect(routedToRemedy.check(c)).toEqual([]);
		c.remedies.push({ ...c.remedies[0]!, id: 'R-25' }, { ...c.remedies[0]!, id: 'R-27' });
		const found = routedToRemedy.check(c);
		expect(found.map((d) => [d.entry, d.hint])).toEqual([
			['77', 'Add R-25 to its remedies.'],
			['41', 'Add R-27 to its remedies.'],
		]);
	});
});

describe('codes/alias-code', () => {
	it('reports a code none of whose aliases contains it', () => {
		const found = codeAlias.check(withCodes(code({ aliases: ['余额不足'] })));
		expect(found).toEqual([expect.objectContaining({ entry: '51', code: 'codes/alias-code', line: 7 })]);
	});
});

describe('codes/unverified-variant', () => {
	it('reports a reported variant worded as verified', () => {
		const variants = [
			{ source: 'forum-reported', meaning: '余额不足' },
			{ source: 'forum-reported', meaning: '据论坛报告为余额不足' },
		];
		const found = reportedVariant.check(withCodes(code({ variants } as Partial<ResponseCode>)));
		expect(found.map((d) => d.message)).toEqual([expect.stringContaining('forum-reported')]);
	});
});

describe('codes/visa-source', () => {
	it('reports Visa advice without the Visa reference and the unnamed card-scheme rule', () => {
		const found = visaSourced.check(
			withCodes(code({ retry: '不要重刷，Visa 不允许重复提交。' }), code({ id: '05', retry: '不要重刷，卡组织也不允许。' })),
		);
		expect(found.map((d) => d.entry)).toEqual(['51', '05']);
		expect(visaSourced.check(withCodes(code({ retry: '不要重刷，Visa 不允许。', sources: ['checkout-visa-response-codes'] })))).toEqual([]);
	});
});
