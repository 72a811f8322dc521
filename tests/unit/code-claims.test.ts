import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../scripts/pipeline/catalogue.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { codeClaims, codeReadAsValue, createClaimChecker } from '../../scripts/pipeline/text/code-claims.ts';

const catalogue = parseCatalogue(await readEditorial('src/editorial'), 'src/editorial');
if (!catalogue.ok) throw new Error('the catalogue does not parse: run npm run ingest');
const checker = createClaimChecker(catalogue.value);

describe('codeClaims', () => {
	it.each([
		['04：卡内余额不足。', [{ code: '04', meaning: '卡内余额不足' }]],
		['“05”代码表示不承兑。', [{ code: '05', meaning: '不承兑' }]],
		['代码55 密码错误', [{ code: '55', meaning: '密码错误' }]],
		['错误码1和01表示银行卡内余额不足，或者银行账户内余额不足。', [{ code: '01', meaning: '银行卡内余额不足' }]],
		['2.05错误代码表示不受理该卡，具体原因持卡人需要咨询发卡行客服。', [{ code: '05', meaning: '不受理该卡' }]],
		['13——交易金额超限，请重试交易金额无效。', [{ code: '13', meaning: '交易金额超限' }]],
	])('reads the code and the meaning a statement gives it: %j', (text, claims) => {
		expect(codeClaims(text)).toEqual(claims);
	});
	it.each(['通常在1-7个工作日内退回。', '24-48小时内自动退款。', '当POS机显示代码51时，通常表示交易金额超过持卡人可用余额。'])(
		'finds no claim where no code is given a meaning: %j',
		(text) => {
			expect(codeClaims(text)).toEqual([]);
		},
	);
});

describe('claim checker', () => {
	it.each([
		['04：卡内余额不足。', '04'],
		['02：交易金额超限。', '02'],
		['错误码1和01表示银行卡内余额不足，或者银行账户内余额不足，持卡人需要保留银行卡内余额进行充值。', '01'],
	])('withholds a code given another meaning than the catalogue’s: %j', (text, code) => {
		expect(checker.check(text)).toMatchObject({ rule: 'code-meaning', code });
	});
	it.each([
		'05 ——交易失败。',
		'“05”代码表示不承兑。',
		'2.05错误代码表示不受理该卡，具体原因持卡人需要咨询发卡行客服。',
		'13——交易金额超限，请重试交易金额无效，采用小金额交易或与发卡行联系。',
		'代码61 超出单笔限额',
		'代码55 密码错误',
		'22——操作有误，请重试POS状态与中心不符，重新签到。',
		'错误码39表示刷卡操作错误。如果刷卡时仍出现此错误，可以尝试插卡或挥卡。',
		'23 ——交易失败，请联系发卡行不可接受的交易费。',
	])('lets a meaning the catalogue gives, names as a cause, or does not know pass: %j', (text) => {
		expect(checker.check(text)).toBeUndefined();
	});
	it.each([
		[
			'不同的POS机品牌和型号可能会使用不同的内部算法来处理金额输入，13”恰好是某个特定系统无法正确解析的金额，那么就可能出现“无效金额13”的提示。',
			'13',
		],
		['系统可能将“13”定义为非数字字符，并试图将其作为无效金额处理。', '13'],
	])('withholds a statement that reads a code as an amount or a number: %j', (text, code) => {
		expect(codeReadAsValue(text)).toBe(code);
		expect(checker.check(text)).toMatchObject({ rule: 'code-meaning', code });
	});
	it.each(['应答码13是无效金额，请核对交易金额。', '出现“13”的提示时，请核对输入的金额。', '单笔金额13元以下的交易免密。'])(
		'lets a code named with its meaning, or a plain amount, pass: %j',
		(text) => {
			expect(codeReadAsValue(text)).toBeUndefined();
		},
	);
	it('withholds a claim an erratum corrects, in any source and other words (E-02)', () => {
		expect(checker.check('卡片过期、余额不足、挂失或磁条损坏等状态异常可能导致扣款。')).toMatchObject({ rule: 'erratum', erratum: 'E-02' });
		expect(checker.check('检查卡内余额：确保卡内余额充足，避免因余额不足导致刷卡失败但被扣费。')).toBeUndefined();
		expect(checker.check('如果客户的账户余额不足以支付交易金额，资金也会被系统拦截，不会从客户账户中扣除。')).toBeUndefined();
	});
});
