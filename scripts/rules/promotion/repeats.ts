import { comparable } from './shared.ts';
import type { DocumentRule } from './types.ts';

/** Characters after the title that show a `<title><tail>` filler heading. */
const TITLE_TAIL = /^[\s,，:：;；\-—_|?？!！、]/u;

/**
 * The article title repeated as a filler heading: a later line equal to the title, or the title followed by a
 * promotional tail (`<title>,正规POS机品牌排行`). The title line itself stays.
 */
export const repeatedTitleRule: DocumentRule = {
	id: 'repeated-title',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'A line (after the first) equal to the article title, or starting with the title followed by a separator and a tail (`<title>,<promo tail>`), is a filler heading inserted by the site and is removed whole.',
	examples: {
		removes: [
			'网络不稳定会导致交易失败。\nPOS机刷卡失败的原因及解决方法\n重启POS机。',
			'网络不稳定会导致交易失败。\nPOS机刷卡失败的原因及解决方法,个人POS机哪家强?\n重启POS机。',
		],
		keeps: ['POS机刷卡失败的原因有很多,常见的是网络问题。\n重启POS机。'],
	},
	select(lines, context) {
		const title = comparable(context.title);
		if (title.length < 4) return [];
		const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();
		const titlePrefix = compact(context.title);
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index === 0) return;
			const line = compact(text);
			if (comparable(text) === title || (line.startsWith(titlePrefix) && TITLE_TAIL.test(line.slice(titlePrefix.length))))
				selected.push(index);
		});
		return selected;
	},
};

/** Shortest paragraph judged a teaser (short lines such as headings legitimately repeat). */
const MIN_TEASER_LENGTH = 30;
const ELLIPSIS = /(?:\.{3,}|…+)$/u;
const PREFIX_KEY_LENGTH = 20;

/**
 * Teaser paragraphs repeated in full later: a paragraph equal to a later one, or a truncated teaser (`…`) whose text
 * begins a later paragraph. The earlier copy goes; the later one, in its section, stays. Judged on cleaned text.
 */
export const repeatedTeaserRule: DocumentRule = {
	id: 'repeated-teaser',
	scope: 'document',
	phase: 'after',
	articleOnly: true,
	description:
		'A paragraph (30+ characters) that appears again later, in full or as the start of a later paragraph, is a teaser and is removed; the later copy stays in its section. Judged on cleaned text, so cleaning twice finds nothing new.',
	examples: {
		removes: [
			'POS机刷卡失败的常见原因是网络不稳定、卡片磁条损坏以及银行系统维护。\n一、原因分析\nPOS机刷卡失败的常见原因是网络不稳定、卡片磁条损坏以及银行系统维护。',
			'POS机刷卡失败的常见原因是网络不稳定、卡片磁条损坏以及银行系统维护…\n一、原因分析\nPOS机刷卡失败的常见原因是网络不稳定、卡片磁条损坏以及银行系统维护,其中网络问题最多。',
			'哎,用POS机刷卡最怕什么?最怕扣了款却没出小票。咱们今天就来捋一捋。首...\n哎,用POS机刷卡最怕什么?最怕扣了款却没出小票。咱们今天就来捋一捋。\n首先得明白,冲正是一次自动纠错。',
		],
		keeps: ['一、原因分析\n检查网络。\n二、解决方法\n检查网络。'],
	},
	select(lines) {
		const selected: number[] = [];
		const byPrefix = new Map<string, number[]>();
		lines.forEach(({ text }, index) => {
			if (index === 0 || text.length < MIN_TEASER_LENGTH) return;
			const key = text.slice(0, PREFIX_KEY_LENGTH);
			const list = byPrefix.get(key);
			if (list) list.push(index);
			else byPrefix.set(key, [index]);
		});
		for (const indices of byPrefix.values()) {
			if (indices.length < 2) continue;
			indices.forEach((index, position) => {
				const teaser = (lines[index]?.text ?? '').replace(ELLIPSIS, '');
				const repeated = indices.slice(position + 1).some((later) => (lines[later]?.text ?? '').startsWith(teaser));
				if (repeated) selected.push(index);
			});
		}
		// A truncated teaser can run over several paragraphs of the body (…捋一捋。首…): it is then part of the later text
		// read as one.
		lines.forEach(({ text }, index) => {
			if (index === 0 || text.length < MIN_TEASER_LENGTH || !ELLIPSIS.test(text) || selected.includes(index)) return;
			const teaser = text.replace(ELLIPSIS, '');
			const later = lines
				.slice(index + 1)
				.map((line) => line.text)
				.join('');
			if (later.includes(teaser)) selected.push(index);
		});
		return selected;
	},
};
