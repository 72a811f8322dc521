import type { StatementFormRule } from './types.ts';

/**
 * Text spun by a rewriting machine (issue 14): words injected between the words of a sentence ("按照银行的因为要求",
 * "所选的造成银行", "旧式的信用卡卡"). The page's spinning is not known, but some injections leave a sequence no
 * Chinese sentence has: a conjunction or an adverb right after the 的 of a noun phrase, a noun doubled at its last
 * character.
 */

/**
 * 的 followed by a word that cannot begin what 的 modifies: a conjunction (因为, 或者, 如果, 但是, 所以, 而且, 并且,
 * 那么), a clause (这是, 有很多 before a noun), an adverb (已经, 比较), 何处, or a verb of causing (造成). 真的已经, 是的，因为 (adverbial or final
 * 的) are not modifiers and stay.
 */
const AFTER_DE =
	/(?<![真是似目别有])的(?:因为|或者|如果|但是|所以|而且|并且|那么|这是|已经|比较|何处|造成|导致|是因为|有可能|可能是|有很多(?![种家个类，,。]))/u;
/** 信用卡 with its last character doubled ("信用卡卡和钥匙"), not 信用卡卡号 / 卡片 / 卡面 / 卡种 / 卡类 / 卡组织 / 卡友. */
const DOUBLED_CARD = /信用卡卡(?![号號片面种種类類组組友户戶务務bBi])/u;

const spunWord: StatementFormRule = {
	id: 'spun-word',
	label: 'fragment',
	description:
		'Holds a word a rewriting machine injected: a conjunction, a clause or an adverb right after the 的 of a noun phrase ("如果没有按照银行的因为要求进行激活", "如果输入的或者银行识别码与所选的造成银行不匹配", "更换一张有效的那么信用卡", "进行正常的已经交互", "在一些涉及高风险交易的有很多场合"), or 信用卡 with its last character doubled ("不要把信用卡卡和钥匙放在一起"). The sentence as it stands cannot be quoted; which word was injected is not known. 的 as an adverb ("真的已经扣款") or at a clause end, and compounds (信用卡卡号, 信用卡卡面) stay.',
	examples: {
		rejects: [
			'未激活：信用卡卡号在发行后需要通过激活才能正式使用，如果没有按照银行的因为要求进行激活，卡号就是无效的这种情况。',
			'如果输入的或者银行识别码与所选的造成银行不匹配，系统会判断卡号无效。',
			'此时，持卡人需要联系银行解决卡片问题，或者更换一张有效的那么信用卡。',
			'因此，工作人员一般都会提醒用户，不要把信用卡卡和钥匙放在一起，否则消磁会影响刷卡消费。',
			'信用卡的有可能截止日期已过，卡片就不能再使用。',
		],
		accepts: ['检查交易记录：我们需要确认银行是否真的已经扣款，可以通过查看银行的交易记录来确认。', '信用卡卡号的前六位是发卡行识别码。'],
	},
	rejects: (text) => (AFTER_DE.exec(text) ?? DOUBLED_CARD.exec(text))?.[0],
};

export const SPUN_RULES: readonly StatementFormRule[] = [spunWord];

/**
 * A page a rewriting machine spun throughout (issue 14): when several of its statements show an injected word, the others
 * are spun too, only less visibly (a synonym for 交易, a word dropped): none of the page's statements is published. Decided
 * by the page, not by a statement's own words; the thresholds are counts, not any page's wording.
 */
const MIN_SPUN = 3;
const MIN_SHARE = 0.15;

export const SPUN_PAGE = {
	id: 'spun-page',
	label: 'fragment' as const,
	description: `Every statement of a page on which at least ${MIN_SPUN} statements, and at least ${MIN_SHARE * 100} % of them, show a word a rewriting machine injected (rule ${spunWord.id}): a page spun throughout is spun also where no injection shows. Decided by the page, not by a statement’s own words.`,
	/** The statement rule whose rejections are counted: an injected word. */
	counts: spunWord.id,
	/** Statements with an injected word a page needs at least… */
	minSpun: MIN_SPUN,
	/** …and the share of its statements they make up. */
	minShare: MIN_SHARE,
	/** True when a page with `spun` such statements among `statements` is spun throughout. */
	spunThroughout(spun: number, statements: number): boolean {
		return spun >= this.minSpun && statements > 0 && spun / statements >= this.minShare;
	},
};
