import type { LineRule } from './types.ts';

/** Gambling, loan, adult and fake-document spam injected into hijacked pages (list in promotion/spam.yaml). */
export const spamRule: LineRule = {
	id: 'spam',
	scope: 'line',
	description:
		'A line containing gambling, predatory-loan, adult or fake-document spam (promotion/spam.yaml) is removed whole: it was injected into a hijacked page and has nothing to do with the article.',
	examples: {
		removes: ['百家乐真人娱乐,注册即送38元。', '无视征信黑户贷款,当天下款。'],
		keeps: ['信用卡套现属于违规行为,可能导致POS机被冻结。', '若涉及诈骗且诈骗金额达到三千元以上,建议直接报警。'],
	},
	matches: (line, context) => context.lexicon.spam.test(line),
};
