import { describe, expect, it } from 'vitest';
import { confirmLearned, LEARNED_NAMES_FILE, learnedGate, parseLearned, serializeLearned } from '../../scripts/pipeline/learned.ts';
import { findPromotion } from '../../scripts/pipeline/scan.ts';
import { screenAcross } from '../../scripts/pipeline/stages/screen.ts';
import { runOn, shippedEditorial } from '../helpers/pipeline.ts';

/**
 * The names the cleaner learns from an article (a brand it puts before POS机 twice), gathered and confirmed across the
 * corpus (scripts/pipeline/learned.ts): the screen across sources withholds a statement of a repost that lost the
 * lines the name was learned from, and the page check recognises the same names. Self-written articles, one rule.
 */
const editorial = await shippedEditorial();
const { promotion } = editorial.cleaning;
const bytes = (text: string) => new TextEncoder().encode(text);

/** An article that names its brand before POS机 twice, and reposts of it that kept only one of those sentences. */
const ORIGINAL = [
	'POS机无法识别银行卡的原因',
	'软件问题也是导致新付POS机无法识别银行卡的重要原因。',
	'操作错误也可能导致新付POS机无法识别银行卡。',
	'读卡器接触面出现刮擦或损坏时，POS机无法正常读取银行卡信息。',
].join('\n');
const REPOST = [
	'POS机无法识别银行卡的原因',
	'软件问题也是导致新付POS机无法识别银行卡的重要原因。',
	'读卡器接触面出现刮擦或损坏时，POS机无法正常读取银行卡信息。',
].join('\n');

describe('learned names across the corpus', () => {
	const output = runOn(
		[
			{ file: 'a.txt', bytes: bytes(ORIGINAL) },
			{ file: 'b.txt', bytes: bytes(REPOST) },
			{ file: 'c.txt', bytes: bytes(REPOST) },
		],
		editorial,
	);
	const learned = parseLearned(output.files?.get(LEARNED_NAMES_FILE));

	it('learns the brand from the article that names it twice and confirms it with the reposts that still name it', () => {
		expect(learned.get('brand-mention')).toEqual(['导致新付']);
	});

	it('withholds the reposts’ statements that still name it, with the rule and the name in the report', () => {
		const withheld = output.report?.withheld.flatMap((w) => w.statements.map((s) => ({ file: w.file, ...s }))) ?? [];
		const learnedOnes = withheld.filter((s) => s.rule === 'learned/brand-mention');
		expect(learnedOnes.map((s) => [s.file, s.found])).toEqual([
			['b.txt', '导致新付'],
			['c.txt', '导致新付'],
		]);
		const statements = ['symptoms.json', 'causes.json', 'remedies.json', 'prevention.json', 'cases.json'].flatMap((name) =>
			((output.files?.get(name) ?? []) as Array<{ statements: Array<{ text: string }> }>).flatMap((e) => e.statements.map((s) => s.text)),
		);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.filter((text) => text.includes('新付'))).toEqual([]);
	});

	it('is what the page check recognises, instead of names learned from the page text', () => {
		// A page that shows the repost's statement twice: with the corpus's names it is found; with names the corpus
		// does not confirm, nothing is learned from the page itself.
		const page = '软件问题也是导致新付POS机无法识别银行卡的重要原因。 软件问题也是导致新付POS机无法识别银行卡的重要原因。';
		expect(findPromotion(page, promotion, learned).map((h) => h.rule)).toContain('brand-mention');
		expect(findPromotion(page, promotion, new Map())).toEqual([]);
	});

	it('round-trips through its file', () => {
		expect(parseLearned(JSON.parse(JSON.stringify(serializeLearned(learned))))).toEqual(learned);
		expect(parseLearned(['not', 'names'])).toEqual(new Map());
	});
});

describe('confirmLearned', () => {
	it('keeps a name the corpus still uses as the rule learns it, and drops one the corpus uses otherwise', () => {
		const taught = new Map([['brand-mention', ['导致新付', '低费率']]]);
		const texts = [
			'软件问题也是导致新付POS机无法识别银行卡的重要原因。',
			'软件问题也是导致新付POS机无法识别银行卡的重要原因。',
			'系统将交易记录篡改为加油站等低费率商户类型。',
			'导致持卡人消费低费率商户，赚取费率差价。',
		];
		expect(confirmLearned(taught, texts, promotion)).toEqual(new Map([['brand-mention', ['导致新付']]]));
	});

	it('confirms a name from one remaining use as the rule learns it (the article that taught it used it twice)', () => {
		const taught = new Map([['brand-mention', ['导致新付']]]);
		expect(confirmLearned(taught, ['软件问题也是导致新付POS机无法识别银行卡的重要原因。'], promotion)).toEqual(taught);
		expect(confirmLearned(taught, ['这台机器导致新付款方式失效。'], promotion)).toEqual(new Map());
	});
});

describe('screenAcross', () => {
	it('withholds a statement that names a learned name and hides a heading that does', () => {
		const gate = learnedGate(promotion, new Map([['brand-mention', ['新易刷']]]));
		const unit = (text: string, section: string) => ({ kind: 'cause' as const, text, provenance: { file: 'x.txt', line: 3, section } });
		const result = screenAcross(
			[unit('使用新易刷POS机刷卡时提示读卡失败。', ''), unit('读卡器损坏时无法读卡。', '新易刷POS机读卡失败的原因')],
			gate,
		);
		expect(result.withheld.map((u) => [u.withheld.rule, u.withheld.found])).toEqual([['learned/brand-mention', '新易刷']]);
		expect(result.kept.map((u) => u.provenance.section)).toEqual(['']);
		expect(result.hiddenHeadings.map((h) => h.section)).toEqual(['新易刷POS机读卡失败的原因']);
	});
});
