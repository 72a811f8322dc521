import { spansOf, topicWordsRegExp } from './shared.ts';
import type { ClauseRule, LineRule, Span, WordsRule } from './types.ts';

/**
 * The furniture a reader sees around an article but that is no part of it, found on the real pages of heldout-13 and
 * earlier batches: calls to read another guide (Check out the steps … here.), messenger handles (@name), reading
 * statistics and bare date stamps (472字, 阅读约3分钟, 05.15), column tags in brackets ([加国新闻]), prompts to forward
 * the page (请转给你的朋友!, (转)), slogan lines of parallel praise clauses (老杨团队,追求完美;客户至上,服务到位!) and a
 * photo caption glued after the paragraph it illustrates.
 */

/**
 * An English sentence whose action is reading or clicking another guide or page: an imperative of reading (Check out,
 * Find out more, Learn, Read, See, Click, Visit, Discover, Explore) that opens the sentence and either ends on the link
 * word (… here., … below.) or, for Learn/Discover, announces what the page teaches (Learn how long it takes for …).
 */
const READ_VERB = String.raw`(?:check\s+out|find\s+out(?:\s+more)?|learn(?:\s+more)?|read(?:\s+(?:more|on))?|see|click|tap|visit|discover|explore|head\s+over\s+to|take\s+a\s+look\s+at)`;
const HERE_CALL = new RegExp(
	String.raw`(?<=^|[.!?。！？]\s+|^[-•*]\s*)${READ_VERB}\b[^.!?。！？\n]{0,160}?\b(?:here|below|on\s+our\s+(?:blog|website|site|help\s+cent(?:er|re)))\s*[.!]?(?=\s|$)`,
	'giu',
);
/** Learn how …, Learn why …, Discover what … opening a sentence: the summary line of a blog post that teaches it. */
const LEARN_CALL =
	/(?<=^|[.!?。！？]\s+)(?:learn|discover|find\s+out)\s+(?:how|why|what|when|which|whether)\b[^.!?。！？\n]{3,200}[.!?](?=\s|$)/giu;

/** Click here to …, Click this link to …: a sentence whose first words are the link (Click here to learn how to find…). */
const CLICK_HERE = /(?<=^|[.!?。！？]\s+)click\s+(?:here|this\s+link|the\s+link(?:\s+below)?)\b[^.!?。！？\n]{0,200}[.!?]?(?=\s|$)/giu;

/** A sentence that ends on its link: You can access the business resource centre by clicking here. */
const BY_CLICKING =
	/(?<=^|[.!?。！？]\s+)[^.!?。！？\n]{0,160}?\bby\s+(?:clicking|tapping|visiting|following)\s+(?:here|this\s+link|the\s+link(?:\s+below)?|below)\s*[.!]?(?=\s|$)/giu;

/** A Read more / Learn more link glued after the last sentence of a line (…on your payment terminal. Read more). */
const READ_MORE_TAIL = /(?<=[.!?。！？]\s*)(?:read|learn|see|find\s+out)\s+more\s*(?:»|›|→|…|\.{3})?$/iu;

export const hereLinkRule: WordsRule = {
	id: 'here-link',
	scope: 'words',
	description:
		'An English sentence whose action is reading or clicking another guide or page is a link of the help site, not a fact: an imperative of reading (Check out, Find out more, Learn, Read, See, Click, Visit, Discover) opening the sentence and ending on here / below / on our blog (Check out the steps to connecting your card machine here., Find out more about which cards Yoco accepts here.), or Learn/Discover/Find out + how/why/what/which opening a sentence (Learn how long it takes for a failed POS transaction reversal in Nigeria.: the post announcing what it teaches), a sentence whose first words are the link (Click here to learn how to find and Refund Duplicate Credit Card Charges., Click this link to …) or whose last words are (You can access the business resource centre by clicking here.), and a Read more / Learn more link glued after the last sentence of a line (…on your payment terminal. Read more). Removed with its full stop; the sentences around it stay. A sentence that tells what to check on the terminal (Check the cable here.), says where something is (The reset button is here.) or uses see/learn inside the sentence (You will see the error code on the screen.) stays.',
	examples: {
		removes: [
			// yoco.com (heldout-13, p-7e88f70f01).
			'If your card machine is not connecting, restart it.\nCheck out the steps to connecting your card machine here.',
			'Find out more about which cards Yoco accepts here.',
			// A Nigerian blog (heldout-13, p-a21e9481fa).
			'In Nigeria, failed POS transactions are frequent. Learn how long it takes for a failed POS transaction reversal in Nigeria.',
			'Read our guide to chargebacks here.',
			// A card network's help page (heldout-14, p-eae4e8f850).
			'Contact the merchant first. Click here to learn how to find and Refund Duplicate Credit Card Charges.',
			// A card acquirer's glossary (dev, p-0d77061c68): the link after each entry.
			'A contactless payment is a way to pay by tapping a card or a device on your payment terminal. Read more',
			// A terminal provider's FAQ (heldout-15, p-7034c4ed52).
			'Settle the terminal every night. You can access the business resource centre by clicking here.',
		],
		keeps: [
			'Check the cable here and restart the terminal.',
			'You will see the error code on the screen.',
			'The reset button is here.',
			'If the card is declined, see the response code on the receipt.',
			'- Learn the difference between a decline and an error before you retry.',
			'Read more about the error on the receipt and retry.',
			'Press the green key to confirm, then tap the card here.',
			'Confirm the sale by tapping the green key.',
		],
	},
	spans(text) {
		const spans = spansOf(text, [HERE_CALL, LEARN_CALL, CLICK_HERE, BY_CLICKING]);
		const tail = READ_MORE_TAIL.exec(text);
		if (tail) spans.push([tail.index, tail.index + tail[0].length]);
		return spans;
	},
};

/**
 * A messenger or social-network handle: @ + a user name of Latin letters, digits, _ and . (3–30), not after a letter or
 * digit (an e-mail's local part) and not a code annotation (@param, @Override, @return …: lowercase-only words of a
 * known list or a capitalised word followed by a parenthesis or a line break in code).
 */
const HANDLE = /(?<![\w.@-])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?![\w@(])/gu;
const ANNOTATION =
	/^@(?:param|return|returns|throws|exception|see|since|author|version|deprecated|override|Override|Test|Before|After|Autowired|Bean|Component|Service|Controller|RequestMapping|GetMapping|PostMapping|Data|interface|media|import|keyframes|font-face|charset|supports|mixin|include|extend|type|property|example|link|inheritDoc|Nullable|NonNull|SuppressWarnings|FunctionalInterface|Deprecated|Entity|Table|Column|Id)$/u;

/** An embedded post's signature: — EFTPOS Central (@eftposcentral) February 1, 2016 (the author, the handle, the date). */
const EMBED_SIGNATURE =
	/(?:—|–|&mdash;|--)\s*[^—–()\n]{1,60}?\s*\(@[A-Za-z0-9_.]{2,30}\)\s*(?:<a[^>]*>\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4})?(?:\s*<\/a>)?/gu;

export const socialHandleRule: WordsRule = {
	id: 'social-handle',
	scope: 'words',
	description:
		'A messenger or social-network handle (@giggles_in_the_dark, @pos_helper2024): @ and a user name of 3–30 Latin letters, digits, _ or ., not glued after a letter or digit (the local part of an e-mail address, which the e-mail rule handles) is a contact of a person or account and is removed, with the signature of an embedded post around it (— EFTPOS Central (@eftposcentral) February 1, 2016); the sentence stays (一位网友叫的TikTok网友…). Code annotations (@param, @Override, @return, CSS @media) and an @ before a parenthesis stay.',
	examples: {
		removes: [
			// An Australian Chinese news page (heldout-13, p-0ca4ee4b79).
			'一位网友叫@giggles_in_the_dark的TikTok网友表达了不满。',
			'有问题可以在微博上私信 @pos_helper2024 咨询。',
			// An embedded tweet on a radio station's news page (heldout-15, p-6d0fab5d91): its signature goes whole.
			'EFTPOS should be back online for merchants. — EFTPOS Central (@eftposcentral) February 1, 2016',
		],
		keeps: ['@param amount 交易金额', '金额@(0.6%)', '在微信上@客服即可。'],
	},
	spans(text) {
		const spans: Span[] = spansOf(text, [EMBED_SIGNATURE]);
		for (const match of text.matchAll(HANDLE)) {
			if (ANNOTATION.test(match[0])) continue;
			spans.push([match.index, match.index + match[0].length]);
		}
		return spans;
	},
};

/**
 * A line that is only a reading statistic or a stamp: a word count (472字, 共1234字, 全文约2000字, 字数:472), a reading
 * time (阅读约3分钟, 预计阅读时间5分钟, 3 min read), or a bare date or time (05.15, 2023.05.15, 12-04, 09:42).
 */
const READING_STAT: readonly RegExp[] = [
	/^(?:本文|全文|文章)?(?:共|约|共计|总计|合计)?\s*\d[\d,]*\s*(?:个)?字(?:数)?$/u,
	/^(?:本文|全文|文章)?(?:字数|总字数)\s*[:：]?\s*\d[\d,]*\s*字?$/u,
	/^(?:本文|全文)?(?:共|约|共计)?\s*\d[\d,]*\s*字\s*[,，、|｜·]?\s*(?:预计)?(?:阅读)?(?:时间|时长|需要?|约|大约)*\s*[:：]?\s*\d+\s*分钟$/u,
	/^(?:预计|大约|约)?(?:阅读|閱讀)(?:时间|時間|时长|需要?|约|大约)*\s*[:：]?\s*(?:约|大约)?\s*\d+(?:\.\d+)?\s*(?:分钟|分鐘|min)$/iu,
	/^\d+\s*(?:min(?:ute)?s?)\s+read$/iu,
	// A bare date (05.15, 2023.05.15, 12-04, 2023/5/15) or time of day (09:42) alone on its line.
	/^(?:(?:0[1-9]|1[0-2])[./-](?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{2}\s*[./-]\s*(?:0?[1-9]|1[0-2])\s*[./-]\s*(?:0?[1-9]|[12]\d|3[01]))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u,
	/^\d{1,2}:\d{2}(?::\d{2})?$/u,
	// A forum thread's counters (查看: 511|回复: 1) and a news portal's weather box (05月02日 18.3°C-21.1°C).
	/^(?:(?:查看|回复|回帖|阅读|浏览|点击|评论|点赞)\s*[:：]?\s*\d[\d,]*\s*[|｜/,，\s]*){2,}$/u,
	// A relative post time with its count (1月前 36, 3小时前) and a gallery's image counter (1 / 3).
	/^\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|个月|個月|月|年)前(?:\s+\d[\d,]*)?$/u,
	/^\d{1,2}\s+\/\s+\d{1,2}$/u,
	// A portal's exchange-rate box (澳元 : 人民币=4.7).
	/^\p{Script=Han}{1,4}\s*[:：/]\s*\p{Script=Han}{1,4}\s*[=＝]\s*\d+(?:\.\d+)?$/u,
	/^(?:\d{1,2}月\d{1,2}日|(?:0[1-9]|1[0-2])[./-]\d{2})\s*(?:周|星期)?[一二三四五六日天]?\s*-?\d{1,2}(?:\.\d)?\s*(?:°C|℃|°)?\s*[-~～至]\s*-?\d{1,2}(?:\.\d)?\s*(?:°C|℃|°F)$/u,
];

export const readingStatRule: LineRule = {
	id: 'reading-stat',
	scope: 'line',
	description:
		'A line that is only a reading statistic or a stamp of the page: a word count (472字, 共1234字, 全文约2000字, 字数:472), a reading time (阅读约3分钟, 预计阅读时间5分钟, 3 min read, both together), or a bare date (05.15, 2023.05.15, 12-04) or time of day (09:42) standing alone, a forum thread’s counters (查看: 511|回复: 1) or a portal’s weather and exchange-rate boxes (05月02日 18.3°C-21.1°C, 澳元 : 人民币=4.7), a relative post time with its count (1月前 36) and a gallery’s image counter (1 / 3, spaced). Such a line is never a statement, and as a section heading it must not be quoted in 出处. A line with anything else (限额5000元, 05.15起停止受理, 3分钟后重试) stays.',
	examples: {
		removes: [
			'472字',
			'共1234字',
			'阅读约3分钟',
			'全文约2000字,预计阅读时间5分钟',
			'05.15',
			'2023.05.15',
			'3 min read',
			'查看: 511|回复: 1',
			'05月02日 18.3°C-21.1°C',
			'澳元 : 人民币=4.7',
			// A forum post list (heldout-10, p-c5c56eba22) and a gallery (heldout-13, p-377ac9f753).
			'1月前 36',
			'1 / 3',
		],
		keeps: [
			'3分钟后重试。',
			'05.15起停止受理磁条卡交易。',
			'单笔限额5000元',
			'12字以内的商户名',
			'工作温度 0°C-40°C',
			'-10°C-50°C',
			'手续费 = 0.6%',
			'3个月前办理的POS机无法签到',
		],
	},
	matches(line) {
		const text = line.trim().replace(/^[-•·*\s]+/u, '');
		return READING_STAT.some((pattern) => pattern.test(text));
	},
};

/** A month.day stamp opening a title line (05.15 這些信用卡用卡行為…): a month 01–12 and a day 01–31, both of two digits. */
const LEADING_STAMP = /^(?:0[1-9]|1[0-2])[./](?:0[1-9]|[12]\d|3[01])\s+(?=\p{Script=Han})(?![元万亿个次笔张%])/u;

export const dateStampRule: WordsRule = {
	id: 'date-stamp',
	scope: 'words',
	description:
		'A month.day stamp of a post list opening a line before its title (05.15 這些信用卡用卡行為,很容易被銀行當套現處理!): two-digit month 01–12, a dot or slash, a two-digit day, a space and Han text. Only the stamp goes. A decimal before a unit (10.25 元), a stamp inside a sentence, a single-digit form (5.15) or one glued to the text stays.',
	examples: {
		removes: ['05.15 這些信用卡用卡行為,很容易被銀行當套現處理!', '12/04 刷卡失败怎么办'],
		keeps: ['10.25 元的手续费已退回。', '5.15 版本修复了签到失败。', '请在05.15前完成签到。', '12.30元'],
	},
	spans(text) {
		const match = LEADING_STAMP.exec(text);
		return match ? [[0, match[0].length]] : [];
	},
};

/** A column tag in square brackets: 2–8 Han characters, alone on the line or opening it ([加国新闻] 信用卡被盗刷…). */
const COLUMN_TAG = /^\s*[[［]\p{Script=Han}{2,8}[\]］]\s*/u;

export const columnTagRule: WordsRule = {
	id: 'column-tag',
	scope: 'words',
	description:
		'The column or region tag of a news site or forum in square brackets, opening a line or alone on it ([加国新闻] 信用卡被盗刷,加拿大沃尔玛拒赔, [馬來西亞]): 2–8 Han characters between [ ]. Only the tag goes; the title after it stays. A reference number ([1]), a Latin field ([api]), a tag inside a sentence or 【】 (other rules) stays.',
	examples: {
		removes: ['[加国新闻] 信用卡被盗刷,加拿大沃尔玛拒赔', '[馬來西亞]'],
		keeps: ['[1] 中国银联. 银联卡受理规范.', '返回码见附表[错误码表]中的说明。', '[api]'],
	},
	spans(text) {
		const match = COLUMN_TAG.exec(text);
		return match ? [[match.index, match.index + match[0].length]] : [];
	},
};

/** A clause asking the reader to pass the page on: 请转给你的朋友!, 转发给身边的人, 请转告家人. */
const FORWARD_CLAUSE =
	/^\s*(?:人多力量大\s*)?(?:请|快|赶紧|赶快|大家|记得|务必)?(?:帮忙)?(?:转|转发|转告|转给|分享|扩散|传给|轉|轉發|轉告|轉給)(?:给|給|一下|出去)?(?:你|您)?(?:的|身边的|身邊的)?(?:朋友|好友|亲友|親友|家人|朋友们|更多的?人|大家|所有人|身边人|人)?(?:们|吧|看看|知道)?\s*[!！。]*\s*$/u;
/** The repost mark after a text: (转), （转载）, 【转】. */
const REPOST_MARK = /[(（【[]\s*(?:转|轉|转载|轉載|转帖|轉帖)\s*[)）】\]]/gu;

export const forwardPromptRule: ClauseRule = {
	id: 'forward-prompt',
	scope: 'clause',
	extent: 'clause',
	containment: false,
	description:
		'A clause asking the reader to pass the page on (请转给你的朋友!, 转发给身边的人, 请转告家人, 人多力量大,请转给你的朋友) is the page canvassing readers, not a fact, and is removed; the advice before it stays. A clause that says what to forward as part of a procedure (将交易截图转给客服, 转账给对方) has an object and stays.',
	examples: {
		removes: ['这样报警就有证据了,银行就无法推卸责任了,请转给你的朋友!', '遇到盗刷先取证,请转发给身边的人!'],
		keeps: ['将交易截图转给客服核实。', '转账给对方前先核对户名。', '转发短信给银行客服即可。'],
	},
	matches(clause) {
		const text = clause.trim();
		return text !== '' && /[转轉分扩传]/u.test(text) && FORWARD_CLAUSE.test(text);
	},
};

export const repostMarkRule: WordsRule = {
	id: 'repost-mark',
	scope: 'words',
	description:
		'The mark of a reposted text ((转), (转载), 【转】) after or before a text: where the page got it, page furniture. Removed wherever it stands; 转 in a word (转账, 转发给客服) stays.',
	examples: {
		removes: ['这样就可证实卡在你自己手上,然后再去报警。(转)', '【转】刷卡失败的十个原因'],
		keeps: ['转账失败时资金会退回。', '请把截图转发给客服。'],
	},
	spans(text) {
		return [...text.matchAll(REPOST_MARK)].map((match): Span => [match.index, match.index + match[0].length]);
	},
};

/**
 * A slogan line: two or more parallel clauses with no word of the subject, either three or more of exactly four Han
 * characters (老杨团队,追求完美;客户至上,服务到位!) or two or more that each open with 最 and have the same length
 * (最好看的新闻,最实用的信息).
 */
const SLOGAN_SPLIT = /[,，;；、\s!！]+/u;
/** Words of a business praising itself (追求完美, 客户至上, 服务到位, 诚信为本); the vocabulary's praise list adds to them. */
const PRAISE =
	/完美|至上|到位|第一|诚信|誠信|专业|專業|优质|優質|一流|卓越|用心|放心|满意|滿意|贴心|貼心|为本|為本|周到|团队|團隊|品质|品質/u;
/** A clause that opens with a step word is an instruction (先查余额,再看流水,最后报警). */
const INSTRUCTION_START = /^(?:先|再|然后|然後|最后|最後|请|請|并|並|如|若|立即|马上|馬上)/u;

/** A site's name before its slogan (快生活 - …, 某某网 | …) and a slogan's closing tag (…!您值得拥有). */
const SLOGAN_SITE_NAME = /^[\p{Script=Han}A-Za-z0-9]{2,8}\s*[-|｜—–_]+\s*/u;
const SLOGAN_TAG = /[,，;；!！\s]*(?:您|你)?值得(?:拥有|擁有|信赖|信賴|选择|選擇)$/u;
/** Openers that make parallel clauses an instruction or a warning, not a slogan: 先…, 请…, 不要…, 别…. */
const NOT_SLOGAN_OPENER = /^(?:先|再|请|請|不|别|別|勿|没|沒|未|如|若|并|並|可|要|需|应|應|将|將|把|让|讓|用|去|到|在|从|從)/u;

/**
 * Parallel clauses of equal length (3–6 Han characters) that all open with the same character — the mark of a slogan (更稳定,
 * 更快速,更安全; 传播价值、传递关注) — three or more of them, or two after a site name (快生活 - …) or before a slogan tag (您值得拥有).
 */
function isSharedOpenerSlogan(text: string): boolean {
	const named = SLOGAN_SITE_NAME.exec(text);
	let body = named ? text.slice(named[0].length) : text;
	const tagged = SLOGAN_TAG.exec(body);
	if (tagged) body = body.slice(0, tagged.index);
	const clauses = body.split(SLOGAN_SPLIT).filter((clause) => clause !== '');
	if (clauses.length < (named || tagged ? 2 : 3)) return false;
	const first = clauses[0] as string;
	const length = [...first].length;
	if (length < 3 || length > 6 || NOT_SLOGAN_OPENER.test(first)) return false;
	return clauses.every((clause) => /^\p{Script=Han}+$/u.test(clause) && [...clause].length === length && clause[0] === first[0]);
}

export const parallelSloganRule: LineRule = {
	id: 'parallel-slogan',
	scope: 'line',
	description:
		'A site slogan or self-praise line made of parallel clauses with no word of the subject (promotion/claims.yaml topicWords: 刷卡, 交易, 失败, 银行…): three or more clauses of exactly four Han characters with a word of a business praising itself (追求完美, 客户至上, 服务到位, 诚信, 专业, 团队…, or promotion/praise.yaml) and none opening with a step word (先, 再, 最后, 请: 先查余额,再看流水,最后报警 is an instruction) (老杨团队,追求完美;客户至上,服务到位!), or two or more clauses of the same length that each open with 最 (最好看的新闻,最实用的信息), or clauses of the same length (3–6 characters) that all open with the same character, three or more of them or two after a site name or before a slogan tag (更稳定,更快速,更安全!您值得拥有; 快生活 - 传播价值、传递关注!), unless they open as an instruction or a warning (先…, 请…, 不要…, 别…). A line of short instructions names the subject (重启设备,检查网络,联系银行) and stays, as do two four-character clauses (安全便捷,到账快捷: other rules).',
	examples: {
		removes: [
			'老杨团队,追求完美;客户至上,服务到位!',
			'最好看的新闻,最实用的信息',
			// A hijacked complaint page (heldout-14, p-90d5c717ec) and a portal's title line (heldout-14, p-73941322a8).
			'更稳定,更快速,更安全!您值得拥有',
			'快生活 - 传播价值、传递关注!',
		],
		keeps: ['重启设备,检查网络,联系银行。', '最常见的原因是网络不稳定'],
	},
	matches(line, context) {
		const text = line.trim().replace(/[。!！.]+$/u, '');
		if ([...text].length > 48 || topicWordsRegExp(context.lexicon).test(text)) return false;
		if (isSharedOpenerSlogan(text)) return true;
		const clauses = text.split(SLOGAN_SPLIT).filter((clause) => clause !== '');
		if (clauses.length < 2 || !clauses.every((clause) => /^\p{Script=Han}+$/u.test(clause))) return false;
		if (clauses.length >= 3 && clauses.every((clause) => [...clause].length === 4))
			return !clauses.some((clause) => INSTRUCTION_START.test(clause)) && (PRAISE.test(text) || context.lexicon.praise.test(text));
		const length = [...(clauses[0] ?? '')].length;
		return clauses.every((clause) => clause.startsWith('最') && [...clause].length === length && length >= 4);
	},
};

/**
 * A photo caption the extraction glued after the paragraph it illustrates: a sentence end, a space, then a short run of
 * Han text with no punctuation to the end of the line (…全部一致。 老兩口在自己的小車間裡幹活).
 */
const GLUED_CAPTION = /(?<=[。！？!?][”」』]?)\s+([“"「]?[\p{Script=Han}A-Za-z0-9“”"「」]{6,24})$/u;

export const gluedCaptionRule: WordsRule = {
	id: 'glued-caption',
	scope: 'words',
	description:
		'A photo caption the extraction glued after the paragraph it illustrates: after a sentence end (。!?), a space and a short run (6–24 characters) of Han text with no punctuation at all to the end of the line (…全部一致。 老兩口在自己的小車間裡幹活, …被盜刷了! “巴里”付款後列印出的收據). A caption is a label, never a sentence of the story. Text glued without a space, or that ends in punctuation, or with a comma inside, stays.',
	examples: {
		removes: [
			// A Traditional Canadian news page (heldout-13, p-a78cf20ed4).
			'老兩口也檢查了巴里的證件和他的信用卡資訊,全部一致。 老兩口在自己的小車間裡幹活',
			'結果卻得到了更令人吃驚的消息,那個下訂單的巴里用的是假身份,真的巴里稱自己的信用卡被盜刷了! “巴里”付款後列印出的收據',
		],
		keeps: ['全部一致。老两口开始备货', '全部一致。 随后他们开始备货。', '请重新签到。 如仍失败,请联系收单机构'],
	},
	spans(text) {
		const match = GLUED_CAPTION.exec(text);
		if (!match || text.length - match[0].length < 20) return [];
		return [[match.index, text.length]];
	},
};

/** A tab or filter label of a site's tool: short Latin parts joined by a middle dot (Declined · decode any status). */
const TAB_LABEL = /^[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,3}(?:\s+·\s+[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,4}){1,4}$/u;
/** An availability note of an app feature: (emoji) This feature is (only) available on/for/in … */
const FEATURE_NOTE =
	/^(?:\p{Extended_Pictographic}|\uFE0F|\s)*this\s+(?:feature|option|function(?:ality)?)\s+is\s+(?:only\s+|currently\s+|not\s+yet\s+)?(?:available|supported)\b.{0,120}$/iu;

export const toolLabelRule: LineRule = {
	id: 'tool-label',
	scope: 'line',
	description:
		"A site tool's label, a whole line: a tab or filter of short Latin parts joined by a middle dot (Declined · decode any status), or an app's availability note (📱 This feature is available on compatible iPhones with the Qonto app.). Neither is a fact of a failure. A sentence with a middle dot inside prose, or a line saying a card or terminal feature is unavailable as a cause (Contactless is not available on this terminal.), stays.",
	examples: {
		removes: ['Declined · decode any status', '📱 This feature is available on compatible iPhones with the Qonto app.'],
		keeps: ['Contactless is not available on this terminal.', 'Insert the card · wait for the beep · remove it when prompted, then sign.'],
	},
	matches(line) {
		const text = line.trim();
		return TAB_LABEL.test(text) || FEATURE_NOTE.test(text);
	},
};

/**
 * A photo caption or credit standing alone on its line: 上图为网友分享, 下图为事发现场, 图为…, 图片来源：…, 配图来自…. A
 * label of a picture the text lost, never a fact of the story.
 */
const CAPTION_LINE = /^[（(]?(?:[上下左右]图|图片?|配图|题图)(?:为|是|来源|来自|源自|由|系)[：:]?[^。！？!?；;]{1,24}[）)]?$/u;

export const captionLineRule: LineRule = {
	id: 'caption-line',
	scope: 'line',
	description:
		'A photo caption or credit standing alone on its line, at most 24 characters after its opening and no sentence mark (上图为网友分享, 图为事发现场, 图片来源：网络, 配图来自网络): the label of a picture the extraction lost, never a fact of the failure. A sentence that says what a picture or a receipt shows and goes on (上图为签购单样式，其中商户编号在第二行。) stays because of its sentence mark.',
	examples: {
		removes: [
			// A WeChat-style page on missing SMS alerts (heldout-14, p-6fcef7f891).
			'上图为网友分享',
			'图片来源：网络',
			'（图为事发现场）',
		],
		keeps: ['上图为签购单样式，其中商户编号在第二行。', '图为什么打印不出来？', '图片上传失败时，请重新签到后再试。'],
	},
	matches(line) {
		return CAPTION_LINE.test(line.trim());
	},
};
