import type { DocumentLine, Span, WordsRule } from './types.ts';

/**
 * Scrambled copies: content farms paste a phrase of the page again with its characters reversed (`帮您做到心中有数` →
 * `数有中心到做您帮`) so that the page reads as unique to a duplicate filter. Such a copy is no text and is removed.
 */

/** Shortest reversed run judged: four characters reverse into real text by chance (拉卡拉与/与拉卡拉), five do not. */
const MIN_RUN = 5;
const MAX_RUN = 24;
const HAN_RUN = /\p{Script=Han}{5,}/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const reverse = (text: string) => [...text].reverse().join('');

/** Words of two or more characters in the text: real Chinese has many, a reversed copy almost none. */
function wordChars(text: string): number {
	let count = 0;
	for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike && segment.length >= 2) count += segment.length;
	return count;
}

export const reversedCopyRule: WordsRule = {
	id: 'reversed-copy',
	scope: 'words',
	description:
		'A run of five or more Chinese characters whose reversal is also on the page (数有中心到做您帮 next to 帮您做到心中有数) is a scrambled copy pasted to fool duplicate filters: of the two, the one that segments into fewer dictionary words (Intl.Segmenter) is removed. Four-character reversals happen by chance (拉卡拉与 / 与拉卡拉) and are not judged.',
	examples: {
		removes: ['明明。数有中心到做您帮,况顾客已刷卡成功。\n今天帮您做到心中有数。'],
		keeps: ['交易成功后余额会减少。\n成功交易的小票要保存。', '银行卡与信用卡不同。\n信用卡与银行卡都可以刷。'],
	},
	collect(lines: readonly DocumentLine[]) {
		const text = lines.map((line) => line.text).join('\n');
		const found = new Set<string>();
		for (const match of text.matchAll(HAN_RUN)) {
			const run = match[0];
			for (let i = 0; i + MIN_RUN <= run.length; i++) {
				// The longest reversed piece starting here.
				let best = '';
				for (let len = Math.min(MAX_RUN, run.length - i); len >= MIN_RUN; len--) {
					const piece = run.slice(i, i + len);
					const mirrored = reverse(piece);
					if (mirrored !== piece && text.includes(mirrored)) {
						best = piece;
						break;
					}
				}
				if (best === '') continue;
				if (wordChars(best) < wordChars(reverse(best))) found.add(best);
				i += best.length - 1;
			}
		}
		return [...found].sort((a, b) => b.length - a.length);
	},
	spans(text, context) {
		const spans: Span[] = [];
		for (const copy of context.collected.get('reversed-copy') ?? []) {
			for (let at = text.indexOf(copy); at >= 0; at = text.indexOf(copy, at + copy.length)) spans.push([at, at + copy.length]);
		}
		return spans;
	},
};
