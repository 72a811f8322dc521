import { sentences } from './shared.ts';
import type { DocumentLine, Span, WordsRule } from './types.ts';

/**
 * Spun machine rewrites inject words between the words of a sentence (有效的那么信用卡, 类型的这是信用卡, 银行的因为要求,
 * 卡号的如下准确性). The form that gives them away: the structural particle 的 followed by a word that cannot begin what
 * 的 modifies — a conjunction, a demonstrative clause start or a verb of cause (因为, 那么, 这是, 如下, 所以, 造成 …).
 * Real text never has it; a spun page has it again and again. On a page with {@link MIN_STRONG} such injections the
 * sentences that carry one, or a weaker sign of one (的正常卡号, 的额度情况: a word that may follow 的 in real text but
 * is injected on such pages), are withheld whole: never published garbled, listed in the report with this rule.
 * Measured on the labelled obfuscated tokens of every development batch (see README, branch clean7).
 */

/** Not the 的 of an adverb or a pronoun's possessive before a clause (真的已经, 我的已经冻结). */
const NOT_ADVERB = '(?<![真我你他她它目似别是])';
/** 的 + a word that breaks the clause: never seen after 的 in the development pages except where injected. */
const STRONG = new RegExp(`${NOT_ADVERB}的(?:因为|已经|那么|这是|那是|如下|所以|但是|而且|并且|如果|虽然|因此|然后|造成|比较)`, 'u');
const STRONG_ALL = new RegExp(STRONG.source, 'gu');
/** Weaker signs, judged only on a page the strong form marks as spun. */
const WEAK = new RegExp(`${NOT_ADVERB}的(?:这种|那种|有很多|用户|额度|正常|有效|磨损|不足|导致)`, 'u');
/** Injections a page needs before it counts as spun. */
export const MIN_STRONG = 2;

export const spunInjectionRule: WordsRule = {
	id: 'spun-injection',
	scope: 'words',
	pageEvidence: true,
	description: `A spun machine rewrite injects words between words (有效的那么信用卡, 类型的这是信用卡, 银行的因为要求). On a page with ${MIN_STRONG}+ injections of the form 的 + a clause-breaking word (因为, 已经, 那么, 这是, 如下, 所以, 但是, 如果, 造成, 比较 …, not after 真/我/是…: 真的已经 is an adverb), every sentence with one, or with a weaker sign of one (的正常, 的额度, 的用户, 的有效, 的这种 …), is withheld whole — never published garbled. One such form on a page (常见的导致冲正的原因, 最重要的还是) is real text and stays.`,
	examples: {
		removes: [
			'持卡人需要更换一张有效的那么信用卡。\nPOS机也可能不支持某些类型的这是信用卡。\n确保信用卡卡号的用户有效性。',
			'如果没有按照银行的因为要求进行激活,卡号就是无效的。\n持卡人应注意核实卡号的如下准确性。',
		],
		keeps: [
			'以下是常见的导致冲正的几种原因。\n当然,最重要的还是要自己注意个人财产安全。',
			'我们需要确认银行是否真的已经扣款。\n请核对可用的额度。',
			'持卡人需要更换一张有效的那么信用卡。\n请核对可用的额度。',
		],
	},
	collect(lines: readonly DocumentLine[]): string[] {
		const found = lines.flatMap(({ text }) => [...text.matchAll(STRONG_ALL)].map((match) => match[0]));
		return found.length >= MIN_STRONG ? found : [];
	},
	spans(text, context): Span[] {
		if ((context.collected.get('spun-injection') ?? []).length === 0) return [];
		const spans: Span[] = [];
		for (const [start, end] of sentences(text)) {
			const sentence = text.slice(start, end);
			if (STRONG.test(sentence) || WEAK.test(sentence)) spans.push([start, end]);
		}
		return spans;
	},
};
