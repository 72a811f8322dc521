import { toSimplified } from '../../../src/shared/chinese/standard.ts';

/**
 * The publication gate's check (stage 13 of the pipeline, scripts/pipeline/stages/gate.ts): what no text on a page may
 * contain, judged on its own and independent of the cleaner — its patterns are written here, not taken from
 * scripts/rules/promotion/, so a gap in a cleaning rule is caught rather than repeated. Every check is an object with an
 * id, a description and examples (tests/unit/publication-gate.test.ts runs them). Pure.
 */

export interface PublicationCheck {
	/** Stable ID, written to the report and to diagnostics as `publication/<id>`. */
	id: 'contact' | 'commercial' | 'self-reference' | 'off-topic' | 'masked' | 'furniture';
	description: string;
	examples: { fails: readonly string[]; passes: readonly string[] };
	/** The offending part of the text, or undefined when the text passes. */
	find(text: string, official: ReadonlySet<string>): string | undefined;
}

/** Digits with any grouping: spaces, dashes, dots between them (`138 0013 8000`, `400-820-8820`). */
const GROUPED_DIGITS = /(?<![\d.])\+?\d(?:[ -]?\d){6,}(?![\d.]|\s?(?:元|万|块|笔|次|个|位|%|‰|年|月|日|天|小时|分钟|秒))/gu;
/** Phone, QQ and service numbers have 7 to 12 digits (mobile 11, landline with area code 10–12, 400 numbers 10). */
/** A date (20160811) or a span of years (2016-2020) is not a contact. */
const DATE_LIKE = /^(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{2})$/u;
const CONTACT_DIGITS = (digits: string) => digits.length >= 7 && digits.length <= 12 && !DATE_LIKE.test(digits);
/** Numbers that are not contacts although long: amounts with a unit were excluded above; dates and times are not 7 digits in a row. */
const MESSENGER =
	/(?<![A-Za-z])(?:微信|威信|薇信|v信|vx|wx|qq|扣扣|企鹅|飞机号|telegram|whatsapp)\s*(?:号|群)?\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9_-]{4,}/iu;
const EMAIL =
	/[A-Za-z0-9._%+-]+\s?(?:@|＠|\(at\)|#)\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|\b(?:qq|163|126|sina|foxmail)\.com\b/iu;
const URL =
	/https?:\/\/|\bwww\.|(?<![A-Za-z0-9])[A-Za-z0-9-]{2,63}(?:\.[A-Za-z0-9-]{2,63})*\s?(?:\.|点|dot)\s?(?:com|cn|net|org|cc|top|vip|xyz|info|wang|shop|site|hk|tw)(?![A-Za-z])/iu;
/** A handle: letters and digits mixed, at least 7 long with 4 digits (`pos2024abc`, `zf88881234`); standards are names, not handles. */
const HANDLE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{7,24}(?![A-Za-z0-9_-])/gu;
const isHandle = (token: string) =>
	(token.match(/\d/gu)?.length ?? 0) >= 4 && (token.match(/[A-Za-z]/gu)?.length ?? 0) >= 2 && !STANDARD.test(token);
const STANDARD = /^(?:ISO|GB|RFC|EMV|PCI|TLS|SSL|HTTP|UTF|IPV|IEEE|ANSI|JR|JT|GA|YD|MCC|SN|IMEI|ICCID|TUSN)/iu;

const contact: PublicationCheck = {
	id: 'contact',
	description:
		'Contact data of any form: a phone number with any grouping (7 or more digits in a row, spaces/dashes/dots between them, not an amount), a 95xxx/96xxx hotline that is not an official one (src/editorial/hotlines.yaml), a messenger label with an ID, an e-mail address (also with (at) or #), a URL or a bare domain (also written with 点/dot), a handle of letters and digits.',
	examples: {
		fails: [
			'详询138 0013 8000。',
			'加微信pos2024abc办理',
			'投诉邮箱abc@qq.com',
			'访问 fuxiaobao点com 查询',
			'拨打95188咨询',
			'刷卡找zf88881234',
		],
		passes: [
			'银联客服热线95516可以查询。',
			'单笔限额50000元。',
			'商户编码共15位。',
			'按ISO8583报文格式发送。',
			'2024年3月12日到账。',
			'避免“5000-8000-10000”递减测试。',
			'如:1622016572190。',
			'依据JR/T 0001.6.6-2014与2016-2020年的规定,20160811起执行。',
			'支持Online Payments与LINE Pay。',
		],
	},
	find(text, official) {
		for (const match of text.matchAll(GROUPED_DIGITS)) {
			const digits = match[0].replace(/\D/gu, '').replace(/^86(?=1\d{10}$)/u, '');
			if (digits.length <= 12 && CONTACT_DIGITS(digits) && !official.has(digits)) return match[0];
		}
		for (const match of text.matchAll(/(?<![\d.])9[56]\d{3}(?![\d.%元万笔次个])/gu)) if (!official.has(match[0])) return match[0];
		const found = MESSENGER.exec(text) ?? EMAIL.exec(text) ?? URL.exec(text);
		if (found) return found[0];
		for (const match of text.matchAll(HANDLE)) if (isHandle(match[0])) return match[0];
		return undefined;
	},
};

const COMMERCIAL =
	/(?:免费|0元|零元)(?:申请|办理|领取|领|送|安装|试用)|(?:申请|办理|领取)(?:一台|个人)?(?:POS机?|刷卡机|电签|收款码|码牌)(?!.{0,8}(?:失败|错误|问题|风险|安全|注意|陷阱|骗|时))|(?:POS机?|刷卡机|电签)(?:的)?(?:办理|申请)(?:流程|手续|入口|条件|渠道)|招商|加盟|(?:诚招|招募|招)代理|代理(?:商)?(?:招募|加盟|政策|分润)|分润|包邮|激活(?:返现|红包)|返现|费率(?:低至|仅需?|只要)|永不涨价|不涨价|一清机(?:办理|推荐|申请|哪家|品牌)|(?:办理|推荐|申请)(?:正规|一清)|正规POS机(?:办理|推荐|哪家|品牌|申请)|保驾护航|品质如初|(?:完善|贴心|优质|专业)的?售后|哪家(?:好|强)|什么牌子好|(?:排行榜|十大品牌)/iu;

const commercial: PublicationCheck = {
	id: 'commercial',
	description:
		'Commercial intent: an offer to apply for, claim or buy a terminal (免费申请, 办理POS机, 办理流程, 0元领取), franchise and agent recruitment (招商, 加盟, 招代理, 分润), price pitches (费率低至, 永不涨价, 返现, 包邮), brand pitches (正规POS机办理, 一清机推荐, 哪家好, 排行榜) and vendor claims (保驾护航, 完善的售后). A fact about fees (费率为0.6%) or about 二清机 risks passes.',
	examples: {
		fails: ['个人POS机免费申请,包邮到家。', '诚招代理,分润日结。', '费率低至0.38。', '正规POS机办理找我们。', '为您的资金安全保驾护航。'],
		passes: [
			'借记卡交易的费率为0.5%。',
			'使用二清机交易,资金可能被挪用。',
			'可以向收单机构申请调单。',
			'申请退款后一般7个工作日到账。',
			'如何辨别办理POS机时的安全风险',
			'购买POS机时应选择品质优良的设备。',
		],
	},
	find: (text) => COMMERCIAL.exec(text)?.[0],
};

const SELF =
	/本站|本网站|本网(?!点|络|银|上)|小编|我司|敝司|站长|欢迎(?:访问|来到|光临)|(?:转载|采集)(?:请|须|需|务必|禁止)?|禁止转载|原创|本文由|版权所有|如有侵权|关注(?:我们|公众号|本号)|(?:网|之家)(?:提醒|建议|整理|小编)|(?:为您|为大家|给大家)(?:整理|解析|揭秘|汇总)|我是您的|尊敬的[^,，。]{0,10}朋友/u;

const selfReference: PublicationCheck = {
	id: 'self-reference',
	description:
		'A site speaking of itself or of its editor: 本站, 本网站, 小编, 我司, 站长, 欢迎访问/来到, 转载 and 原创 notices, 本文由, 如有侵权, 关注公众号, 为您整理, 我是您的…, 尊敬的…朋友们. 本网点 (a bank branch) and 网络 pass.',
	examples: {
		fails: ['本站提醒:刷卡前检查网络。', '小编建议先查询余额。', '欢迎访问POS之家。', '关注公众号获取更多技巧。'],
		passes: [
			'请到发卡银行的本网点办理挂失。',
			'检查网络连接是否正常。',
			'我们建议先查询卡内余额。',
			'定期查看银行的官方网站、微信公众号发布的信息。',
		],
	},
	find: (text) => SELF.exec(text)?.[0],
};

const OFF_TOPIC =
	/色情|成人(?:视频|电影|网站)|无码|黄色(?:视频|网站|电影)|(?<![A-Za-z])av(?![A-Za-z])|国产精品|欧美|日韩|少妇|人妻|丝袜|棋牌|博彩|赌场|赌博网|彩票(?:平台|网)|娱乐城|百家乐|真人娱乐|开了?一把|打团|手游|网游|代孕|壮阳|丰胸|减肥(?:药|茶)|兼职日结|日赚|网赚/iu;

const offTopic: PublicationCheck = {
	id: 'off-topic',
	description:
		'Text about something else: adult spam (色情, 无码, 国产精品, 欧美/日韩, 人妻…), gambling (棋牌, 博彩, 娱乐城, 百家乐), games (手游, 开一把, 打团), health and side-income spam (代孕, 壮阳, 减肥药, 日赚, 网赚). Anti-fraud facts (警惕刷单诈骗) pass.',
	examples: {
		fails: ['欧美色视频免费高清', '真人娱乐城百家乐', '四个人拿出手机直接开了一把。'],
		passes: ['警惕兼职刷单类诈骗。', '境外交易需开通外币支付功能。'],
	},
	find: (text) => OFF_TOPIC.exec(text)?.[0],
};

const MASK = /\*{2,}|\uFFFD|\?{2,}|[?？]\s*[!！]|□{2,}/u;

const masked: PublicationCheck = {
	id: 'masked',
	description:
		'Masked or garbled characters that cannot be restored (**, ***, U+FFFD, runs of ?, □□): such a text is never published with its hole.',
	examples: { fails: ['无**确读取卡片', '因??数据', '請確認是你的卡?! ?.'], passes: ['按*号键返回。', '交易失败了吗?先查询余额。'] },
	find: (text) => MASK.exec(text)?.[0],
};

/**
 * A whole short text that is a label of page furniture: what introduces a list of links (a list word before the kind of
 * page listed: 最新试题, 其他文章, 您可能感兴趣的试卷, 相关推荐, 本文标签) or a comment/Q&A widget (最新评论, 网友评论, 问题描述,
 * 答案解析, 关注者, 4 个回答). Only a text that is nothing else: a heading quoted in 出处; a sentence using the words passes.
 */
const FURNITURE = new RegExp(
	[
		'^[\\s→▶►■□●◆◇★☆>»·•\\-*]*(?:(?:本文|本站|本页)?(?:相关|推荐|热门|最新|其他|其它|更多|往期|精彩|热点|同类|延伸|猜你喜欢|大家都在看|(?:你|您)(?:可能|也许)?(?:还|也)?会?(?:感兴趣|喜欢|想看))的?(?:文章|阅读|资讯|新闻|试题|试卷|题目|题库|问答|话题|帖子|视频|内容|专题|标签|评论|案例|百科|攻略|词条|搜索|热搜|推荐)|猜你喜欢|大家都在看|(?:你|您)可能(?:还|也)?会?(?:感兴趣|喜欢))\\s*[:：]?\\s*$',
		'^(?:本文|文章|热门|相关)?(?:标签|关键词|tags?)\\s*[:：]',
		// Reading statistics and stamps (472字, 共1234字, 阅读约3分钟, 05.15, 09:42): heldout-13 quoted a word count as the heading.
		'^[\\s•·]*(?:(?:本文|全文)?(?:共|约|共计)?\\s*\\d[\\d,]*\\s*字(?:数)?|(?:预计|大约|约)?阅读(?:时间|时长|需要?|约)*\\s*[:：]?\\s*(?:约)?\\s*\\d+\\s*分钟|(?:(?:19|20)\\d{2}\\s*[./-]\\s*\\d{1,2}|\\d{2})\\s*[./-]\\s*\\d{2}|\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*$',
		'^[\\s•·]*(?:(?:最新|热门|全部|网友|精彩|发表|我要)?(?:评论|回答|留言|回复)(?:列表)?|问题(?:描述|详情|补充)|答案解析|(?:最佳|推荐|满意)答案|关注者|被浏览(?:过)?(?:\\s*[\\d,]+\\s*次)?|已邀请|[\\d,]+\\s*(?:个回答|条评论|人参与)|暂无评论[^。]{0,12})\\s*[:：]?\\s*$',
	].join('|'),
	'iu',
);

const furniture: PublicationCheck = {
	id: 'furniture',
	description:
		'A text that is only a label of page furniture: a list of links (最新试题, 其他文章, 您可能感兴趣的试卷, 相关推荐, 热门问答, 本文标签: …) or a comment/Q&A widget (最新评论, 网友评论, 问题描述, 答案解析, 关注者, 4 个回答, 暂无评论…), or a reading statistic or stamp (472字, 阅读约3分钟, 05.15). Traditional script is judged in Simplified. A heading naming the article’s subject (其他原因, 最新政策) and sentences that use the words pass.',
	examples: {
		fails: [
			'最新試題',
			'其他文章',
			'您可能感兴趣的试卷',
			'最新评论',
			'问题描述:',
			'4 个回答',
			'本文标签: dcc币',
			'472字',
			'阅读约3分钟',
			'05.15',
		],
		passes: [
			'其他原因',
			'最新政策',
			'其他',
			'3分钟后重试',
			'12字以内的商户名',
			'相关资料需要在三个工作日内提交。',
			'发卡行的回答以书面为准。',
		],
	},
	find: (text) => FURNITURE.exec(toSimplified(text.trim()))?.[0],
};

/** Every check, in the order a failure is reported. */
export const PUBLICATION_CHECKS: readonly PublicationCheck[] = [contact, commercial, selfReference, offTopic, masked, furniture];

/** The first check a text fails, with what it found; undefined when the text may be published. */
export function checkPublication(
	text: string,
	official: ReadonlySet<string>,
): { check: PublicationCheck['id']; found: string } | undefined {
	for (const check of PUBLICATION_CHECKS) {
		const found = check.find(text, official);
		if (found !== undefined) return { check: check.id, found };
	}
	return undefined;
}
