import { URL_SOURCE } from '../url.ts';
import { derivedRegExp, NUMBERING } from './shared.ts';
import type { DocumentRule, LineRule, Span, WordsRule } from './types.ts';

/**
 * Page furniture recognised by its shape rather than its wording: metadata fields glued into one line, lines that are
 * only a number or a handle, contact labels on their own line, navigation made only of interface words, lists of
 * space-separated keywords, logo and banner captions.
 */

/** A field label (promotion/furniture.yaml metaFields) with its colon and value, anywhere in a line. */
function metaFieldPattern(labels: RegExp): RegExp {
	// The value runs to the next field, a separator or the end: `时间:01-19人气:17作者:指流砂` is three fields.
	// A label is a field only where it does not end a longer word (一段时间: and 拓展阅读: are not fields). A value that is
	// an address (scripts/rules/url.ts) runs to its end, however long (出处:https://…/933484.html), so no tail is left.
	return new RegExp(
		`(?<!\\p{Script=Han})(?:${labels.source})\\s*[:：]\\s*(?:${URL_SOURCE}|(?:(?!(?:${labels.source})\\s*[:：])[^\\s|｜,，;；。]){0,24})`,
		'giu',
	);
}

/** Counters: `0人已阅读`, `阅读 18`, `点击:10775`, `162 次浏览`, `浏览(35)`. */
const COUNTER =
	/\d[\d,.]*\s*[万wWkK]?\s*(?:人已阅读|人阅读|人浏览|次浏览|次阅读|人看过|人围观|次点击|条评论|人点赞)|(?:阅读|浏览|点击|人气|热度|阅读量|浏览量)\s*[:：]?\s*[(（]?\d[\d,.]*[)）]?\s*次?(?![\d.%元万])/gu;
/** A date with a time of day (`2025-03-13 09:42`, `2024 09/ 12 17:03:59`, `2021/2/21 17:16:38`): a timestamp, never a fact. */
const TIMESTAMP = /\d{4}\s*[-/.年\s]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?/gu;
/** A date opening a line that holds nothing else but a short category or a count (`2025-10-27 新手入门`, `2024-11-22 2 山西`). */
/** A date with a bare count glued before the text of a line (`2026-01-22 0在跨境交易中…`): the post's date and views. */
const LEADING_DATE_COUNT = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,6}(?![\d\-:/.年月日号%元万])\s*(?=\p{Script=Han})/u;
const DATE_LINE = /^[-•·*\s]*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+[^\s,，。;；:：]{1,8}){0,2}\s*$/u;
/** An English date alone on its line (`• February 28, 2024`, `28 Feb 2024`, `Mar. 3, 2025`): a post's date. */
const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const EN_DATE_LINE = new RegExp(
	`^[-•·*\\s]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?\\s*$`,
	'iu',
);

/**
 * Metadata fields: `作者:指流砂`, `来源:投稿`, `发布时间:2025-01-20`, `人气:17`, `投稿人:小灰灰`, `浏览次数:`, counters
 * (`0人已阅读`, `阅读 18`) and timestamps with a time of day, wherever they are glued (`时间:01-19人气:17作者:指流砂`).
 */
export const pageMetaRule: WordsRule = {
	id: 'page-meta',
	scope: 'words',
	// A built page's own metadata table and provenance lines look like page furniture; the site checks skip this rule.
	articleOnly: true,
	description:
		'Metadata fields of the page (a label from promotion/furniture.yaml metaFields — 作者, 来源, 发布时间, 人气, 浏览次数, 投稿人… — with its colon and value), view and read counters (0人已阅读, 阅读 18, 点击:10775) timestamps with a time of day (2025-03-13 09:42), a line that is only a date with at most a short category or a count (2025-10-27 新手入门, 2024-11-22 2 山西), or only an English date, with its weekday and time if any (• February 28, 2024; Tuesday, 2 February 2016, 7:47AM), and a date with a bare count glued before the text (2026-01-22 0在跨境交易中…): removed wherever they are, also several glued together. A date without a time (2016年6月9日起…) is a fact and stays; so does 时间 in a sentence without a colon.',
	examples: {
		removes: [
			'时间:01-19人气:17作者:指流砂',
			'发布日期:2022-12-07 10:23:57 投稿人:小灰灰',
			'作者:poskaka 0人已阅读',
			'2025-10-27 新手入门 阅读 18',
			'Sakura 发布时间:2025-06-16 00:54:23 热度:969',
			'2025-10-27 新手入门 阅读 18',
			'- 2025-04-30',
			'2024-11-22 2 山西',
			'2026-01-22 0在跨境交易中,拒付是卖家资金安全的重大风险之一。',
			'2024 09/ 12 17:03:59',
			'出处:https://www.example.com/933484.html',
			'• February 28, 2024',
			'12 Mar 2025',
			// A radio station's news page (heldout-15, p-6d0fab5d91): the dateline with weekday and time.
			'Tuesday, 2 February 2016, 7:47AM',
		],
		keeps: [
			'2016年6月9日起,银行卡刷卡手续费开始调整。',
			'交易时间较长时,可以先查询交易结果。',
			'一般在23:00后的交易计入次日。',
			'4. 等待一段时间:交易可能需要一些时间才能完全处理完毕。',
			'Cards issued before March 1, 2024 must be replaced.',
		],
	},
	spans(text, context) {
		const fields = derivedRegExp(context.lexicon, 'page-meta-fields', (l) => metaFieldPattern(l.metaFields));
		if (DATE_LINE.test(text) || EN_DATE_LINE.test(text)) return [[0, text.length]];
		const spans: Span[] = [];
		const leading = LEADING_DATE_COUNT.exec(text);
		if (leading) spans.push([0, leading[0].length]);
		for (const pattern of [fields, COUNTER, TIMESTAMP]) {
			for (const match of text.matchAll(pattern)) if (match[0].trim() !== '') spans.push([match.index, match.index + match[0].length]);
		}
		return spans;
	},
};

/** Only digits and the separators of a number: a messenger number, a counter, a page number. */
const BARE_NUMBER = /^[\s(（]*\d[\d\s.,，·\-—–/]*[)）]?$/u;
/** A lone handle of letters and digits, both present: `admin888`, `lakala0288`. */
const BARE_HANDLE = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_\-.]{3,24}$|^@[\p{Script=Han}A-Za-z0-9_]{2,16}$/u;

/**
 * A line that is only a number (`5702701`, `15683209429`, `162`, `10`) or only a handle (`admin888`, `lakala0288`): a
 * messenger number or ID next to its label, or a counter. A number in a sentence, a table or a list stays.
 */
export const bareNumberRule: LineRule = {
	id: 'bare-number',
	scope: 'line',
	description:
		'A line that is only a number (digits with spaces or dashes: 5702701, 15683209429, 162) or only a handle (letters and digits: admin888, lakala0288; or @name: @小白创作中心) is removed: on these pages it is a messenger number or ID under its label, a vote or view counter, a page number. A code table row (96 系统故障), an amount in a sentence or a version like V2.0 keeps its line.',
	examples: {
		removes: [
			'5702701\n哎,刷卡的时候最怕交易失败。',
			'15683209429',
			'POS机领取微信号\nlakala0288',
			'162\n浏览关于POS机刷卡的安全常识的建议:',
		],
		keeps: ['96 系统故障', '交易金额为500元。', '终端程序V2.0', 'Q1.'],
	},
	matches: (line) => BARE_NUMBER.test(line) || BARE_HANDLE.test(line),
};

/** Service hours written before a contact label: `7×24小时`, `24小时`, `全天候`. */
const SERVICE_HOURS = /\d+\s*[×xX*]\s*\d+\s*(?:小时|h)|\d+\s*小时|全天候?/gu;

/**
 * A contact label on its own line (`服务热线`, `全国服务热线:`, `POS机办理电话`, `微信咨询:`, `添加微信`, `联系我们`):
 * once the contact words (promotion/contacts.yaml contactLabelWords) are taken out, at most one character is left.
 */
export const contactLabelRule: LineRule = {
	id: 'contact-label',
	scope: 'line',
	description:
		'A short line (at most 16 characters) that is only a contact label: made of contact words (promotion/contacts.yaml contactLabelWords: 热线, 电话, 微信, 咨询, 客服, 添加, 扫码, 联系, 办理, 领取…) with at most one other character, service hours before it (7×24小时) aside. The number or ID under it is removed by bare-number. 联系发卡行 and 联系银行 name whom to contact and stay.',
	examples: {
		removes: ['服务热线', '全国服务热线:', 'POS机办理电话', '微信咨询:', 'POS机领取微信号', '添加微信', '扫码咨询', '7×24小时客服热线'],
		keeps: ['联系发卡行', '联系收单机构', '客服电话是多少?', '联系银行'],
	},
	matches(line, context) {
		if ([...line].length > 16 || /[?？]/u.test(line)) return false;
		const words = derivedRegExp(context.lexicon, 'contact-label-words', (l) => new RegExp(l.contactLabelWords.source, 'giu'));
		// Service hours before the label (7×24小时客服热线, 全天候服务热线) are part of it.
		const withoutWords = line.replace(SERVICE_HOURS, '').replace(words, '');
		if (withoutWords === line) return false;
		const rest = withoutWords.replace(/[\s:：,，、·•*\-—()（）[\]【】]/gu, '');
		return rest.length <= 1;
	},
};

/**
 * A line made only of interface words (promotion/furniture.yaml uiWords: 设为首页, 加入收藏, 网站地图, QQ空间, 分享到,
 * 您好!请登录, 相关资料 …) and separators: navigation, share buttons, login boxes.
 */
export const navigationRule: LineRule = {
	id: 'navigation',
	scope: 'line',
	description:
		'A line made only of interface words (promotion/furniture.yaml uiWords: 设为首页, 加入收藏, 网站地图, 广告服务, 联系我们, QQ空间, 新浪微博, 分享到, 您好!请登录, 相关资料, 本文目录, 正文内容 …), bullets, numbers and separators is navigation, a share bar or a login box, and is removed. A sentence that uses one of the words (点击收藏后可在我的收藏中找到) stays.',
	examples: {
		removes: [
			'设为首页加入收藏',
			'广告服务联系我们网站地图',
			' • QQ空间',
			'您好!请登录',
			'合作网站快捷登录:已有0评论',
			'本文目录一览:',
			'Skip to main content',
			'展开全文',
			'隐私政策 | 用户协议 | 意见反馈',
			'字体:大 中 小',
			// A forum's login box and a news page's follow box (heldout-13).
			' 找回密码',
			'扫描二维码',
			'Home | About us | Contact us',
			// p-9c0c52cd45 (heldout-4): a menu link between the hotline and 联系我们.
			'POS机新闻',
		],
		keeps: [
			'Press the Home key to return to the main screen.',
			'打印签购单时纸张不足会导致打印失败。',
			'相关资料需要在三个工作日内提交。',
			'本文目录中的第二节讲的是冲正。',
			'扫描二维码支付时提示交易失败。',
		],
	},
	matches(line, context) {
		const words = derivedRegExp(context.lexicon, 'ui-words', (l) => new RegExp(l.uiWords.source, 'giu'));
		const rest = line.replace(words, '').replace(/[\s\d:：,，、.·•*\-—|｜/!！?？()（）[\]【】>»]/gu, '');
		return rest === '' && /\p{L}/u.test(line);
	},
};

/** Five or more short tokens with Chinese in them, separated by single spaces: a keyword list or a menu, not prose. */
const TOKEN_RUN = /(?:^|(?<=[\s:：]))(?:[^\s,，。;；:：]{1,8}\s+){4,}[^\s,，。;；:：]{1,8}(?=\s|$)/gu;

/**
 * Keyword lists and menus: five or more space-separated short tokens with Chinese characters (`POS机的选择 POS机办理 POS机
 * POS机办理`, `新闻 五倍券放大术 专题 卡讯 行动Pay 理财`). Chinese prose has no spaces between words; English stays.
 */
export const tokenListRule: WordsRule = {
	id: 'token-list',
	scope: 'words',
	// A built page's own metadata table and provenance lines look like page furniture; the site checks skip this rule.
	articleOnly: true,
	description:
		'A run of five or more short tokens (each at most 8 characters, most of them with Chinese characters) separated by spaces is a keyword list, a tag cloud or a site menu and is removed. Chinese prose has no spaces between words; English sentences and a table row of two or three cells stay.',
	examples: {
		removes: [
			'搜索关键词:POS机的选择 POS机办理 POS机 ?POS机 POS机办理',
			'新闻 五倍券放大术 专题 卡讯 行动Pay 理财 经贸 消费',
			'麻豆 美女 丝袜 人妻 中文',
		],
		keeps: ['代码55 密码错误', 'When paying by credit card the bank card may be damaged.', '银行 卡号 有效期 三项须一致。'],
	},
	spans(text) {
		const spans: Span[] = [];
		for (const match of text.matchAll(TOKEN_RUN)) {
			const tokens = match[0].trim().split(/\s+/u);
			const chinese = tokens.filter((token) => /\p{Script=Han}/u.test(token)).length;
			if (chinese >= Math.max(4, tokens.length * 0.6)) spans.push([match.index, match.index + match[0].length]);
		}
		return spans;
	},
};

/** Logo and banner captions: `臺灣銀行LOGO`, `4G标志`, `banner`. */
const LOGO_LINE = /^[^,，。;；!！?？]{0,12}(?:LOGO|logo|Logo|标志|图标|图片|banner|Banner|BANNER)$/u;

export const logoCaptionRule: LineRule = {
	id: 'logo-caption',
	scope: 'line',
	description:
		'A short line (at most 12 characters before it) ending in LOGO, 标志, 图标, 图片 or banner is the caption or alt text of a logo or banner image and is removed. A sentence about a logo (POS机背面贴有银联标志。) is longer or ends with a full stop and stays.',
	examples: {
		removes: ['臺灣銀行LOGO', '4G标志', 'banner', '安全标志'],
		keeps: ['POS机背面贴有银联标志。', '寻找POS机上的“闪付”或“NFC”标志(如水波纹图标)'],
	},
	matches: (line) => LOGO_LINE.test(line.trim()),
};

/** `A(B)` or `A - B` where B repeats A in other words, optionally with the image number (`第1张`). */
const VARIANT_LINE = /^([^,，。;；!！]{4,40}?)\s*(?:[(（]\s*([^()（）]{4,40})\s*[)）]|\s-\s(.{2,30}))\s*(?:第\s?\d{1,3}\s?张)?$/u;
/** The image's number or kind after a title: `第1张`, `缩略图`, `插图2`, `配图`. */
const IMAGE_NUMBER = /(?:第\s?\d{1,3}\s?张|缩略图|縮略圖|插图\s?\d{0,3}|插圖\s?\d{0,3}|配图\s?\d{0,3}|配圖\s?\d{0,3})\s*$/u;

/** Share of the characters of the shorter text that also occur in the longer one. */
function overlap(a: string, b: string): number {
	const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
	const pool = new Set(longer.toLowerCase());
	const chars = [...shorter.toLowerCase()].filter((char) => /[\p{L}\p{N}]/u.test(char));
	return chars.length === 0 ? 0 : chars.filter((char) => pool.has(char)).length / chars.length;
}

/**
 * Image alt texts and SEO captions in the body: a line that states a title twice (`为啥POS机刷不了卡(POS机刷卡为什么刷不
 * 上)`, `POS机交易失败的原因 - POS机 交易失败`), or ends with the image number (`…  第1张`).
 */
export const seoCaptionRule: DocumentRule = {
	id: 'seo-caption',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'A line after the title that repeats a title in other words — A(B) or A - B where most characters of the shorter part are in the longer one — or that ends with an image number or kind (第1张, 缩略图, 插图2, 配图) is the alt text of an image or an SEO caption, and is removed. A heading with an explanation in brackets (降级交易(芯片卡刷磁条)) shares few characters and stays.',
	examples: {
		removes: [
			'为啥POS机刷不了卡(POS机刷卡为什么刷不上)',
			'POS机交易失败的原因 - POS机 交易失败',
			'pos机刷卡失败请重刷怎么办(pos机刷卡失败请重刷)  第1张',
			'POS机跳码是什么意思?缩略图',
			'刷卡失败的原因插图2',
		],
		keeps: ['降级交易(芯片卡刷磁条)', '一、刷卡失败的原因', '终端号(TID)是8位数字', '签购单样式见下面的配图说明。'],
	},
	select(lines) {
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index === 0) return;
			if (IMAGE_NUMBER.test(text) && text.length <= 80) {
				selected.push(index);
				return;
			}
			const match = VARIANT_LINE.exec(text);
			if (!match) return;
			const first = match[1] ?? '';
			const second = match[2] ?? match[3] ?? '';
			if (second.length >= 2 && overlap(first, second) >= 0.6) selected.push(index);
		});
		return selected;
	},
};

/** A line of two to six short keywords separated by commas (`visa機,刷卡机,咭機`, `支付服務供應商,支付系統`). */
const TAG_LINE = /^[^\s,，、。;；!！?？:：]{1,12}(?:\s*[,，、]\s*[^\s,，、。;；!！?？:：]{1,12}){1,5}$/u;
/** Above the title, only three or more very short terms (`visa機,刷卡机,咭機`): a title has a comma too. */
const TITLE_TAGS = /^[^\s,，、。;；!！?？:：]{1,6}(?:\s*[,，]\s*[^\s,，、。;；!！?？:：]{1,6}){2,5}$/u;
/** The head of an article ends at its first paragraph: a line with a full stop or longer than this. */
const MAX_HEAD = 40;
/** Words of a clause, never of a tag: a line of terms with one of them is a sentence (POS机可能出现跳码现象,银行风控监测中止交易). */
const CLAUSE_WORD = /可能|出现|导致|造成|需要|应该|无法|不能|已经|正在|[会被了将]/u;
/** True for a line of SEO tags: short terms without the words of a clause. */
const isTagLine = (text: string): boolean =>
	TAG_LINE.test(text) && !NUMBERING.test(text) && !text.split(/\s*[,，、]\s*/u).some((term) => CLAUSE_WORD.test(term));

/**
 * Keyword lines in the head of the article, between the title and the first paragraph: a few short terms separated by
 * commas are the page's SEO tags. A list in the body (余额不足、密码错误) is content and stays.
 */
export const headTagsRule: DocumentRule = {
	id: 'head-tags',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'A line of two to six short terms separated by commas or 、 (visa机,刷卡机,咭机; 支付服务供应商,支付系统) in the head of the article — after the title, before the first paragraph (a line with 。, longer than 40 characters) — is the page’s SEO tag line and is removed; terms with the words of a clause (可能, 出现, 导致, 会, 被, 了…) make a sentence, not tags (POS机可能出现跳码现象,银行风控监测中止交易 stays). The same list in the body is content and stays; the title line is handled with the lines above it.',
	examples: {
		removes: [
			'支付服务供应商,支付系统\n在网络购物或实体店面消费时,交易失败最令人沮丧。',
			'visa机,刷卡机,咭机\n当咭机出现读卡问题时的诊断与处理',
		],
		keeps: [
			'一、常见原因\n在网络购物时,交易失败最令人沮丧。\n余额不足、密码错误',
			'交易失败的原因有很多。\n余额不足、密码错误',
			'1、交易金额500元\n2、一般1-3个工作日到账',
			// A Q&A digest (heldout-15, p-863be8d0f1): the answer in the head is a sentence of two clauses.
			'POS机可能出现跳码现象,银行风控监测中止交易\n农信银行卡被中止交易,请带好身份证和银行卡到网点办理解除。',
		],
	},
	rejectsTitle: (text) => TITLE_TAGS.test(text) && !NUMBERING.test(text),
	select(lines) {
		const selected: number[] = [];
		for (let index = 1; index < lines.length; index++) {
			const text = lines[index]?.text ?? '';
			if (text.length > MAX_HEAD || /。/u.test(text)) break;
			if (isTagLine(text)) selected.push(index);
		}
		return selected;
	},
};
