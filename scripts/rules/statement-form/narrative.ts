import { HAN } from '../../../src/shared/chinese/han.ts';
import { opening } from './text.ts';
import type { StatementFormRule } from './types.ts';

/**
 * Statements that tell one case rather than state how cards and terminals behave (issue 14): a news story of one shopper
 * or one shop, one unnamed institution's figure, a remark on the times, an example from another field. Each is judged
 * by its form: the words a story is told with, not what it is about.
 */

/** She or he, as the subject of a story ("她随后获马莎退款"): not 她们/他们, 其他, 他人, 他行 (another bank), 吉他. */
const SHE_OR_HE = /她(?!们)|(?<![其吉])他(?![们人行方国处乡])/u;
/** Words that tell an event in the past: what happened next, what was found, when. */
const PAST_EVENT = /随后|当时|最终|之后|后来|发现|刚才|早前|日前|近日|上月|上周|曾|获/u;
/** People of a news report or a forum thread, and reported speech ("投诉，称……", "回应指"). */
const NEWS_VOICE = /听众|街坊|网民|网友|发言人|(?:投诉|回应|声称|发文|发帖)[，,]?(?:称|指)/u;
/**
 * A date relative to the report ("早前", "日前", "近日", "近来发生") where a clause begins (at the start, after a
 * punctuation mark or 称/指), not a count of days ("请于三日前") nor a word ending in 日 ("节假日前").
 */
const NEWS_DATE = /(?:^|(?<=[，,。；;：:“”"「」\s]|称|指))(?:早前|日前|近日|近来)/u;
/** A person named by a nickname ("小M", "同事老王"). */
const NICKNAME = /小[A-Z](?![A-Za-z])|老[王李张刘陈杨赵黄周吴]/u;
/** The outcome of one legal case ("被立案侦查", "被判处有期徒刑"), not what the law provides ("将面临……有期徒刑"). */
const CASE_OUTCOME = /被(?:立案侦查|判处|判刑|逮捕|刑拘)/u;

const newsAnecdote: StatementFormRule = {
	id: 'news-anecdote',
	label: 'filler',
	description:
		'A story of one shopper or one shop, told as news: she or he with what happened next or when ("她随后获马莎退款。", "当时她没为意……", "后来他找客服沟通才搞定。"), the people of a report or a forum thread (听众, 街坊, 网民, 发言人) or reported speech ("投诉，称早前……", "回应指……"), a date relative to the report (早前, 日前, 近日, 近来), a person named by a nickname (小M, 老王), or the outcome of one legal case (被立案侦查, 被判处). It tells what once happened to someone, not how cards or terminals behave. A rule of law ("……将面临5年以上有期徒刑"), a count of days ("请于三日前向原发卡单位申请") and other banks (他行卡) stay. Judgment call: on the labelled samples two sentences of a shopper story in a how-to page were labelled fact ("于是她向商家提出退货并要求退刷。"); they have no word of time or outcome and stay.',
	examples: {
		rejects: [
			'她应马莎经理要求示范刚才情况，其感应式信用卡亦再被扣款。',
			'最终马莎向她退回两次误扣的款项。',
			'然而英国有消费者投诉，称早前在当地的马莎百货公司付款时，放在银包内的感应式信用卡即使与终端机距离颇远，亦被扣款。',
			'后来他找客服沟通才搞定。',
			'日前有石篱邨女街坊发文指去街市买水果时，使用手机八达通程式付款，店员却以店内八达通机显示“待确认”为由，拒绝交货。',
			'举个例子，小M想要买一部5000块的手机，可他的信用卡只剩4000块的可用额度了。',
			'2024 年某支付公司因挪用商户结算资金 3.2 亿元被立案侦查。',
		],
		accepts: [
			'个人通过POS机虚构交易套取资金，累计金额超100万元或造成银行损失超10万元，将面临5年以上有期徒刑。',
			'如果您因出国或特殊高额消费，需临时提高消费额度时，请于三日前向原发卡单位申请办理。',
			'使用他行卡在本行POS机刷卡，手续费按他行标准收取。',
			'关注支付公司发布的系统维护公告，节假日前提前做好资金安排。',
			'不要把密码告诉他人，也不要让其他人代为刷卡。',
		],
	},
	rejects: (text) => {
		const t = text.trim();
		if (SHE_OR_HE.test(t) && PAST_EVENT.test(t)) return SHE_OR_HE.exec(t)?.[0];
		return (NEWS_VOICE.exec(t) ?? NEWS_DATE.exec(t) ?? NICKNAME.exec(t) ?? CASE_OUTCOME.exec(t))?.[0];
	},
};

const anonymousStatistic: StatementFormRule = {
	id: 'anonymous-statistic',
	label: 'filler',
	description:
		'A figure of one unnamed institution ("某股份制银行数据显示，套现用户封卡率是正常用户的 14 倍。"): whose data it is cannot be checked, and it tells the reader nothing to do or know about a failed payment. A figure with its named source ("八达通公司官网……数据显示") is judged as any statement.',
	examples: {
		rejects: ['某股份制银行数据显示，套现用户封卡率是正常用户的 14 倍。', '某大型银行统计显示，七成拒付来自境外交易。'],
		accepts: ['例如，某银行每月第三个周末进行系统升级，期间交易通常延迟至工作日处理。'],
	},
	rejects: (text) => /某(?:股份制|国有|城商|大型|知名|家)?(?:银行|支付公司|支付机构|机构)的?(?:数据|统计|调查|报告)显示/u.exec(text)?.[0],
};

/** "在……的今天，" / "在……时代，": a remark on the times opening the sentence. */
const ERA = /^在[^，,。；;]{2,24}(?:的今天|时代)[，,]/u;

const eraOpening: StatementFormRule = {
	id: 'era-opening',
	label: 'filler',
	description:
		'A remark on the times, in at most two short clauses after it ("在移动支付普及的今天，许多人习惯将多张银行卡绑定在支付平台上。", "在当今数位支付时代，信用卡机已成为商家不可或缺的收款工具。"): an article\'s opening, true of everything and about no failure. A longer sentence that goes on to define or explain ("在数字化支付日益普及的今天，预授权交易……已成为……，它允许商户……，确保……，同时……") stays.',
	examples: {
		rejects: [
			'在移动支付普及的今天，许多人习惯将多张银行卡绑定在支付宝或微信等支付平台上。',
			'在金融科技日益进步的今天，刷卡消费已经成为大众生活的一部分，然而难免会遇到刷卡失败的情况。',
		],
		accepts: [
			'在数字化支付日益普及的今天，预授权交易已成为电商、酒店、租车等行业的核心支付功能之一，它允许商户在用户实际消费前预先冻结部分资金，确保交易安全，同时提升用户体验。',
		],
	},
	rejects: (text) => {
		const t = opening(text.trim());
		const era = ERA.exec(t);
		if (!era) return undefined;
		const clauses = t
			.slice(era[0].length)
			.split(/[，,；;]/u)
			.filter((c) => c.trim() !== '');
		return clauses.length <= 2 ? era[0] : undefined;
	},
};

/** A label naming a field of finance other than card payment: "证券交易：", "**保险理赔**：". */
const OTHER_FIELD = /^\s*(?:[-•·*]\s*)?(?:\*\*)?(?:证券|股票|期货|外汇|基金|债券|保险)(?:交易|业务|市场|理赔)?(?:\*\*)?\s*[：:]/u;

const otherFieldExample: StatementFormRule = {
	id: 'other-field-example',
	label: 'filler',
	description:
		'An item labelled with another field of finance ("证券交易：在证券交易中，若发生交易错误……需进行冲正交易。"): a page explaining a general term (冲正, 撤销) lists where else it applies; what holds for securities, futures or insurance is not evidence about card payments.',
	examples: {
		rejects: ['证券交易：在证券交易中，若发生交易错误，如交易金额错误、交易对象错误等，需进行冲正交易，以确保交易准确无误。'],
		accepts: ['银行卡交易：持卡人在POS机上刷卡后，若交易结果不明，POS机会自动发起冲正。'],
	},
	rejects: (text) => OTHER_FIELD.exec(text)?.[0],
};

export const NARRATIVE_RULES: readonly StatementFormRule[] = [newsAnecdote, anonymousStatistic, eraOpening, otherFieldExample];

/**
 * The words a news report or a case story is told with (issue 14): a reporter or a report, reported speech, the police,
 * a court, the suspect or the victim of one case, a person named by surname and 某 or 先生/女士, a date of the calendar,
 * she or he. A statement of how cards and terminals behave seldom needs them; a report of one event needs them in
 * almost every sentence.
 */
export const STORY_WORDS = new RegExp(
	`记者|据[^，,。]{0,8}报道|通讯员|受访|受询|透露|声明|表示|回应|(?<![简总])称|昨日|昨天|当天|当晚|凌晨|星期[一二三四五六日天]|\\d{1,2}月\\d{1,2}日|今年年初|去年|警方|民警|警察|派出所|公安局|专案组|嫌疑人|团伙|抓获|逮捕|落网|法院|判决|审理|上诉|被告(?!知)|原告|受害人|受害者|被害人|涉案|${HAN}某(?![些种个人项类地处款])|${HAN}(?:先生|女士|小姐|阿姨|大爷)|她(?!们)|(?<![其吉])他(?![们人行方国处乡])`,
	'u',
);

const MIN_STATEMENTS = 5;
const STORY_SHARE = 0.4;

/**
 * A page that reports news or tells one case throughout (a police report of a fraud, a court case, a news item on one
 * company's settlement delay): when most of its cut statements are told with the words of a story ({@link STORY_WORDS}),
 * the rest are the same story's background, not statements of how cards and terminals behave; none of the page's
 * statements is published. Decided by the page, like `spun-page`; the thresholds are shares, not any page's wording.
 */
export const NEWS_PAGE = {
	id: 'news-report-page',
	label: 'filler' as const,
	description: `Every statement of a page of at least ${MIN_STATEMENTS} cut statements of which at least ${STORY_SHARE * 100} % are told with the words of a report or a case story (a reporter, reported speech, the police, a court, a suspect or victim, 某 or 先生/女士 as a person, a calendar date, she or he): the page reports one event or case, and its other sentences are that story's background. Decided by the page, not by a statement’s own words.`,
	/** Cut statements a page needs at least… */
	minStatements: MIN_STATEMENTS,
	/** …and the share of them told with the words of a story. */
	minShare: STORY_SHARE,
	/** What in the text is a story's word, if anything. */
	storyWord(text: string): string | undefined {
		return STORY_WORDS.exec(text)?.[0];
	},
	/** True when a page with `told` statements told with a story's words among `statements` reports one story throughout. */
	reportsThroughout(told: number, statements: number): boolean {
		return statements >= this.minStatements && told / statements >= this.minShare;
	},
	examples: {
		/** Sentences told with a story's words (each counts toward the page's share). */
		story: [
			'侦破中，警方了解到，杨某已经将套取的203万元资金转移到上海某支付网络服务有限公司的账户中。',
			'杨某发现被窃后于21:00通过电话方式挂失并到当地派出所报案。',
			'同时，他电话联系了银行，要求挂失冻结这张银行卡。',
			'有用户反馈，2月5日后的交易仍延迟1-2天到账，甚至有部分商户至今未收到款项。',
		],
		/** Statements of how things behave, without a story's word. */
		plain: [
			'如果刷卡金额超过了银行卡的额度，或者商户设定的刷卡限额，则刷卡也会失败。',
			'被告知卡片无效时，应联系发卡行核实卡片状态。',
			'其他银行卡在本行终端刷卡，手续费按他行标准收取。',
		],
	},
};
