import { HAN_CHAR } from '../../../src/shared/chinese/han.ts';
import { withoutJammer } from './jammer.ts';
import { derivedRegExp, latinTopicRegExp, topicWordsRegExp } from './shared.ts';
import type { DocumentLine, DocumentRule, Lexicon, LineRule, RuleContext } from './types.ts';

/**
 * Page furniture recognised by the structure of the page rather than by its wording: the widgets of comment and Q&A
 * boxes (a short line made of a widget's counts, verbs and labels), lists of linked titles (short lines that are not
 * sentences, after a label that introduces a list, or a block of them whose words are off the page's own topic), and
 * the Latin interface text of a Chinese page. Vocabulary: promotion/furniture.yaml widgetWords, listLabels.
 */

/** Sentence punctuation: a title in a list has none of it (a question mark or a comma it may have). */
const SENTENCE_END = /[。;；]/u;
/** What is left of a line once its words are gone: counts, units of a count, punctuation, bullets, spaces. */
const COUNT_RESIDUE = /[\s\d,.，、:：!！?？()（）[\]【】|｜·•*\-—_/>»~…"“”'‘’]+|[万wWkK](?=\s|$)|[个条次人位]/gu;

/** A bullet before a list item (not a number: a numbered line is a step of the article). */
const BULLET = /^[\s→▶►▷■□●◆◇★☆>»·•*-]+/u;
/** Step numbering: `1.`, `1、`, `(一)`, `一、`, `A.` — a numbered line is the article's, never a linked title. */
const STEP =
	/^\s*(?:\d{1,3}\s*[.、．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[a-zA-Z]\s*[.、．)])/u;

/** Content characters of a line (letters and digits). */
const contentLength = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** The widget vocabulary as one global pattern. */
const widgetPattern = (lexicon: Lexicon): RegExp =>
	derivedRegExp(lexicon, 'widget-words-global', (l) => new RegExp(l.widgetWords.source, 'giu'));

/** Longest line (content characters) judged as one widget. */
const MAX_WIDGET = 20;

/**
 * True when `text` is one widget of a comment or Q&A box: a short line with at least one widget word
 * (promotion/furniture.yaml widgetWords: 评论, 回答, 关注者, 浏览, 点赞, 收藏, 分享, 举报, 登录, 注册, 邀请, 沙发, 问题描述 …
 * and their qualifiers 最新, 暂无, 已, 被…过, 全部), and nothing else than counts and punctuation.
 */
export function isWidget(text: string, lexicon: Lexicon): boolean {
	const trimmed = text.trim().replace(BULLET, '');
	if (contentLength(trimmed) === 0 || contentLength(trimmed) > MAX_WIDGET || STEP.test(trimmed)) return false;
	const words = widgetPattern(lexicon);
	const without = trimmed.replace(words, ' ');
	if (without === trimmed) return false;
	return without.replace(COUNT_RESIDUE, '') === '';
}

/** A field of a shop or profile box: a short label, its colon and a short value (`店铺编号:35109948`, `技术支持:壹百业`). */
const FIELD = /^[\p{Script=Han}A-Za-z]{2,6}\s*[:：]\s*[^\s,，。;；:：]{1,16}$/u;

/**
 * A line of a comment, Q&A or shop box: a widget ({@link isWidget}), or a bar of three or more parts separated by wide
 * spaces or bars of which all but one are widgets or short fields (`被浏览过 4718182 次   店铺编号:35109948   网店登录`).
 */
export const widgetLineRule: LineRule = {
	id: 'widget-line',
	scope: 'line',
	description:
		'A line of a comment, Q&A or account widget: at most 20 characters made only of widget words (promotion/furniture.yaml widgetWords: 评论, 回答, 答案, 关注者, 浏览, 点赞, 收藏, 分享, 举报, 登录, 注册, 邀请, 沙发, 留言, 热搜, 问题描述…, with their qualifiers 最新, 暂无, 已, 被…过, 全部, 等着你) and counts (4 个回答, 0条评论 0人参与, 被浏览过 4718182 次); or a bar of three or more parts separated by wide spaces or | of which at most one is not such a widget or a short field (店铺编号:35109948, 技术支持:…). A sentence that uses the words (注册商户时需要提交营业执照。) or a numbered step stays.',
	examples: {
		removes: [
			'最新评论',
			'暂无评论,沙发等着你!',
			'4 个回答',
			'关注者',
			'已邀请:',
			'问题描述:',
			'这个回答对你有帮助吗?',
			'共3条回复',
			'被浏览过 4718182 次     店铺编号:35109948     网店登录     免费注册     技术支持:壹百业     周能亮',
		],
		keeps: ['注册商户时需要提交营业执照。', '3. 点击注册并填写商户信息', '登录商户后台查看交易明细', '问题:POS机刷卡失败怎么办'],
	},
	matches(line, context) {
		if (isWidget(line, context.lexicon)) return true;
		const parts = line
			.trim()
			.split(/\s{3,}|\s*[|｜]\s*/u)
			.filter((part) => part.trim() !== '');
		if (parts.length < 3) return false;
		const furniture = parts.filter((part) => isWidget(part, context.lexicon) || FIELD.test(part.trim()) || /^\d+$/u.test(part.trim()));
		return furniture.length >= parts.length - 1 && furniture.some((part) => isWidget(part, context.lexicon));
	},
};

/** Longest label line that introduces a list (content characters). */
const MAX_LABEL = 14;
/** Longest line taken as a title in a list. */
const MAX_TITLE = 44;

/** A tag line's label: its tags may run longer than a list label. */
const TAG_LABEL = /^(?:本文|文章|本页|热门|相关)?(?:标签|关键词|关键字|tags?)\s*[:：]/iu;

/** True when the line is a label that introduces a list of links (promotion/furniture.yaml listLabels). */
function isListLabel(text: string, lexicon: Lexicon): boolean {
	const trimmed = text.trim();
	const tagLine = TAG_LABEL.test(trimmed);
	if (contentLength(trimmed) > (tagLine ? MAX_TITLE : MAX_LABEL) || SENTENCE_END.test(trimmed)) return false;
	const label = derivedRegExp(
		lexicon,
		'list-labels-whole',
		(l) => new RegExp(`^[→▶►■□●◆◇★☆>»·•\\-*\\s]*(?:${l.listLabels.source})\\s*[:：]?$`, 'iu'),
	);
	return label.test(trimmed);
}

/** A line shaped like a linked title: short, not a sentence, not a numbered step, not a label with a colon. */
function isTitleLike(text: string): boolean {
	const trimmed = text.trim().replace(BULLET, '');
	const length = contentLength(trimmed);
	// A line ending in a comma is a fragment of prose broken into short lines (a WeChat article), never a title.
	return (
		length >= 4 && [...trimmed].length <= MAX_TITLE && !SENTENCE_END.test(trimmed) && !/[:：,，、]$/u.test(trimmed) && !STEP.test(trimmed)
	);
}

/**
 * A label that introduces a list of links — 其他文章, 最新试题, 您可能感兴趣的试卷, 热门问答, 本文标签: … (promotion/furniture.yaml
 * listLabels: a list word 相关/推荐/热门/最新/其他/更多/可能感兴趣/猜你… before a kind of page 文章/试题/试卷/问答/资讯/话题…) —
 * and the linked titles under it (short lines without sentence punctuation), also above the title.
 */
export const listLabelRule: DocumentRule = {
	id: 'list-label',
	scope: 'document',
	phase: 'before',
	description:
		'A short line (at most 14 characters, no sentence punctuation) that is a label introducing a list of links — a list word (相关, 推荐, 热门, 最新, 其他, 更多, 往期, 可能感兴趣, 猜你…) before the kind of page it lists (文章, 试题, 试卷, 问答, 资讯, 话题, 标签…; promotion/furniture.yaml listLabels) — is removed with the linked titles under it (short lines without 。 or ;, not numbered). Such a label above the title is never the title. A section heading such as 其他原因 or 最新政策 names no kind of page and stays; a paragraph under a label ends the list.',
	examples: {
		removes: [
			'重启POS机后再试。\n其他文章\n阜新银行存款安全吗 阜新银行安全吗\n锰酸锂上市龙头 锰酸锂股票的简要分析',
			'重启POS机后再试。\n您可能感兴趣的试卷\n你可能感兴趣的试题\n最新试题',
			'重启POS机后再试。\n热门问答:\nPOS机怎么签到',
		],
		keeps: ['一、其他原因\n网络不稳定\n卡片损坏', '最新结算政策\n2024年起,银联要求所有终端升级。', '相关资料需要在三个工作日内提交。'],
	},
	rejectsTitle: (text, context) => isListLabel(text, context.lexicon),
	select(lines, context) {
		const selected: number[] = [];
		for (let index = 1; index < lines.length; index++) {
			if (!isListLabel(lines[index]?.text ?? '', context.lexicon)) continue;
			selected.push(index);
			let next = index + 1;
			for (; next < lines.length; next++) {
				const text = lines[next]?.text ?? '';
				if (!isListLabel(text, context.lexicon) && !isTitleLike(text)) break;
				selected.push(next);
			}
			index = next - 1;
		}
		return selected;
	},
};

/** Characters too common to say what a text is about. */
const FUNCTION_CHARS = new Set([
	...'的了是在和与及或有吗嗎呢么麽吧啊呀哪什怎为為何如个個这這那些一不也都就还還要会會能可以么之其而把被对對将將从從到于於给給让讓很更最多少大小上下中里裡前后後时時年月日',
]);

/** The Han bigrams of a text that say what it is about (no bigram with a function character). */
export function topicBigrams(text: string): Set<string> {
	const bigrams = new Set<string>();
	for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
		const chars = [...run];
		for (let i = 0; i + 1 < chars.length; i++) {
			const a = chars[i] as string;
			const b = chars[i + 1] as string;
			if (!FUNCTION_CHARS.has(a) && !FUNCTION_CHARS.has(b)) bigrams.add(a + b);
		}
	}
	return bigrams;
}

/** Share of a line's topic bigrams under which it is about something else than the page. */
const MIN_SHARED = 1 / 3;

/** True when fewer than a third of the topic bigrams of `text` occur in `vocabulary` (and it has some to judge). */
function offTopic(text: string, vocabulary: ReadonlySet<string>): boolean {
	const own = topicBigrams(text);
	if (own.size < 2) return false;
	let shared = 0;
	for (const bigram of own) if (vocabulary.has(bigram)) shared++;
	return shared < own.size * MIN_SHARED;
}

/** The page's own topic vocabulary: the bigrams of its lines outside `except`. */
function pageVocabulary(lines: readonly DocumentLine[], except: ReadonlySet<number>): Set<string> {
	const vocabulary = new Set<string>();
	lines.forEach((line, index) => {
		if (except.has(index)) return;
		for (const bigram of topicBigrams(line.text)) vocabulary.add(bigram);
	});
	return vocabulary;
}

/** A reference to another page glued before its title: `可以参考 …`, `延伸阅读:…`, `推荐阅读 …`. */
const REFERENCE_INTRO = /^(?:可以参考|可参考|参考|推荐阅读|延伸阅读|相关阅读|你可能想知道|您可能想知道|你可能还想看)\s*[:：]?\s*(?=\S)/u;
/** A post's counter (点击:0 |) and its date and time (2025-04-18 16:13:00). */
const POST_COUNTER = String.raw`(?:点击|阅读|浏览|评论|人气)\s*[:：]?\s*\d+\s*[|｜]?\s*`;
const POST_DATE = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
/** A post's counter or timestamp under its title in a feed: 点击:0 | 2025-04-18 16:13:00, 2025-04-18. */
const POST_STAMP = new RegExp(String.raw`^\s*(?:${POST_COUNTER}(?:${POST_DATE})?|${POST_DATE})\s*$`, 'u');
/** A blank line or a bullet left alone (`-`). */
const LONE_BULLET = /^\s*[-*•·]?\s*$/u;
/** A line between the titles of a list that is no title: a lone bullet, or a post's counter and timestamp. */
const isListGap = (text: string): boolean => LONE_BULLET.test(text) || POST_STAMP.test(text);

/** True when the next line after `index` that is not a lone bullet or blank is a post's counter or timestamp. */
function stampedAfter(lines: readonly DocumentLine[], index: number): boolean {
	for (let next = index + 1; next < lines.length; next++) {
		const text = lines[next]?.text ?? '';
		if (LONE_BULLET.test(text)) continue;
		return POST_STAMP.test(text);
	}
	return false;
}
/** Fewest title-like lines in a row judged as a list. */
const MIN_LIST = 3;

/**
 * Lists of linked titles off the page's topic: a block of three or more title-like lines in a row (short, no 。 or ;,
 * not numbered) most of which share no word (Han bigram without a function character) with the rest of the page, and a
 * reference to another page glued before its title (可以参考 …) whose title shares none. The off-topic titles go.
 */
export const offTopicTitlesRule: DocumentRule = {
	id: 'off-topic-titles',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		"Titles of other pages spliced into this one, judged by the page's own vocabulary: in a block of three or more title-like lines in a row (4–44 characters, no 。 or ;, not numbered) of which at least two thirds share less than a third of their words (Han bigrams without a function character such as 的, 是, 吗) with the other lines of the page and name nothing of the subject (promotion/claims.yaml topicWords), those lines are removed, and so is a title between two of them that shares as few of the page's words although it names a subject word (小米5s信号不好怎么办啊 among unrelated headlines); so is a line that glues a reference (可以参考, 推荐阅读, 延伸阅读) before a title that shares less than a third of its words with the page. A feed of posts — three or more titles each followed by its counter or timestamp (点击:0 | 2025-04-18 16:13:00), lone bullets between them — is judged by the page's vocabulary alone, since a headline's loose subject word (消费者) does not make it the article's. A list of causes or steps of the article shares its words and stays.",
	examples: {
		removes: [
			'刷卡失败时先检查网络。\n网络正常时检查卡片。\n锰酸锂上市龙头 锰酸锂股票的简要分析\n郎平国籍是哪国的\n海南矿业为什么不涨\n中华保险公司规模怎么样',
			'刷卡失败时先检查网络。\n可以参考 脑神经修复要多久?影响因素大解析\n网络正常时检查卡片。',
			// A content farm's list of other posts (heldout-15, p-06f0b21119): a phone's signal among unrelated headlines.
			'酒店预授权退款时限一般为两个工作日。\n虚拟主机和云服务器使用的区别\n安桥功放官方维修中心(安桥功放原理图)\n小米5s信号不好怎么办啊,小米5s信号差怎么解决\n电磁灶和燃气灶家用哪个好(电磁灶与煤气灶哪个好)\n侵犯著作权罪是怎么处罚的',
			'撤销操作必须是全额撤销。\n退货和撤销功能有助于维护良好的客户关系\n- 淘宝在海外爆火!中国电商如何接住“泼天流量”?\n-\n点击:0 | 2025-04-18 16:13:00\n-\n- 米村拌饭春季上新,开启舌尖美味\n-\n点击:0 | 2025-04-17 17:47:00\n-\n- 解码消费品牌“快”与“慢”的方法论\n-\n点击:0 | 2025-04-13 19:59:00\n-\n- “关税大棒”或殃及美国枫糖浆生产商\n-\n点击:0 | 2025-04-13 15:45:00',
		],
		keeps: [
			'刷卡失败的原因有很多。\n网络信号不稳定\n卡片芯片损坏\nPOS机参数错误\n刷卡失败时先检查网络信号,再检查卡片芯片和参数。',
			'刷卡失败时先检查网络。\n可以参考POS机说明书中的网络设置。',
			'案件的侦破还在进行中。\n看完真的一身冷汗!\n仅靠一个小盒子,\n短短几秒钟,\n银行卡信息,\n便唾手可得。',
		],
	},
	select(lines, context) {
		const topic = topicWordsRegExp(context.lexicon);
		const selected: number[] = [];
		for (let index = 1; index < lines.length; index++) {
			let end = index;
			const members: number[] = [];
			// A bullet left alone (`-`) and a post's counter and timestamp (点击:0 | 2025-04-18 16:13:00) between the titles of a
			// news list continue the list without being judged as titles.
			while (end < lines.length) {
				const text = lines[end]?.text ?? '';
				if (members.length > 0 && isListGap(text)) end++;
				else if (isTitleLike(text)) members.push(end++);
				else break;
			}
			while (end > index && !members.includes(end - 1)) end--;
			if (members.length >= MIN_LIST) {
				const block = new Set(members);
				const vocabulary = pageVocabulary(lines, block);
				// In a block without a label, a title naming the subject (topicWords) is the article's; widgets and fields are
				// other rules' furniture.
				const off = [...block].filter((i) => {
					const line = lines[i]?.text ?? '';
					return (
						offTopic(line, vocabulary) && !topic.test(line) && !isWidget(line, context.lexicon) && !FIELD.test(line.replace(BULLET, ''))
					);
				});
				// Titles each followed by a post's counter or timestamp are a feed of posts: judged by the page's vocabulary alone,
				// since a headline's loose subject word (消费者, 解码) does not make it the article's.
				const dated = members.filter((i) => stampedAfter(lines, i));
				const offFeed = dated.filter((i) => offTopic(lines[i]?.text ?? '', vocabulary));
				if (off.length * 3 >= block.size * 2) {
					selected.push(...off);
					// A title between two off-topic titles that shares the page's words no more than they do is one of them,
					// whatever subject word it names (小米5s信号不好怎么办啊 among a list of unrelated headlines).
					const offSet = new Set(off);
					members.forEach((i, at) => {
						if (offSet.has(i) || !offSet.has(members[at - 1] ?? -1) || !offSet.has(members[at + 1] ?? -1)) return;
						if (offTopic(lines[i]?.text ?? '', vocabulary) && !isWidget(lines[i]?.text ?? '', context.lexicon)) selected.push(i);
					});
				} else if (dated.length >= MIN_LIST && offFeed.length * 3 >= dated.length * 2) selected.push(...offFeed);
				index = end - 1;
				continue;
			}
			const text = lines[index]?.text ?? '';
			const intro = REFERENCE_INTRO.exec(text);
			if (intro && isTitleLike(text) && offTopic(text.slice(intro[0].length), pageVocabulary(lines, new Set([index]))))
				selected.push(index);
		}
		return selected;
	},
};

/** A line of Latin words only (1–5 words, letters, spaces and light punctuation; commas between keywords: tvb now,tvbnow,bttvb). */
const LATIN_LINE = /^[•·*\-\s]*[A-Za-z][A-Za-z'’&]*(?:[\s\-–—/|,，]+[A-Za-z][A-Za-z'’&]*){0,4}[\s\-–—:：]*$/u;
/** A Han keyword with a short lower-case Latin phrase after it: a machine-translated template heading (`退刷 pain points`). */
const HAN_WITH_LATIN_TAIL = /^[\p{Script=Han}]{2,12}\s+[a-z]+(?:\s[a-z]+){0,2}$/u;
/** An English breadcrumb: two or more ` - ` / ` > ` separated Latin segments. */
const LATIN_BREADCRUMB = /^(?:[A-Z][A-Za-z ]{1,30}\s[-–>»]\s){2,}(?:[A-Z][A-Za-z ]{1,30})?\s*[-–]?\s*$/u;

/** True when most letters of the page are Han (a Chinese page, where a Latin menu line is furniture); jammer noise is not counted. */
function chinesePage(lines: readonly DocumentLine[]): boolean {
	let han = 0;
	let latin = 0;
	for (const { text } of lines) {
		for (const char of withoutJammer(text)) {
			if (HAN_CHAR.test(char)) han++;
			else if (/[A-Za-z]/u.test(char)) latin++;
		}
	}
	return han >= 3 * latin && han >= 50;
}

/** True when the line is Latin interface text: a few Latin words naming nothing of the subject, or an English breadcrumb. */
function isLatinFurniture(text: string, context: RuleContext): boolean {
	// Judged without a forum's jammer noise glued to it (tvb now,tvbnow,bttvb, i$ g: P. o…): the line goes whole.
	const trimmed = withoutJammer(text);
	if (trimmed === '') return false;
	if (LATIN_BREADCRUMB.test(trimmed)) return true;
	if ((LATIN_LINE.test(trimmed) || HAN_WITH_LATIN_TAIL.test(trimmed)) && !latinTopicRegExp(context.lexicon).test(trimmed)) return true;
	return false;
}

/**
 * The interface text of a Chinese page in Latin letters — `Search`, `Sign in`, `close`, `Current location - Quotes
 * Website - …`, a machine-translated template heading `信用卡退刷 pain points` — is furniture of the site's template.
 */
export const latinFurnitureRule: DocumentRule = {
	id: 'latin-furniture',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'On a Chinese page (Han letters at least three times the Latin ones), a line of one to five Latin words that names nothing of the subject (no Latin word of the trade, promotion/claims.yaml latinTopicWords: pos, card, pay, visa, nfc, emv, pin, bank, refund, code, error…): Search, Sign in, close, Topic, the keyword watermark of a forum (tvb now,tvbnow,bttvb); an English breadcrumb (Current location - Quotes Website - …); or a Chinese keyword followed by a short lower-case English phrase (信用卡退刷 pain points), a machine-translated template heading. A single such word above the title is never the title. English lines that name the subject (Visa, NFC, Apple Pay) and every line of an English page stay.',
	examples: {
		removes: [
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\nSearch\nSign in',
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\n信用卡退刷 pain points',
			// p-e0e8f5fd76 (heldout-11): a forum's keyword watermark between the paragraphs, glued to its jammer noise.
			'tvb now,tvbnow,bttvb, i$ g: P. o, a" \\# j5 C\n在政府宣布向信用卡征收服务费的措施余波未了之际,金融领域传出一些信用卡合作商家涉嫌滥用或欺诈行为,向信用卡使用者征收额外收费,导致不知情的信用卡使用者因被蒙在鼓里,而承受损失。\n4 E* d; r0 k9 H% ptvb now,tvbnow,bttvb\n根据本地英文报章《星报》在周一的报道指出,根据一些报告显示,部分信用卡合作商家,通过向信用卡用户征收“额外费用”,甚至把信用卡消费额抬高一倍,行为形同大耳隆。银行领域开始留意这个潜在的信用卡滥用或欺诈的趋势。',
		],
		keeps: [
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\nApple Pay\nNFC\n支持NFC的终端可以挥卡支付。',
			'在刷卡时如果出现交易失败,应先检查网络信号是否正常,再检查银行卡的芯片是否有损坏,必要时联系发卡行客服查询原因,确认后再重新刷卡。\nVisa, Mastercard, JCB',
			'Sign in to the merchant portal.\nSearch\nOverview',
		],
	},
	rejectsTitle: (text, context) => /^[A-Za-z]{2,10}$/u.test(text.trim()) && !latinTopicRegExp(context.lexicon).test(text),
	select(lines, context) {
		if (!chinesePage(lines)) return [];
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index > 0 && isLatinFurniture(text, context)) selected.push(index);
		});
		return selected;
	},
};

/** Exposed for the publication gate: a heading that is page furniture by structure (a widget or a list label). */
export function isFurnitureHeading(text: string, context: Pick<RuleContext, 'lexicon'>): boolean {
	return isWidget(text, context.lexicon) || isListLabel(text, context.lexicon);
}
