import type { LineRule } from './types.ts';

/**
 * An advertisement marked as one: a line whose last word, set off by a space, is the ad label a host prints under
 * a sponsored slot (…免费商用码云13.8K 广告, … 推广, … Sponsored). The label is the page saying the line is an ad.
 */
const AD_LABEL = /\s(?:广告|廣告|推广|推廣|赞助|贊助|AD|Ad|Ads|Sponsored)\s*$/u;

export const adLabelRule: LineRule = {
	id: 'ad-label',
	scope: 'line',
	description:
		'A line ending in an ad label set off by a space (…首家独创一键云编译技术,免费商用码云13.8K 广告; … 推广; … Sponsored) is a sponsored slot and goes whole. A sentence about advertising (银行不会通过广告要求提供密码) has no label of its own and stays.',
	examples: {
		removes: ['多应用+插件架构,代码干净,首家独创一键云编译技术,免费商用码云13.8K 广告', '低至0.38%费率的电签POS 推广'],
		keeps: ['银行不会通过广告要求提供密码。', '刷卡失败后不要相信推广'],
	},
	matches: (line) => AD_LABEL.test(line),
};
