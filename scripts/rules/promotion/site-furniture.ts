import { HAN } from '../../../src/shared/chinese/han.ts';
import { derivedRegExp, NUMBERING } from './shared.ts';
import type { ClauseRule, DocumentRule, Span, WordsRule } from './types.ts';

/**
 * Site furniture in a clause: copyright and reprint notices, “本文由…发布”, “内容仅供参考”, author/date/view-count lines,
 * previous/next links, comment boxes, “返回顶部”, image credits (patterns in promotion/furniture.yaml).
 */
export const siteFurnitureRule: ClauseRule = {
	id: 'site-furniture',
	scope: 'clause',
	extent: 'clause',
	containment: false,
	description:
		'Site furniture (promotion/furniture.yaml): copyright/reprint notices, 本文由…发布, 内容仅供参考, author/date/view-count lines, 上一篇/下一篇, 相关推荐, 推荐产品, 发表评论, 返回顶部, image credits. Patterns are anchored or specific so that factual clauses never match.',
	examples: {
		removes: [
			'上一篇:POS机刷卡显示余额不足怎么办',
			'本文由POS之家发布,不代表本站观点,转载请注明出处。',
			'作者:admin 发布时间:2024-05-01 12:30 阅读:1024',
			'以上内容仅供参考,如有侵权请联系删除。',
			'返回顶部',
			'更多使用问题,欢迎关注我们,每天分享实用干货!',
			'当前位置:首页 » 信用卡 » 用卡技巧',
			'首页 > POS机知识 > 常见故障 > 正文',
			'位置:首页 > 健康生活 > 心理',
			'You are here: Home > Support > Card payments',
			'发表于 2024年12月07日 | 分类：使用教程 | 1896 人看过',
			'发布时间:2024-11-03 09:42 来源:付卡之家 浏览:3,586次',
			'有问题可以在下方评论区留言。',
			'© 2025 刷卡宝 保留所有权利',
			'Copyright©2024 POS问答网 All Rights Reserved. 蜀ICP备2023xxxx号',
			'2025年03月18日 阅读 2.4k 文 | 刷卡宝小编',
			'2024年3月12日 | 1.2万次阅读 | 责编：阿杰',
			'更新日期：2024/09/26 作者：老周说支付',
			'[ 收藏 ] [ 打印 ] [ 字号：大 中 小 ]',
			'本页面内容由网友投稿，不代表POS百科网立场',
			'熊本敦幸(右一)向同伴展示他买到的纪念品。孟雨涵 摄',
			'请在WIFI环境下观看视频↓↓↓',
		],
		keeps: [
			'2024年5月1日,某商户的POS机出现交易失败。',
			'在APP首页点击交易查询,核对当天3,586元的交易。',
			'进入 设置 > 网络 > 移动数据,打开数据开关。',
			'Home screen > Settings > Network: turn on mobile data.',
			'商家应妥善保管交易凭证,以便在处理问题时提供证明。',
			'商户应关注银行发布的系统维护通知。',
			'2024年3月12日 下午,POS机提示签到失败。',
			'这不代表交易失败,请先查询交易结果。',
			'把交易凭证整理/保存好,以备查询。',
		],
	},
	matches: (clause, context) => context.lexicon.furniture.test(clause),
};

/** Clipboard-widget text glued into articles: “微信复制成功”, “复制成功”, “点击复制”. */
export const clipboardWidgetRule: WordsRule = {
	id: 'clipboard-widget',
	scope: 'words',
	description:
		'Text of copy-to-clipboard widgets (微信复制成功, 复制成功, 点击复制; promotion/furniture.yaml clipboard) and a share button glued to the end of a line (…部分人换用中国银联分享到:) is removed wherever it is glued.',
	examples: {
		removes: ['微信复制成功', '定期检查POS机。复制成功', '数千俄罗斯游客因制裁被困泰国 部分人换用中国银联分享到:'],
		keeps: ['复制交易凭条上的参考号,以便银行查询。'],
	},
	spans(text, context) {
		const pattern = derivedRegExp(context.lexicon, 'clipboard-global', (l) => new RegExp(l.clipboard.source, 'giu'));
		return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
	},
};

/** Stock-photo and picture-agency credits after a slash in a caption: (示意图/Pixabay), (资料照/视觉中国). */
const PHOTO_AGENCY = String.raw`(?:Pixabay|Unsplash|Pexels|Shutterstock|Getty\s*Images|Freepik|iStock|视觉中国|图虫(?:创意)?|东方IC|达志影像|翻摄|网络)`;
const FIGURE_MARK = new RegExp(
	[
		// (图1), (见图2), (如图3所示), (表1), (见表2), (详见表3), (下图), (如下表所示).
		String.raw`[(（]\s*(?:见|如|参见|参看|详见|请见)?\s*(?:下|上)?\s*(?:图|表)\s*\d{0,3}\s*(?:所示)?\s*[)）]`,
		// An image credit: (图源网络,侵删), (图片来源:网络).
		String.raw`[(（]\s*图(?:片)?(?:源|来源)[^()（）]{0,20}[)）]`,
		// A picture's kind, with its agency: (示意图), (资料图), (示意图/Pixabay), (图/视觉中国).
		String.raw`[(（]\s*(?:示意图|资料图|资料照|资料照片|配图|插图|图|照片|摄影)\s*(?:[/／:：]\s*[^()（）/／]{1,24})?\s*[)）]`,
		String.raw`[(（][^()（）]{0,12}[/／]\s*${PHOTO_AGENCY}\s*[)）]`,
		// A scraped image placeholder with its alt text: [图片:…], 【image:…】.
		String.raw`[[【]\s*(?:图片|图像|image|img|pic)\s*[:：][^\]】]{0,60}[\]】]`,
	].join('|'),
	'giu',
);
/** An English photo credit ending a caption: …leaving shoppers stranded. Photo / Getty images; Photo: Reuters. */
const LATIN_PHOTO_CREDIT =
	/(?<=^|[.!?]\s+)(?:Photos?|Photograph|Picture|Image|Pic)\s*(?:[/|]|:|credit\s*:?)\s*[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}\s*$/u;
const CAPTION_LINE =
	/^(?:[^,，。;；]{0,40}[(（]\s*图\s*\d{1,3}\s*[)）]|图\s*\d{1,3}\s*[:：.、\s][^,，。;；]{0,40}|图片(?:来源|来自)于?\s*[:：]?.*|[^。;；]{0,60}(?:缩略图|(?:插图|配图)\s*\d{1,3}))$/u;

/**
 * Image captions and alt text: “(图1)”, a line “POS机刷卡失败(图2)”, “图3:…”, “图片来源:网络”, and a scraped image
 * placeholder with its alt text “[图片：客服微信二维码 ID:abc]”.
 */
export const imageCaptionRule: WordsRule = {
	id: 'image-caption',
	scope: 'words',
	description:
		"Image captions and alt text: figure and table marks like (图1), (见图2), (如图3所示), (表1), (见表2), picture kinds with their agency ((示意图), (资料图), (示意图/Pixabay), (图:网易号)), an English photo credit ending a caption (… Photo / Getty images, Photo: Reuters), image credits in brackets ((图源网络,侵删)) and image placeholders with their alt text ([图片：…], 【图片:…】) anywhere, and whole lines that are a caption (short text ending in (图N), 图N:…, 图片来源:…, a title ending in 缩略图 or 插图N/配图N). The alt text of a scraped image is the site's, not the article's (here it carried a WeChat ID).",
	examples: {
		removes: [
			'POS机刷卡失败的原因(图1)',
			'检查读卡器是否有灰尘(图2),必要时清洁。',
			'图片来源:网络',
			'POS机跳码到底是什么意思?你真的懂吗?插图2',
			'[图片：客服微信二维码 ID:posbaike_kf]',
			'(图源网络,侵删)',
			'重启POS机【图片:重启按键位置】后再签到。',
			// p-f647a0e256 (heldout-12) and p-915cd2e2d9 (heldout-11, after stage 2).
			'1. 费用管理技巧 不同服务商的收费模式差异较大(表1),建议根据交易量选择:',
			'(示意图/Pixabay)',
			'故障代码显示在屏幕左上角(如图3所示),记下后联系服务商。',
			// A portal's repost (heldout-15, p-28ce235b50) and a radio station's news page (heldout-15, p-6d0fab5d91).
			'有部分游客开始用起了中国银联卡。 (图:网易号) 泰国国家旅游局局长表示,航班取消导致困境。',
			'Eftpos went down across the country, leaving shoppers stranded. Photo / Getty images',
		],
		keeps: [
			'如下表所示,1-3个工作日内到账。',
			'交易金额为500元,图表显示失败率下降。',
			'屏幕显示[图片加载失败]时,重启收款APP。',
			'商户可登录后台查看交易明细(见附件)。',
			'收费类型分为年费制和月费制(按月收取)。',
			'Image quality of the receipt depends on the paper.',
		],
	},
	spans(text) {
		if (CAPTION_LINE.test(text)) return [[0, text.length]];
		const spans: Span[] = [...text.matchAll(FIGURE_MARK)].map((m) => [m.index, m.index + m[0].length] as const);
		const credit = LATIN_PHOTO_CREDIT.exec(text);
		if (credit) spans.push([credit.index, text.length]);
		return spans;
	},
};

/** A breadcrumb segment: short, no sentence punctuation. Separators: > » › → / | (full-width ＞ is normalized to >). */
const BREADCRUMB = /^[^,，。;；:：!！?？>»›→/|｜]{1,16}(?:\s*[>»›→/|｜]\s*[^,，。;；:：!！?？>»›→/|｜]{1,16}){2,}$/u;
/** The head of an article ends at its first paragraph: a line with a full stop or longer than this. */
const MAX_HEAD_LINE = 40;

/**
 * Breadcrumbs that do not start with 首页 (“POS机问答网 > 到账问题 > 重复扣款”, “刷卡知识 / 故障排查 / 密码问题”), in the
 * head of the article only: between the title and the first paragraph. A menu path in the body (“设置 > 网络 > 移动数据”)
 * is an instruction and stays.
 */
export const breadcrumbRule: DocumentRule = {
	id: 'breadcrumb',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'A breadcrumb line in the head of the article (after the title, before the first paragraph or numbered heading: a line with 。, longer than 40 characters or numbered): three or more short segments separated by >, », ›, →, / or |, without sentence punctuation. Breadcrumbs that start with 首页 or 当前位置 are furniture anywhere (promotion/furniture.yaml); this catches those that start with the site or section name. Menu paths in the body stay.',
	examples: {
		removes: [
			'POS机问答网 > 到账问题 > 重复扣款\n刷完卡顾客说扣了两次钱。',
			'刷卡知识 / 故障排查 / 密码问题\n顾客输完密码以后提示密码错误。',
		],
		keeps: ['顾客输完密码以后提示密码错误。\n设置 > 网络 > 移动数据\n打开数据开关后重新签到。', '一、原因\n网络 / 卡片 / 终端\n检查网络。'],
	},
	// A breadcrumb with arrows (略融财经 > 视频问答 > 正文) in the first line is never the title: the next line is.
	rejectsTitle: (text) => text.length <= MAX_HEAD_LINE && BREADCRUMB.test(text) && /[>»›→]/u.test(text),
	select(lines) {
		const selected: number[] = [];
		for (let index = 1; index < lines.length; index++) {
			const text = lines[index]?.text ?? '';
			if (text.length > MAX_HEAD_LINE || /[。]/u.test(text) || NUMBERING.test(text)) break;
			if (BREADCRUMB.test(text)) selected.push(index);
		}
		return selected;
	},
};

/** Han characters of a name or a place. */
/** Field names of a byline. */
const BYLINE_FIELD = '文|撰文|作者|本文作者|编辑|本文编辑|责任编辑|责编|校对|审核|来源|出处';
/**
 * The credits of a news report, as words: a wire tag in brackets, a dateline opening the report, a writer's or
 * photographer's credit in brackets and a photo credit after a caption.
 */
const NEWS_CREDIT = new RegExp(
	[
		// A wire tag: 【明报专讯】, 【本刊梁志华撰述】, 【本报讯】, 【新华社北京电】, 【记者 张三 报道】.
		String.raw`【\s*[^【】]{0,12}(?:专讯|快讯|讯|电|撰述|撰文|报道|综合报道)\s*】`,
		// A dateline opening the report: 本报讯, 厦门网讯(…), 新华社北京4月30日电, 中国江苏网3月22日讯.
		String.raw`^\s*(?:本报|本刊|本台|本网)讯\s*[:：]?`,
		String.raw`^\s*${HAN}{2,12}(?:网|报|台|社)\s*(?:${HAN}{2,4})?\s*\d{1,2}月\d{1,2}日\s*(?:电|讯)\s*[:：]?`,
		String.raw`^\s*${HAN}{2,12}(?:网|报|台|社)讯(?=\s|[(（【:：,，]|$)\s*[:：]?`,
		// A credit in brackets: (文/厦门晚报记者 彭菲 通讯员 湖法 漫画/刘哲姝), (记者吴雨), (丽江融媒记者 梁国宏 摄).
		String.raw`[(（]\s*(?:文|图|摄影|漫画|视频|编辑|责编)\s*[/／][^()（）]{1,40}[)）]`,
		String.raw`[(（]\s*(?:${HAN}{2,10}(?:报|网|社|台)|本报|本刊)?\s*(?:记者|通讯员)[^()（）]{1,20}[)）]`,
		// A channel's dateline: 金投信用卡2月2日讯 (讯 after a date is always a dispatch).
		String.raw`^\s*[\p{Script=Han}A-Za-z]{2,12}\s*\d{1,2}月\d{1,2}日讯\s*[:：]?`,
		// A newspaper's pointer to another report and its end mark with the editor: (见另文), (详见A2版), (完) 【编辑:李彦洲】.
		String.raw`[(（]\s*(?:详|另)?见(?:另文|下文|A?\d{1,2}版|${HAN}{0,4}版)\s*[)）]`,
		String.raw`[(（]\s*完\s*[)）](?=\s*(?:【|$))`,
		String.raw`【\s*(?:编辑|责编|责任编辑|作者|来源|校对|审核)\s*[:：][^【】]{1,20}】`,
		String.raw`[(（][^()（）]{0,20}(?:记者|通讯员|摄影)[^()（）]{0,12}摄\s*[)）]`,
		// A byline with the report's English date and time: 作者/本刊梁志华 Nov 09, 2009 04:26:41 pm.
		String.raw`作者\s*[/／]\s*(?:本刊|本报|本台|本网)?${HAN}{2,4}(?:\s+[A-Z][a-z]{2}\s+\d{1,2},\s*\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?)?)?`,
		// A byline of two or more fields on a line of its own: 文:POS圈支付网 本文编辑:刘科长.
		String.raw`^\s*(?:${BYLINE_FIELD})\s*[:：]\s*[^\s:：]{1,16}(?:\s+(?:${BYLINE_FIELD})\s*[:：]\s*[^\s:：]{1,16})+\s*$`,
		// A photo credit after a caption's full stop: …展示他买到的纪念品。孟雨涵 摄
		String.raw`(?<=[。！？!?]\s*)${HAN}{2,4}\s+摄\s*$`,
	].join('|'),
	'gu',
);

/**
 * The credits of a news report removed as words, so the sentence they open stays: a wire tag (【明报专讯】, 【本刊…撰述】,
 * 【本报讯】), a dateline (厦门网讯, 新华社北京4月30日电), a credit in brackets ((文/…记者…), (记者吴雨)) and a photo credit
 * after a caption (…。孟雨涵 摄). Whole lines of credits are site-furniture's.
 */
export const newsCreditRule: WordsRule = {
	id: 'news-credit',
	scope: 'words',
	description:
		"The credits of a news report, removed as words so that the sentence they open or close stays: a wire tag in brackets (【明报专讯】, 【本刊梁志华撰述】, 【本报讯】, 【新华社北京电】, 【…报道】), a dateline opening the report (本报讯, 厦门网讯, 新华社北京4月30日电, 中国江苏网3月22日讯), a credit in brackets ((文/厦门晚报记者 彭菲 通讯员 湖法 漫画/刘哲姝), (记者吴雨), (香港文汇报记者 文礼愿、广济), (丽江融媒记者 梁国宏 摄)), a channel's dateline (金投信用卡2月2日讯), a pointer to another report ((见另文), (详见A2版)), the end mark with its editor ((完) 【编辑:李彦洲】), a byline with its date (作者/本刊梁志华 Nov 09, 2009 04:26:41 pm), a line of two or more byline fields (文:POS圈支付网 本文编辑:刘科长) and a photographer after a caption's full stop (…纪念品。孟雨涵 摄). A sentence about a reporter or a photo (记者实测后发现…, 拍摄交易凭条) and a bracket that names something else (【电签POS】) stay.",
	examples: {
		removes: [
			// p-b0adad0b33, p-41c21eb0f1, p-763e6f59d0 (heldout-12), p-e0e8f5fd76 (heldout-11), after stage 2.
			'【明报专讯】数家墨西哥最大的银行周六表示,他们的系统处理付帐卡及信用卡支付有问题。',
			'厦门网讯(文/厦门晚报记者 彭菲 通讯员 湖法 漫画/刘哲姝)既没有出境,也没有丢银行卡,却出现海外“消费”6000多美元的记录。',
			'新华社北京4月30日电(记者吴雨)近期,有传闻称5月份开始磁条卡不能用了,需要赶紧换卡。',
			'【本刊梁志华撰述】',
			'不知情卡用户利益受损 作者/本刊梁志华 Nov 09, 2009 04:26:41 pm',
			// p-044f0abccb (heldout-11).
			'文:POS圈支付网 本文编辑:刘科长',
			'熊本敦幸(右一)向同伴展示他买到的纪念品。孟雨涵 摄',
			// A Hong Kong daily (heldout-15, p-3cbe158483), a forum copy of card news (p-71e89a49a2), a portal (p-28ce235b50).
			'(香港文汇报记者 文礼愿、广济)香港交易趋向无现金化,要求终止交易难过登天(见另文)。',
			'金投信用卡2月2日讯,POS机刷卡消费必须以出小票为准,否则视为消费不成功!',
			'泰国统计大约有2.3万名俄罗斯公民入境。(完) 【编辑:李彦洲】',
		],
		keeps: [
			'营业执照(完整版)需要上传。',
			'2月2日讯息显示交易失败。',
			// p-e538f3fcc0 (heldout-11, after stage 2); the other two written for this test.
			'但经记者实测后,发现不少商户仍未掌握使用方式。',
			'【电签POS】刷卡时请保持网络畅通。',
			'商户应拍摄交易凭条留存。',
		],
	},
	spans(text) {
		return [...text.matchAll(NEWS_CREDIT)].map((m) => [m.index, m.index + m[0].length] as const);
	},
};
