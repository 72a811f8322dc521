import { describe, expect, it } from 'vitest';
import {
	ALTERNATIVE,
	aboutTheCard,
	CARD,
	CARD_TERMINAL,
	CHANNEL_RULES,
	channelWords,
	contextOf,
	inChannel,
	offChannel,
	PAGE_RULE,
	pageChannel,
} from '../../scripts/rules/statement-channel/index.ts';

describe.each(CHANNEL_RULES.map((r) => [r.id, r] as const))('statement channel %s', (_id, rule) => {
	it('has a description and examples of both sides', () => {
		expect(rule.id).toMatch(/^channel-[a-z-]+$/u);
		expect(rule.description.length).toBeGreaterThan(40);
		expect(rule.examples.finds.length).toBeGreaterThan(0);
		expect(rule.examples.ignores.length).toBeGreaterThan(0);
	});
	it.each(rule.examples.finds)('finds %s', (text) => {
		expect(offChannel(text, undefined)?.rule.id).toBe(rule.id);
	});
	it.each(rule.examples.ignores)('leaves %s', (text) => {
		expect(offChannel(text, undefined)?.rule.id).not.toBe(rule.id);
	});
});

describe.each([CARD_TERMINAL, CARD])('statement channel %s', (rule) => {
	it('has a description and examples of both sides', () => {
		expect(rule.description.length).toBeGreaterThan(40);
	});
	it.each(rule.examples.finds)('finds %s', (text) => {
		expect(rule.words.test(text)).toBe(true);
	});
	it.each(rule.examples.ignores)('leaves %s', (text) => {
		expect(rule.words.test(text)).toBe(false);
	});
});

describe('statement channel', () => {
	it('reads another channel named as the way out of a failed card payment as no channel', () => {
		for (const text of ALTERNATIVE.examples.finds) expect(channelWords(text).other, text).toBeUndefined();
		for (const text of ALTERNATIVE.examples.ignores) expect(channelWords(text).other, text).toBeDefined();
	});

	it('is lifted by the card terminal named, whatever the page', () => {
		const page = { rule: CHANNEL_RULES[0]!, found: '二维码', from: 'page' as const };
		expect(offChannel('以上情况都会导致信用卡刷卡失败。', page)).toBeUndefined();
		expect(offChannel('POS机可以刷卡，也可以扫码。', undefined)).toBeUndefined();
		expect(offChannel('网络问题是导致支付失败的常见原因之一。', page)?.from).toBe('page');
		expect(offChannel('网络问题是导致支付失败的常见原因之一。', undefined)).toBeUndefined();
	});

	it('counts a page as another channel only when that channel dominates it', () => {
		const qr = ['云闪付二维码失效的原因', '二维码被折叠会导致支付失败。', '扫码设备故障也会导致支付失败。', '网络问题也会导致失败。'];
		expect(pageChannel(qr)?.rule.id).toBe('channel-qr');
		// A POS article that also speaks of 扫码 as another way to pay stays a terminal page.
		const pos = [
			'POS机刷卡失败的原因',
			'芯片卡请插卡。',
			'POS机连不上网时可以让顾客扫码。',
			'收单机构会通知商户。',
			'二维码收款也要对账。',
		];
		expect(pageChannel(pos)).toBeUndefined();
		expect(PAGE_RULE.minTexts).toBeGreaterThan(1);
		// A payment app counts towards the page, not towards a statement.
		expect(channelWords('通过云闪付APP查询交易MCC码。').other).toBeUndefined();
		expect(channelWords('通过云闪付APP查询交易MCC码。', true).other?.rule.id).toBe('channel-wallet');
	});

	it('takes the section heading before the page', () => {
		const page = pageChannel(['Stripe付款失败怎么办', 'Stripe会发送邮件。', 'PayPal账户异常。']);
		expect(page?.rule.id).toBe('channel-online');
		expect(contextOf(page, 'POS机刷卡失败')).toBeUndefined();
		expect(contextOf(undefined, '扫码支付失败的原因')?.from).toBe('section');
		expect(contextOf(page, '常见原因')?.from).toBe('page');
	});

	it('keeps, off the terminal, only entries about the channel and, for a statement naming the card, the card entries', () => {
		const candidates = [
			{ id: 'C-15', about: '网络不稳定或中断 终端与收单机构之间的网络', card: false },
			{ id: 'C-03', about: '卡片过期', card: true },
			{ id: 'P-12', about: '准备多种支付方式 扫码 收款码', card: false },
		];
		const page = { rule: CHANNEL_RULES.find((r) => r.id === 'channel-online')!, found: 'Stripe', from: 'page' as const };
		const ids = (text: string, context = page) => inChannel(text, context, candidates).map((c) => c.id);
		expect(ids('失败的付款可能是由于信用卡信息错误、信用卡过期等原因所致。')).toEqual(['C-03']);
		expect(ids('网络连接不稳定也会导致支付失败。')).toEqual([]);
		// Its own words name the other channel: the decision is that channel's, not the card's.
		expect(ids('确保您没有超过信用卡在线支付限额。', undefined as never)).toEqual([]);
		expect(inChannel('当手机或扫码设备出现故障时，导致支付失败。', undefined, candidates).map((c) => c.id)).toEqual(['P-12']);
		expect(inChannel('网络不稳定会导致交易失败。', undefined, candidates)).toHaveLength(3);
	});

	it('knows the entries about the card and its disputes', () => {
		expect(aboutTheCard({ category: '卡片', about: '卡片过期' })).toBe(true);
		expect(aboutTheCard({ category: '商户', about: '收到拒付或退单通知' })).toBe(true);
		expect(aboutTheCard({ category: '通信网络', about: '网络不稳定或中断' })).toBe(false);
	});
});
