import { describe, expect, it } from 'vitest';
import { replyAddressee, replyGarbled, replyGenericDecline } from '../../scripts/editorial-checks/replies.ts';
import type { EditorialCheck } from '../../scripts/editorial-checks/types.ts';
import type { Catalogue } from '../../scripts/pipeline/catalogue.ts';
import type { ResponseCode } from '../../src/schemas/response-code.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const GOOD = '您好，这笔交易没有成功，卡上没有扣款。请您换一张卡再付款，或联系您的发卡行，处理时间以发卡行的答复为准。';

/** A catalogue whose R-01 has the given replies (and R-01 at line 12 of remedies.yaml). */
function withReplies(replies: Catalogue['remedies'][number]['replies'], codes: ResponseCode[] = []): Catalogue {
	const base = smallCatalogue();
	return {
		...base,
		remedies: base.remedies.map((r) => (r.id === 'R-01' ? { ...r, replies } : r)),
		codes,
		locations: new Map([['R-01', { file: 'src/editorial/remedies.yaml', line: 12 }]]),
	};
}

const messages = (rule: EditorialCheck, catalogue: Catalogue) => rule.check(catalogue).map((d) => d.message);

describe('catalogue/reply-staff', () => {
	it('accepts a reply that greets its reader and speaks to 您', () => {
		expect(replyAddressee.check(withReplies({ cardholder: GOOD, merchant: GOOD.replace('发卡行', '收单机构') }))).toEqual([]);
	});

	it('rejects staff instructions, with the file, line and entry', () => {
		const [d, ...rest] = replyAddressee.check(withReplies({ merchant: '您好，请您按步骤处理。告诉顾客：扣款通常会自动退回。' }));
		expect(rest).toEqual([]);
		expect(d).toMatchObject({
			severity: 'error',
			code: 'catalogue/reply-staff',
			file: 'src/editorial/remedies.yaml',
			line: 12,
			entry: 'R-01',
		});
		expect(d!.message).toContain('告诉顾客');
	});

	it('rejects institution to-do lists and cashier instructions', () => {
		expect(messages(replyAddressee, withReplies({ merchant: '您好，请您稍候。排查系统和网络问题，优化系统。' })).join()).toMatch(
			/排查系统/,
		);
		expect(messages(replyAddressee, withReplies({ merchant: '您好，请收银员重新刷卡，您稍候。' })).join()).toMatch(/请收银员/);
	});

	it('rejects a cardholder reply that calls its reader 持卡人 or 顾客, and one without 您好 or 您', () => {
		expect(messages(replyAddressee, withReplies({ cardholder: '您好，请持卡人联系发卡行，您稍候。' })).join()).toMatch(
			/third person.*持卡人/,
		);
		const noGreeting = messages(replyAddressee, withReplies({ cardholder: '交易没有成功，请换一张卡再付款，或联系发卡行查询原因。' }));
		expect(noGreeting).toHaveLength(2);
	});
});

describe('catalogue/reply-garbled', () => {
	it('accepts whole sentences', () => {
		expect(replyGarbled.check(withReplies({ cardholder: GOOD }))).toEqual([]);
	});

	it('rejects the joined escalation lines of the old templates', () => {
		const text = '您好，如果仍未解决，请联系持卡人找发卡行；商户找收单机构。';
		expect(messages(replyGarbled, withReplies({ merchant: text }))).toEqual([
			'The merchant reply joins two parties into one contact ("联系持卡人找").',
			'The merchant reply lists who finds whom instead of telling the reader whom to contact ("；商户找").',
		]);
	});

	it('rejects doubled punctuation, empty brackets, placeholders and a line that stops mid-sentence', () => {
		expect(messages(replyGarbled, withReplies({ cardholder: '您好，交易失败。。请您稍后再试（）。' }))).toHaveLength(2);
		expect(messages(replyGarbled, withReplies({ cardholder: '您好，请您在{time}内联系发卡行。' })).join()).toMatch(/placeholder/);
		expect(messages(replyGarbled, withReplies({ cardholder: '您好，请您联系发卡行，\n处理时间以发卡行的答复为准。' })).join()).toMatch(
			/does not end a sentence/,
		);
	});
});

describe('catalogue/reply-discloses', () => {
	const pickUp = { id: '43', meaning: '被窃卡：这张卡已报失窃。', remedies: ['R-01'] } as ResponseCode;

	it('rejects a cardholder reply that says the card was reported stolen, for a remedy of a pick-up code', () => {
		const catalogue = withReplies({ cardholder: '您好，您的卡已被挂失，请您联系发卡行。' }, [pickUp]);
		const [d] = replyGenericDecline.check(catalogue);
		expect(d).toMatchObject({ code: 'catalogue/reply-discloses', entry: 'R-01', line: 12 });
		expect(d!.message).toContain('code 43');
	});

	it('accepts a generic decline for such a remedy, and the same words where no pick-up code uses the remedy', () => {
		expect(replyGenericDecline.check(withReplies({ cardholder: GOOD }, [pickUp]))).toEqual([]);
		expect(replyGenericDecline.check(withReplies({ cardholder: '您好，您的卡已被挂失，请您联系发卡行。' }))).toEqual([]);
	});

	it('leaves merchant replies alone: the merchant needs to know how to handle the card', () => {
		expect(replyGenericDecline.check(withReplies({ merchant: '您好，这张卡已挂失，请您按收单机构的规定处理。' }, [pickUp]))).toEqual([]);
	});
});
