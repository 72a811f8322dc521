import { topicWordsRegExp } from './shared.ts';
import type { DocumentRule } from './types.ts';

/** A pen name or site name: a short run of letters, no punctuation, no digits. */
const NAME_LINE = /^[\p{Script=Han}A-Za-z·]{2,8}$/u;
/** The paragraph after it is prose, not a list of short headings. */
const MIN_NEXT_LENGTH = 30;

/**
 * A byline under the title: the line right after the title that is a bare name (2–8 letters, no punctuation or digits)
 * with no word of the subject in it (promotion/claims.yaml topicWords), followed by a paragraph of prose. Such a line is
 * the author's pen name or the site's name (“高山流水”, “小李说卡”), not a section heading: a heading names its subject.
 */
export const bylineNameRule: DocumentRule = {
	id: 'byline-name',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'The line right after the title that is a bare name (2–8 letters, no punctuation or digits) with no topic word ' +
		'(promotion/claims.yaml topicWords) and is followed by a paragraph of at least 30 characters: the pen name or site ' +
		'name of a byline, removed whole. A heading right after the title names its subject (刷卡失败的原因) and stays.',
	examples: {
		removes: ['高山流水\n在日常使用银行卡进行交易时,有时会遇到交易失败的情况,此时系统通常会给出提示代码。'],
		keeps: [
			'常见原因\n在日常使用银行卡进行交易时,有时会遇到交易失败的情况,此时系统通常会给出提示代码。',
			'在日常使用银行卡进行交易时,有时会遇到交易失败的情况。\n不要慌。\n此时系统通常会给出提示代码,持卡人应按提示处理。',
		],
	},
	select(lines, context) {
		const topic = topicWordsRegExp(context.lexicon);
		const candidate = lines[1];
		const next = lines[2];
		if (!candidate || !next || !NAME_LINE.test(candidate.text) || topic.test(candidate.text)) return [];
		return [...next.text.replace(/\s+/gu, '')].length >= MIN_NEXT_LENGTH ? [1] : [];
	},
};
