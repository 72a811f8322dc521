import type { ClauseRule, DocumentLine, RuleContext, Span, WordsRule } from './types.ts';

/**
 * The site speaking of itself: its name (learned from the lines where the site names itself, then removed everywhere),
 * sentences in which it refers to itself (本站, 小编, 我司…), and its disclaimers (侵权, 转载, 仅供参考…).
 */

/** A name: letters, digits and Chinese characters, 2–14 of them. */
const NAME = '[\\p{Script=Han}A-Za-z0-9]{2,14}';
/** A name that is itself a site: it ends in 网, 之家, 网站, 在线 or 平台 (第一POS网, 南方财富网, POS机申请之家). */
const SITE_SUFFIX = '(?:网|網|之家|在线)';

/** Places where a page names its site or persona; group 1 is the name. */
const NAME_CONTEXTS: readonly RegExp[] = [
	new RegExp(`本文由\\s*(${NAME}?)\\s*(?:发布|整理|原创|提供|编辑|出品)`, 'gu'),
	new RegExp(`(?:官方微信号?|微信公众号|公众号)\\s*(?:[:：]\\s*[“"「]?|[“"「])(${NAME})[”"」]?`, 'gu'),
	new RegExp(`搜(?:索)?公众号\\s*[“"「](${NAME})[”"」]`, 'gu'),
	new RegExp(`(?:当前位置|您的位置|你的位置|所在位置|(?:您|你)现在的位置)(?:是|在)?\\s*[:：]?\\s*(${NAME})\\s*[>»›]`, 'gu'),
	// A content farm's editor persona named after the site: 下面是趣元素小编收集整理的内容.
	new RegExp(`(?:下面是|以下是|以下为|下面为|这里是|本文是|由)\\s*(${NAME}?)小编(?:为|给|收集|整理|精心|带|来)`, 'gu'),
	new RegExp(`(?:欢迎访问|欢迎访|欢迎来到|欢迎光临)\\s*(${NAME}?)(?:网站|官网)?(?:[!！,，。\\s]|$)`, 'gu'),
	// A document-sharing site naming itself: 请在冰点文库上搜索.
	new RegExp(`请在(${NAME}?(?:文库|网|網))上搜索`, 'gu'),
	// A site naming itself before the link to its mobile version: 卷百科 手机版.
	/^([\p{Script=Han}A-Za-z0-9]{1,12}?(?:网|百科|之家))\s*(?:手机版|电脑版)/gu,
	new RegExp(`(${NAME})\\s*[(（]\\.?本网站?[)）]`, 'gu'),
	new RegExp(`(?:我是您的|我是你们的)(${NAME}?)[,，。]`, 'gu'),
	new RegExp(`(${NAME}?)(?:为您|为大家|给大家)(?:解析|整理|介绍|解答|揭秘|讲解|分享|汇总)`, 'gu'),
	new RegExp(`【(${NAME}?${SITE_SUFFIX})为您整理】`, 'gu'),
	new RegExp(`(?:来源|来自|出处|作者|文章来源|投稿)\\s*[:：]\\s*(${NAME}?${SITE_SUFFIX})(?![\\p{Script=Han}])`, 'gu'),
	// A masthead: the site name, a dash and its slogan (系统之家 - 操作系统光盘下载网站!).
	new RegExp(`^(${NAME}?${SITE_SUFFIX})\\s*[-–—|｜]\\s*\\S`, 'gu'),
	// Channels of the site: 【考拉汇拓客】小程序, 公众号 拉卡拉微商服, 小程序 考拉汇拓客.
	new RegExp(`【(${NAME})】\\s*(?:小程序|公众号|APP|app)`, 'gu'),
	new RegExp(`(?:小程序|公众号)\\s+(${NAME})\\s`, 'gu'),
	// A site name on its own at the end of a line (`2021-08-02 09:57 南方财富网`, `发布日期:2013-12-06  中国POS机网`).
	new RegExp(`\\s(${NAME}?${SITE_SUFFIX})\\s*$`, 'gu'),
];

/** Words that end like a site name but are not one, and personas too generic to remove (我是您的…). */
const NOT_A_NAME =
	/^(?:网站|互联网|物联网|局域网|上网|联网|官网|内网|外网|电网|网|移动网|宽带网|银联网|支付网|收单网|本网|全网|该网|此网|在线|线上在线|客户|用户|商户|商家|老板|朋友|大家|各位|小编|客服|自己|本人|我们|他们|我|你|您)$/u;

/** Drops persona openings (`支付官为您解析` → 支付官, `尊敬的的您是我商户朋友们,我是您的支付官` → 支付官). */
function cleanName(raw: string): string {
	return raw.replace(/^(?:今天|下面|接下来|现在|这里|本文|以下|小编|我们|我)/u, '').trim();
}

export const siteNameRule: WordsRule = {
	id: 'site-name',
	scope: 'words',
	description:
		'The name of the site or of its persona, learned from the lines where the page names itself (本文由神卡网发布, 官方微信号:南方财富网, 当前位置:第一POS网 >, 欢迎访问…, X(.本网站), 我是您的支付官, 支付官为您解析, 下面是趣元素小编收集整理的…, 来源:中国POS机网, a name ending in 网/之家 alone at the end of a line), is removed from every line of the page. Ordinary words ending in 网 (互联网, 官网, 上网, 联网) are never names.',
	examples: {
		removes: [
			'本文由神卡网发布。\n神卡网提醒:刷卡前先检查网络。',
			'官方微信号:南方财富网\n2021-08-02 09:57 南方财富网',
			'我是您的支付官。\n支付官建议:请先核对是否在正常的T+1时间窗口内。',
			'系统之家 - 操作系统光盘下载网站!\nPOS机系统故障96的原因',
			// A hijacked content farm (heldout-15, p-258b9e4bd7): the persona names the site, its tag 【趣元素】 goes with it.
			'冲正交易是什么意思,下面是趣元素小编收集整理的内容。\n冲正指的是一种补救方式。【趣元素】如果交易失败,POS机会显示冲正结果。',
		],
		keeps: ['POS机需要通过互联网连接银行系统。', '登录中国人民银行官网查询支付机构名单。', '资金来源于发卡银行。'],
	},
	collect(lines: readonly DocumentLine[]): string[] {
		const names = new Set<string>();
		for (const { text } of lines) {
			for (const pattern of NAME_CONTEXTS) {
				for (const match of text.matchAll(pattern)) {
					const name = cleanName(match[1] ?? '');
					if ([...name].length >= 2 && !NOT_A_NAME.test(name) && !/^\d+$/u.test(name)) names.add(name);
				}
			}
		}
		// Longest first, so 南方财富网 is removed before a shorter name inside it.
		return [...names].sort((a, b) => b.length - a.length);
	},
	spans(text, context: RuleContext) {
		const names = context.collected.get('site-name') ?? [];
		const spans: Span[] = [];
		for (const name of names) {
			// The masthead (name, dash, slogan) goes whole.
			if (text.startsWith(name) && /^\s*(?:[-–—|｜]\s*.{1,40}|手机版|电脑版)$/u.test(text.slice(name.length))) return [[0, text.length]];
			for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
				// With the brackets or quotes it fills: 【考拉汇拓客】, “南方财富网”.
				const open = text[at - 1] ?? '';
				const close = text[at + name.length] ?? '';
				const wrapped = /[【“"「《]/u.test(open) && /[】”"」》]/u.test(close);
				spans.push(wrapped ? [at - 1, at + name.length + 1] : [at, at + name.length]);
			}
		}
		return spans;
	},
};

/**
 * The site or its editor speaking of itself: 本站, 本网站, 小编, 我司, 站长, (为您|为大家)整理/解析… From the clause to
 * the end of its sentence.
 */
export const selfReferenceRule: ClauseRule = {
	id: 'self-reference',
	scope: 'clause',
	extent: 'sentence',
	containment: true,
	description:
		'A sentence in which the site, its editor or its company speaks of itself (promotion/furniture.yaml selfReference: 本站, 本网站, 小编, 我司, 站长, 为您整理, 为大家解析, 加本站客服…) is removed from that clause to the end of the sentence. 本网点 (a bank branch) and 我们 in an instruction (我们建议先查询余额) are not self-reference.',
	examples: {
		removes: [
			'本站是拉卡拉pos机成都办理官网,提供官方网站的拉卡拉POS机。',
			'今天小编就带大家一起来了解下。',
			'上诉问题对于大家都可以加本站客服,询问自己在办理pos机。',
			'下面我介绍一下什么叫跳码机子。',
			'办卡总部提醒大家,一定要保持良好的用卡习惯。',
			'Written by Jane Doe, POS specialist with 15+ years of experience.',
			'作为一名深耕支付行业8年的博主,我完全理解商户最关心的问题。',
			// p-b043182c1f (heldout-12).
			'作为专业的理财保险编辑,我深知银行卡在日常生活中的重要性。',
		],
		keeps: ['请到发卡银行的本网点办理挂失。', '我们建议先查询卡内余额。', '银行会在1-7个工作日内退回。', '作为持卡人,应妥善保管卡片。'],
	},
	matches: (clause, context) => context.lexicon.selfReference.test(clause),
};

/**
 * Disclaimers and rights notices: 如有侵权, 转载, 仅供参考, 不代表本网站, 原创性, 知识产权, AI-generation notices. From the
 * clause to the end of its sentence.
 */
export const disclaimerRule: ClauseRule = {
	id: 'disclaimer',
	scope: 'clause',
	extent: 'sentence',
	containment: true,
	description:
		'A disclaimer or rights notice (promotion/furniture.yaml disclaimers: 侵权, 禁止采集与转载, 仅供参考, 不代表本网站, 原创性, 知识产权归属, 内容由…人工智能语言模型创作, 具体资费以办理页面为准, 内容及图片来源于网络, 不作为投资建议…) is removed from that clause to the end of the sentence. 参考号, 参考价格 and 知识 are not disclaimers.',
	examples: {
		removes: [
			'内容仅供参考,具体资费以办理页面为准。其原创性以及文中表达的观点和判断不代表本网站。',
			'注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:a@b.com',
			'内容基于多重复合算法人工智能语言模型创作,旨在以深度学习研究为目的传播信息知识。',
			'用户通过本站上传、发布的任何内容的知识产权归属用户或原始著作权人所有。',
			// p-d7007ffb7c (heldout-11), after stage 2.
			'重要提示文章部分内容及图片来源于网络,相关内容仅供参考,不作为投资建议。',
		],
		keeps: ['请核对小票上的参考号。', '了解一些用卡知识可以避免交易失败。', '参考银行公布的限额调整交易金额。'],
	},
	matches: (clause, context) => context.lexicon.disclaimers.test(clause),
};
