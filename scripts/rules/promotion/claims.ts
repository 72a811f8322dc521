import { derivedRegExp, topicWordsRegExp } from './shared.ts';
import type { ClauseRule, Lexicon, LineRule, Span, WordsRule } from './types.ts';

/**
 * What a vendor says of its own product, and what is not about the subject at all: selling claims in a sentence, the
 * slogans of a product banner on their own lines, and long lines with no word of the subject (a story, an unrelated ad).
 * Vocabulary: promotion/claims.yaml.
 */

/** Sentence punctuation: a slogan has none. */
const SENTENCE_MARK = /[,，。;；:：!！?？、]/u;
/** Words of a problem or an instruction: a short line with one of them is a heading, never a slogan. */
const PROBLEM =
	/提高|寻求|帮助|保持|确保|定期|选择|使用|联系|避免|防止|失败|错误|故障|原因|问题|怎么|如何|为什么|什么|解决|方法|处理|交易|刷卡|到账|扣款|退款|冲正|签到|码|不|没|无|未|异常|提示|显示|检查|注意|步骤|建议|办法|第|[一二三四五六七八九十\d][、.．)）]/u;

export const sloganLineRule: LineRule = {
	id: 'slogan-line',
	scope: 'line',
	description:
		'A short line (at most 10 characters, no punctuation) built on the adjectives of a product banner (promotion/claims.yaml sloganWords: 全新, 高效, 稳定, 安全, 品质, 正规, 保障, 极速…) and with no word of a problem, an instruction or a transaction in it (失败, 原因, 怎么, 交易, 刷卡, 码, 不/没/无…) is a banner slogan and is removed. A heading about a fault (网络不稳定, 交易安全提示) keeps its problem word and stays.',
	examples: {
		removes: ['全新4G网络', '4G通信更高效', '费率稳定', '正规安全稳定', '七年品质如初', '保障安全'],
		keeps: ['网络不稳定', '交易安全提示', '注意刷卡安全', '一、信号不稳定', '安全', '提高网络信号稳定性', '寻求专业帮助'],
	},
	matches(line, context) {
		const text = line.trim();
		if ([...text].length > 10 || [...text].length < 3 || SENTENCE_MARK.test(text) || PROBLEM.test(text)) return false;
		return context.lexicon.sloganWords.test(text);
	},
};

/** A site's tagline: a name of what it is (平台, 网站, 门户…) after the business it does (推广, 拉新, 引流, 副业, 招商…). */
const SITE_TAGLINE =
	/^[^,，。;；!！?？:：]{0,20}(?:推广|拉新|引流|副业|招商|加盟|网赚|赚钱|项目|资源|交流|分享|发布)[^,，。;；!！?？:：]{0,8}(?:平台|网站|门户|社区|论坛|基地|聚集地|大本营)$/u;
/** Words of a question or a fault: a title, never a tagline. */
const TITLE_WORD = /怎么|怎样|如何|为什么|为何|什么|吗|哪|失败|错误|故障|原因|问题|解决|办法|方法/u;

export const siteTaglineRule: LineRule = {
	id: 'site-tagline',
	scope: 'line',
	description:
		"A short line (at most 30 characters, no sentence punctuation) that names what the site is (平台, 网站, 门户, 社区, 论坛, 基地) after the business it does (推广, 拉新, 引流, 副业, 招商, 加盟, 项目, 资源, 交流, 发布) is the site's tagline, not the article's title (首码项目推广与APP拉新发布平台), and is removed, also as the first line. A title that asks a question or names a fault (POS机推广平台的交易为什么失败) stays.",
	examples: {
		removes: ['首码项目推广与APP拉新发布平台', '副业项目交流社区'],
		keeps: ['POS机推广平台的交易为什么失败', '支付平台交易失败的原因', '商户推广期间的交易失败'],
	},
	matches(line) {
		const text = line.trim();
		return [...text].length <= 30 && SITE_TAGLINE.test(text) && !TITLE_WORD.test(text);
	},
};

export const sellingClaimRule: ClauseRule = {
	id: 'selling-claim',
	scope: 'clause',
	extent: 'sentence',
	containment: true,
	sells: true,
	description:
		'A clause making a selling claim about the vendor or its product (promotion/claims.yaml sellingClaims: 保驾护航, 品质如初, 完善的售后服务, 强大的技术团队, 是一款…POS机产品, 吸引年轻客群, 正规安全, 值得信赖…) is removed to the end of its sentence. A factual sentence about card payments never needs these phrases; 安全 or 稳定 alone are facts and do not match.',
	examples: {
		removes: [
			'拥有完善的售后服务及强大的技术团队支持,为您的资金安全保驾护航!',
			'银闪闪POS机是一款广泛使用的POS机产品。',
			'升级至支持NFC的智能POS机,吸引年轻客群。',
		],
		keeps: ['网络不稳定时交易可能失败。', '请选择安全的网络环境进行交易。', '银行客服可以帮助查询交易状态。'],
	},
	matches: (clause, context) => context.lexicon.sellingClaims.test(clause),
};

/** Prose: a line this long with no word of the subject is not part of the article. */
const OFF_TOPIC_MIN_CHARS = 24;
/**
 * Forms a story or an unrelated ad never takes: a numbered step of an instruction (1、 2. (3) 第二步) and technical notation —
 * a hex literal (0x0105) or an identifier of 4+ capital letters (LLVAR, BCD码 aside). A line of such form with no word of the
 * subject is a step or a definition of the article (进入到主菜单之后,选择“6”管理; 变长类型也有两种,LLVAR和LLLVAR), not off topic.
 */
const INSTRUCTION_OR_NOTATION =
	/^\s*(?:\d{1,2}\s*[、.．)）]|[(（]\s*\d{1,2}\s*[)）]|第[\d一二三四五六七八九十]{1,2}步)|0x[0-9A-Fa-f]{2,}|(?<![A-Za-z])[A-Z]{4,}(?![a-z])/u;

export const offTopicRule: LineRule = {
	id: 'off-topic',
	scope: 'line',
	description:
		'A line of at least 24 characters of prose with no word of the subject in it (promotion/claims.yaml topicWords: cards, payments, terminals, money, banks, faults, time windows…) is about something else — a story, an unrelated ad or game text spliced into the page — and is removed; not a numbered step or a line with technical notation (a hex literal, an identifier of 4+ capitals), forms a story or an ad never takes. Every sentence of a troubleshooting article names a card, a payment, a terminal, the bank or the fault; a short connecting line is never judged.',
	examples: {
		removes: ['“喂喂喂,你们两个怎么回事,打团了,别走神啊!”他一边喊一边往前冲去。'],
		keeps: [
			'网络信号差时,交易可能超时,请稍后重试。',
			'遇到这种情况先不要慌张,按下面的步骤一步一步来处理。',
			'2、进入到主菜单之后,我们可以看到几个选项,我们就选择“6”管理;',
			'变长类型也有两种,LLVAR和LLLVAR,这两种唯一不同的只是变长的宽度不一样,例如0x0105代表内容长度为105。',
		],
	},
	matches(line, context) {
		const text = line.trim();
		const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
		if (han < OFF_TOPIC_MIN_CHARS || INSTRUCTION_OR_NOTATION.test(text)) return false;
		const topic = topicWordsRegExp(context.lexicon);
		return !topic.test(text);
	},
};

/** A city right before a product, a merchant or a market word: how a local dealer site stamps its city on a page. */
function cityBeforeProduct(lexicon: Lexicon): RegExp {
	return derivedRegExp(
		lexicon,
		'city-before-product',
		(l) =>
			new RegExp(`(?:${l.cities.source})(?=(?:市|地区|本地)?(?:的)?(?:POS|pos|刷卡机|收款机|电签|商户|商家|市场|用户|消费者|老板))`, 'giu'),
	);
}

export const siteCityRule: WordsRule = {
	id: 'site-city',
	scope: 'words',
	description:
		'The city of a local dealer site (promotion/cities.yaml), learned from the page: a city the page puts right before a product, merchant or market word (西宁商户, 重庆POS机, 西宁市场) and names at least twice is removed wherever it occurs (with 市/地区 after it); the sentence stays. A city named once in a case (北京某超市的POS机) is a fact and stays.',
	examples: {
		removes: ['西宁商户常问POS机支持NFC吗。\n西宁主流POS机品牌已普遍集成NFC模块。'],
		keeps: ['北京某超市的POS机频繁出现交易超时。', '上海的商户反映,刷卡后资金未到账。'],
	},
	collect(lines, context) {
		const text = lines.map((line) => line.text).join('\n');
		const stamped = new Set<string>();
		for (const match of text.matchAll(cityBeforeProduct(context.lexicon))) stamped.add(match[0]);
		const cities: string[] = [];
		for (const city of stamped) if (text.split(city).length - 1 >= 2) cities.push(city);
		return cities.sort((a, b) => b.length - a.length);
	},
	spans(text, context) {
		const spans: Span[] = [];
		for (const city of context.collected.get('site-city') ?? []) {
			for (let at = text.indexOf(city); at >= 0; at = text.indexOf(city, at + city.length)) {
				const suffix = /^(?:市|地区)/u.exec(text.slice(at + city.length))?.[0] ?? '';
				spans.push([at, at + city.length + suffix.length]);
			}
		}
		return spans;
	},
};

/** Bracketed text: 【…】, [[…]]. */
const BRACKETED = /【([^【】]{4,60})】/gu;
const comparableTitle = (text: string) => text.toLowerCase().replace(/[\s?？!！。,，]+/gu, '');

/** A search question in 【】 (6+ characters ending in a question form), glued to the text after it. */
const BRACKET_QUESTION = /(?:怎么回事|怎么办|怎么解决|什么原因|是什么意思|为什么|吗|呢|[?？])$/u;
function isGluedQuestion(inner: string, after: string): boolean {
	return [...inner].length >= 6 && BRACKET_QUESTION.test(inner.trim()) && /^\s*\p{Script=Han}/u.test(after);
}

export const bracketedTitleRule: WordsRule = {
	id: 'bracketed-title',
	scope: 'words',
	description:
		'The article title pasted again in 【】 inside a sentence (【pos机签到不成功是什么原因】2、移动POS机…) is an SEO anchor and is removed; so is a bracketed search question glued to the text after it (【信用卡风控拦截是怎么回事】而更换多个POS机…: 6+ characters ending in 怎么回事/怎么办/什么原因/为什么/吗/呢/？). The sentence stays. A bracketed term that is not the title (【设置】), a bracketed label (【温馨提示】) and a bracketed question on a line of its own (a heading) stay.',
	examples: {
		removes: [
			'【POS机刷卡失败的原因及解决方法】2、移动POS机通过SIM卡通讯。',
			'【信用卡风控拦截是怎么回事】而更换多个POS机仍然刷卡失败,这种情况就表明信用卡被风控了。',
		],
		keeps: ['进入【设置】-【网络】检查信号。', '【温馨提示】刷卡前请确认金额。', '【刷卡失败是什么原因】'],
	},
	spans(text, context) {
		if (context.title === '') return [];
		const title = comparableTitle(context.title);
		const spans: Span[] = [];
		for (const match of text.matchAll(BRACKETED))
			if (comparableTitle(match[1] ?? '') === title || isGluedQuestion(match[1] ?? '', text.slice(match.index + match[0].length)))
				spans.push([match.index, match.index + match[0].length]);
		return spans;
	},
};

/** A line of at most four symbols with no letter or digit (`• $`, `》》`): a widget glyph, not text. Table rules (`|---|`) are left to the table rules. */
export const symbolLineRule: LineRule = {
	id: 'symbol-line',
	scope: 'line',
	description:
		'A line of at most four characters with no letter and no digit (• $, 》》, ★) is a widget or icon glyph scraped as text and is removed. Any line with a word or a number stays; table rules are left to the markdown rules.',
	examples: { removes: ['• $', '★'], keeps: ['• 1', '是', '5%'] },
	matches(line) {
		const text = line.trim();
		return text.length > 0 && [...text].length <= 4 && !/[\p{L}\p{N}]/u.test(text) && !/^[-|:\s]+$/u.test(text);
	},
};

/**
 * Pictographs (emoji and their modifiers): the bullets and end marks of machine rewrites (🔸 …, ❌ …, …处理。🤔). A
 * pictograph is never part of a fact; the text around it stays. Text-style symbols (▶ ★ © ®) are not emoji.
 */
const PICTOGRAPH =
	/(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*)+\s*/gu;

export const pictographRule: WordsRule = {
	id: 'pictograph',
	scope: 'words',
	description:
		'Emoji (pictographs shown as emoji: Unicode Emoji_Presentation, or a pictograph with the emoji selector, with their modifiers and joiners: 🔸, ❌, 🤔, 🛍️💻) are the bullets and end marks machine rewrites put before and after their lines; they are removed and the text around them stays. A plain bullet or arrow (•, -, ①, ▶), © ® ™, letters and digits are not emoji.',
	examples: { removes: ['🔸 温馨提醒:保留小票凭证。', '交易失败时先查询交易状态。🤔'], keeps: ['• 保留小票凭证。', '① 查询交易状态。'] },
	spans(text) {
		return [...text.matchAll(PICTOGRAPH)].map((match) => [match.index, match.index + match[0].length] as const);
	},
};
