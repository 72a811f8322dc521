import { latinTopicRegExp } from './shared.ts';
import type { DocumentRule, RuleContext } from './types.ts';

/**
 * The furniture of a help centre's article page, judged line by line: the feedback widget under the answer (Was this
 * article helpful? with its Yes / No buttons, 这篇文章对您有帮助吗? 有用 没用), the prompt that leads to the contact
 * form (Still need help?, Have more questions? Submit a request, 需要协助吗?), cookie and sign-in lines, the platform's
 * footer (Powered by Zendesk, Article is closed for comments.), and a help page's subjectless exclamation between two
 * answers (Gremlins in the system!). Each pattern matches a whole line, so a sentence of the answer that uses the same
 * words (A bank statement is helpful!, 这些报表对于商家的经营决策非常有帮助。) stays.
 */

/** The question of a feedback widget. Traditional text is already Simplified here (stage 2). */
const FEEDBACK_QUESTION: readonly RegExp[] = [
	// Was this article helpful? (help.verbproducts.com), Was this helpful? (asda-stores.custhelp.com), Did this answer your question?
	/^(?:was|is|did)\s+this\s+(?:article|answer|page|information|post|faq|reply|section)?\s*(?:helpful|useful|answer\s+your\s+question)\s*[?？]?$/iu,
	// 这篇文章对您有帮助吗? 以上内容是否对您有帮助?
	/^(?:以上|这篇|本篇|此篇|该篇?|本|此)?(?:文章|回答|答案|内容|页面|信息|资讯|解答|说明)?(?:是否)?对(?:你|您)(?:是否)?有(?:所)?帮助(?:吗|呢)?\s*[?？]?$/u,
	/^(?:以上|本文|本篇|这篇文章|以上内容)?(?:是否)?(?:解决了|帮到)(?:你|您)(?:的问题)?(?:吗)?\s*[?？]?$/u,
];

/** The buttons under a feedback question: Yes / No, 是 / 否, 有用 / 没用, with or without their counts. */
const ANSWER_BUTTON = /^(?:(?:yes|no|是|否|有用|没用|有帮助|没帮助|没有帮助|👍|👎)\s*[(（]?\s*\d*\s*[)）]?\s*)+$/iu;
/** Lines of buttons read after a feedback question. */
const MAX_BUTTON_LINES = 3;

/** Help-centre furniture other than the feedback widget, each a whole line. */
const HELP_LINES: readonly RegExp[] = [
	// Prompts to the contact form: Still need help?, Need more help?, Have more questions? Submit a request (zendesk.com),
	// 需要帮助? (playstation.com), 需要协助吗? (a Traditional help page, 需要協助嗎?).
	/^(?:still\s+)?need\s+(?:more\s+|further\s+|some\s+|any\s+)?help\s*[?？!]?$/iu,
	/^have\s+(?:more|any|other)\s+questions\s*[?？]?(?:\s*submit\s+a\s+request)?$/iu,
	/^(?:仍|还|仍然)?需要(?:更多|其他)?(?:的)?(?:帮助|协助)(?:吗|嘛)?\s*[?？]?$/u,
	// Navigation back to the help centre and the platform's footer (stayo.co, zendesk.com).
	/^(?:back|return)\s+to\s+(?:the\s+)?help\s+(?:center|centre)$/iu,
	/^article\s+is\s+closed\s+for\s+comments\.?$/iu,
	/^powered\s+by\s+[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)?\.?$/iu,
	// A page that loads its help text by script: Loading..., This site is best viewed in a modern browser with JavaScript enabled.
	/^loading\s*(?:\.{2,3}|…)$/iu,
	/^this\s+(?:site|page)\s+is\s+best\s+viewed\b.{0,80}$/iu,
	// Cookie banners: We use cookies…, This website uses cookies…, 本网站使用Cookie….
	/^.{0,80}\b(?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b.{0,400}$/iu,
	/^.{0,40}(?:本网站|本站|我们)(?:会)?使用\s*cookies?.{0,120}$/iu,
	/^(?:accept|allow|reject|manage)\s+(?:all\s+)?cookies$/iu,
	// Sign-in lines: Sign in, Log in to your account, Sign in or register.
	/^(?:sign|log)\s?in(?:\s+(?:to|with)\s+(?:your\s+)?[A-Za-z][\w ]{0,30})?(?:\s+or\s+(?:sign\s?up|register|create\s+an\s+account))?$/iu,
];

/** A line of one to six Latin words that ends in an exclamation mark. */
const LATIN_EXCLAMATION = /^[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,5}\s*!+$/u;

/** True when the line is a help-page exclamation that names nothing of the subject (no Latin word of the trade). */
function isSubjectlessExclamation(text: string, context: RuleContext): boolean {
	return LATIN_EXCLAMATION.test(text) && !latinTopicRegExp(context.lexicon).test(text);
}

export const helpWidgetRule: DocumentRule = {
	id: 'help-widget',
	scope: 'document',
	phase: 'before',
	// A help page's structure (a question and the buttons under it): the page check of built pages leaves it to the cleaner.
	articleOnly: true,
	description:
		"The furniture of a help centre's page, each a whole line: a feedback question (Was this article helpful?, Did this answer your question?, 这篇文章对您有帮助吗?, 以上内容是否解决了您的问题?) with up to three lines of its buttons after it (Yes, No, 有用 没用, with counts); a prompt to the contact form (Still need help?, Have more questions? Submit a request, 需要帮助?, 需要协助吗?); Back to Help Center, Article is closed for comments., Powered by Zendesk, Loading..., This site is best viewed in…; cookie banners (We use cookies…, 本网站使用Cookie…) and sign-in lines (Sign in, Log in to your account); and a line of one to six Latin words ending in ! that names nothing of the subject (Gremlins in the system!, IMPORTANT!; no Latin word of the trade, promotion/claims.yaml latinTopicWords). A sentence of the answer that uses the same words (A bank statement is helpful!, 若功能异常,可联系客服反馈问题。) or an exclamation about the card or the terminal stays.",
	examples: {
		removes: [
			// A bank's help page (heldout-14, p-20128f4ef4): a cookie banner longer than 200 characters after its opening.
			'If your card is declined, check the expiry date first.\nWe use cookies to keep our websites easy to use and relevant to our users’ requirements and to enable us to learn which advertisements bring users to our website. Select Accept below if you wish to proceed',
			// asda-stores.custhelp.com (heldout-12).
			"For your personal security we don't see the reason why a card is declined.\nGremlins in the system!\nIf a card transaction has been interrupted for any reason, a temporary hold may be placed on the amount.\nWas this helpful?",
			// helpdesk.x-bionic.com.
			'If your credit card payment is declined, please double-check the card details you entered for accuracy.\nWas this article helpful?\nYes\nNo',
			// sparkpay.zendesk.com.
			'If the transaction is declined again, the customer may want to call their bank using the number on the back of the card.\nHave more questions? Submit a request\nArticle is closed for comments.\nPowered by Zendesk',
			// A Traditional help page (heldout-4), as stage 2 leaves it.
			'这可能只是暂时性的问题。请使用其他付款方式,或等候 24 小时再尝试新增付款资讯。\n需要协助吗?',
			'重启POS机后再签到。\n这篇文章对您有帮助吗?\n有用 没用',
		],
		keeps: [
			// asda-stores.custhelp.com, p-1e2e54fe29, p-5123b3a015, p-9ddb171a8f.
			"We'll need you to show us we've taken the payment twice. A bank statement is helpful!",
			'应对策略:升级完成后,测试新功能是否正常(如尝试扫码支付),并检查交易记录是否同步至后台系统。若功能异常,可联系客服反馈问题。',
			'通过系统的结算功能,可以统计每日、每周或每月的销售额和利润等信息。这些报表对于商家的经营决策和财务管理非常有帮助。',
			'- Force-close and reopen the SumUp app, then log in again.',
			'Card declined!',
		],
	},
	select(lines, context) {
		const selected: number[] = [];
		for (let index = 1; index < lines.length; index++) {
			const text = (lines[index]?.text ?? '').trim();
			if (FEEDBACK_QUESTION.some((pattern) => pattern.test(text))) {
				selected.push(index);
				for (let next = index + 1; next < lines.length && next <= index + MAX_BUTTON_LINES; next++) {
					if (!ANSWER_BUTTON.test((lines[next]?.text ?? '').trim())) break;
					selected.push(next);
					index = next;
				}
			} else if (HELP_LINES.some((pattern) => pattern.test(text)) || isSubjectlessExclamation(text, context)) selected.push(index);
		}
		return selected;
	},
};
