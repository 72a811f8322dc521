import { comparable, NUMBERING } from './shared.ts';
import type { DocumentRule } from './types.ts';

const TOC_HEADING = /^(?:本文|文章)?目录(?:导读|导航|索引)?\s*[:：]?$/u;
/** Longest TOC item: a heading, not a paragraph. */
const MAX_ITEM_LENGTH = 40;

/**
 * “本文目录导读:” / “本文目录:” and the list right after it. The items repeat the article's headings, so an item is
 * removed when it equals a later line, or when it is a short numbered line without sentence punctuation. Site furniture.
 */
export const tableOfContentsRule: DocumentRule = {
	id: 'table-of-contents',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'A table-of-contents heading (本文目录导读, 本文目录, 目录) and the items after it that repeat later headings (or are short numbered lines without sentence punctuation) are removed: site furniture, the headings themselves stay.',
	examples: {
		removes: ['本文目录导读:\n1. 刷卡失败的原因\n2. 解决方法\n刷卡失败的原因\n网络不稳定会导致交易失败。\n解决方法\n重启POS机。'],
		keeps: ['刷卡失败的原因\n1. 网络不稳定会导致交易失败。\n2. 卡片磁条损坏。'],
	},
	select(lines) {
		const selected: number[] = [];
		// Comparison keys computed once per document: checking each item against every later line is then a string compare.
		let keys: string[] | undefined;
		for (let index = 1; index < lines.length; index++) {
			if (!TOC_HEADING.test(lines[index]?.text ?? '')) continue;
			keys ??= lines.map((l) => comparable(l.text));
			selected.push(index);
			let next = index + 1;
			while (next < lines.length) {
				const text = lines[next]?.text ?? '';
				const key = keys[next] as string;
				// An item must repeat a line after itself, not itself.
				const repeatsHeading = key !== '' && text.length <= MAX_ITEM_LENGTH && keys.indexOf(key, next + 1) !== -1;
				const looksLikeItem = NUMBERING.test(text) && text.length <= 30 && !/[,，。;；]/u.test(text);
				if (!repeatsHeading && !looksLikeItem) break;
				selected.push(next);
				next++;
			}
			index = next - 1;
		}
		return selected;
	},
};
