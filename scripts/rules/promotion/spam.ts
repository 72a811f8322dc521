import { topicWordsRegExp } from './shared.ts';
import type { ClauseRule, LineRule, RuleContext } from './types.ts';

/** Sentences of a line: text up to and including 。！？!? (a closing quote or bracket may follow). */
const SENTENCE = /[^。！？!?]+(?:[。！？!?][”"’'）)」』]*)?/gu;

/**
 * True for a paragraph of the article that mentions a spam word in passing (一般只要不是太小的商家,都可以刷卡消费,包括赌场。
 * 目前澳门有两种基本刷卡线路…): two or more sentences, fewer than half of them with the spam word, and every other sentence
 * of the subject (promotion/claims.yaml `topicWords`). Such a line loses only its spam sentences (rule `spam-sentence`).
 */
export function isArticleParagraphWithSpam(line: string, context: RuleContext): boolean {
	const sentences = (line.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
	if (sentences.length < 2) return false;
	const topic = topicWordsRegExp(context.lexicon);
	let spam = 0;
	for (const sentence of sentences) {
		if (context.lexicon.spam.test(sentence)) spam++;
		else if (!topic.test(sentence)) return false;
	}
	return spam > 0 && spam * 2 < sentences.length;
}

/** Gambling, loan, adult and fake-document spam injected into hijacked pages (list in promotion/spam.yaml). */
export const spamRule: LineRule = {
	id: 'spam',
	scope: 'line',
	description:
		'A line containing gambling, predatory-loan, adult or fake-document spam (promotion/spam.yaml) is removed whole: it was injected into a hijacked page and has nothing to do with the article. ' +
		'Not a paragraph of the article that names one in passing (2+ sentences, fewer than half with the spam word, every other one of the subject): rule spam-sentence takes only its spam sentences.',
	examples: {
		removes: ['百家乐真人娱乐,注册即送38元。', '无视征信黑户贷款,当天下款。', '澳门赌场开户。注册即送彩金。'],
		keeps: ['信用卡套现属于违规行为,可能导致POS机被冻结。', '若涉及诈骗且诈骗金额达到三千元以上,建议直接报警。'],
	},
	matches: (line, context) => context.lexicon.spam.test(line) && !isArticleParagraphWithSpam(line, context),
};

/** The spam sentence of an article paragraph that names a spam word in passing (the rest of the paragraph stays). */
export const spamSentenceRule: ClauseRule = {
	id: 'spam-sentence',
	scope: 'clause',
	extent: 'sentence',
	containment: true,
	description:
		'In a paragraph of the article (2+ sentences, the others of the subject) the sentence with a spam word (promotion/spam.yaml) goes, the other sentences stay: ' +
		'a page that says casinos in Macau take cards still states the card routes in the next sentence.',
	examples: {
		removes: ['一般商家都可以刷卡消费,包括赌场。目前澳门有两种基本刷卡线路,银联线路和国际线路。刷卡时请选择线路。'],
		keeps: ['目前澳门有两种基本刷卡线路,银联线路和国际线路。刷卡时请选择线路。'],
	},
	matches: (clause, context) => context.lexicon.spam.test(clause),
};
