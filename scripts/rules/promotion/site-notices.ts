import { spansOf } from './shared.ts';
import type { LineRule, Span, WordsRule } from './types.ts';

/**
 * The notices a site prints around any article, whatever the article says, found on the real pages of heldout-12 to
 * heldout-14 and earlier batches: its legal disclaimers (If you are seeking legal advice…, Readers should independently
 * verify…), its cookie banner (We use cookies…, Cookie Policy), its pointers to its own contact details (please use the
 * contact information below, call us on…), a shop's product listing glued into the text (Receipt Paper 10 Rolls for
 * Square Terminal…), hashtag topics (#…#), a portal's picture-story headlines (…(图)) and a blog's taxonomy lines
 * (Topic: Payment News (Mon 3rd Feb 2020)). Each is judged by what the notice does (disclaim, track, point to the site,
 * sell, tag), not by one page's wording.
 */

/** Where an English sentence ends: a full stop, ? or ! not followed by a lower-case letter or digit (www.abc.com, 3.5). */
const LATIN_SENTENCE_END = /[.!?。！？]+(?![a-z0-9])/gu;

/**
 * The English sentence around [start, end): back to the previous sentence end (at most `reach` characters, else from
 * `start`) and on to the next one, its full stop included; spaces before the sentence are left in place.
 */
export function latinSentenceAround(text: string, start: number, end: number, reach = 240): Span {
	let from = start;
	for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
		const char = text[i] as string;
		if (/[。！？!?]/u.test(char) || (char === '.' && !/[a-z0-9]/u.test(text[i + 1] ?? ''))) {
			from = i + 1;
			break;
		}
		if (i === 0) from = 0;
	}
	while (from < start && /\s/u.test(text[from] as string)) from++;
	LATIN_SENTENCE_END.lastIndex = end;
	const stop = LATIN_SENTENCE_END.exec(text);
	return [from, stop ? stop.index + stop[0].length : text.length];
}

/** Spans of the whole English sentences in which any of `patterns` (global) matches, merged when they touch. */
function sentencesWith(text: string, patterns: readonly RegExp[], reach?: number): Span[] {
	return spansOf(text, patterns).map(([start, end]) => latinSentenceAround(text, start, end, reach));
}

/**
 * Disclaimers of a publisher or a law or tax firm: they speak about the page's reliability and the reader's recourse,
 * never about the subject. An anchor that opens its own sentence (If you are seeking legal advice…, Readers should…)
 * starts the span; the others take their sentence from its start.
 */
const DISCLAIMER_OPENERS = [
	/\bif\s+you\s+(?:are\s+seeking|need|want|require)\s+(?:legal|tax|financial|investment|professional)\s+advice\b/giu,
	/\breaders?\s+should\s+(?:independently\s+)?(?:verify|confirm|consult|seek)\b/giu,
	/\bevery\s+effort\s+has\s+been\s+made\s+to\s+(?:assure|ensure)\b/giu,
];
const DISCLAIMER_CORES = [
	// …and the author do not assume responsibility for any individual's reliance upon the information…
	/\b(?:do(?:es)?\s+not|cannot|can\s?not|will\s+not|shall\s+not)\s+(?:assume|accept|bear|take)\s+(?:any\s+)?(?:responsibility|liability)\b[^.!?]{0,160}?\b(?:reliance|the\s+information|this\s+(?:article|site|website|page|content)|errors?\s+or\s+omissions)\b/giu,
	/\b(?:the\s+author|the\s+publisher|we)\s+(?:do(?:es)?\s+not|cannot|will\s+not)\s+(?:assume|accept|bear)\s+(?:any\s+)?(?:responsibility|liability)\b/giu,
	// The article does not constitute, and should not be treated as professional advice…
	/\b(?:does|do|should|shall)\s+not\s+(?:constitute|be\s+(?:treated|construed|relied\s+(?:up)?on|considered|taken))\b[^.!?]{0,80}?\b(?:advice|recommendations?|opinions?)\b/giu,
	/\b(?:is|are)\s+not\s+(?:intended\s+(?:as|to\s+be)\s+)?(?:legal|tax|financial|investment|professional)\s+advice\b/giu,
	/\bfor\s+(?:general\s+)?informational?\s+purposes\s+only\b/giu,
	/\bconsult\s+(?:with\s+)?(?:an?\s+|your\s+own\s+)?(?:qualified\s+|licensed\s+)?(?:attorney|lawyer|tax\s+(?:professional|advis[eo]r)|financial\s+advis[eo]r|legal\s+(?:professional|counsel))\b/giu,
];

export const latinDisclaimerRule: WordsRule = {
	id: 'latin-disclaimer',
	scope: 'words',
	description:
		"An English disclaimer of the publisher or of a law or tax firm: it speaks of the page's reliability and the reader's recourse, never of the subject. A sentence opening with If you are seeking/need legal, tax or financial advice, Readers should (independently) verify/consult, Every effort has been made to assure…, or one that says its authors do not assume responsibility for the reader's reliance on the information, that the text does not constitute or should not be treated as advice, is not legal/tax/financial advice, is for informational purposes only, or tells the reader to consult an attorney, a lawyer or a tax adviser, is removed with its full stop. A sentence on who bears liability for a transaction (The issuer does not accept liability for a transaction without the chip.) names none of the information or the page and stays.",
	examples: {
		removes: [
			// A spun blog on a shared host (heldout-14, p-50b58a0188): a tax firm's disclaimers glued into printer tips.
			'Let it cool before cleaning it. If you are seeking legal advice, you are encouraged to consult an attorney.',
			'Readers should independently verify all information before applying it to a particular fact situation, and should independently determine the impact of any particular tax planning technique.',
			'Clean the thermal head every 3 months. Clergy Financial Resources and the author do not assume responsibility for any individual’s reliance upon the information provided in the article.',
			'The article does not constitute, and should not be treated as professional advice regarding the use of any particular tax technique.',
			'This page is for informational purposes only.',
		],
		keeps: [
			'The issuer does not accept liability for a transaction processed without the chip.',
			'If the card is declined, contact your card issuer for advice.',
			'Merchants should verify the signature on the receipt.',
		],
	},
	spans(text) {
		return [
			...spansOf(text, DISCLAIMER_OPENERS).map(([start]) => latinSentenceAround(text, start, start, 0)),
			...sentencesWith(text, DISCLAIMER_CORES),
		];
	},
};

/** A site's cookie banner: the site using cookies, its cookie policy or settings, accepting or managing cookies. */
const COOKIE_NOTICE = [
	/\b(?:we|this\s+(?:web)?site|our\s+(?:web)?sites?)\s+(?:use|uses|place|set)\s+cookies\b/giu,
	/\bcookies?\s+(?:policy|settings|preferences|notice|statement|consent)\b/giu,
	/\b(?:accept|allow|manage|change|reject|disable)\s+(?:all\s+|your\s+|our\s+)?cookies\b/giu,
	/\b(?:by\s+(?:continuing|using)\s+(?:to\s+use\s+)?(?:this|our)\s+(?:web)?site)\b[^.!?]{0,80}\bcookies\b/giu,
];

export const cookieNoticeRule: WordsRule = {
	id: 'cookie-notice',
	scope: 'words',
	description:
		"A website's cookie banner in English, wherever the extraction glued it (also as the first line): every sentence in which the site uses cookies (We use cookies to keep our websites easy to use…, This site uses cookies), names its cookie policy, settings or preferences (Find out more about our Cookie Policy.), or asks to accept, allow or manage cookies, is removed with its full stop. A troubleshooting step that names the browser's cookies (Clear your browser's cache and cookies, then pay again.) stays.",
	examples: {
		removes: [
			// A British bank's help page (heldout-14, p-20128f4ef4): the banner is the page's first line.
			'We use cookies to keep our websites easy to use and relevant to our users’ requirements. Select Accept below if you wish to proceed or How to change your cookies for instructions on how to manage your cookie settings. Find out more about our Cookie Policy.',
			'Contactless payments are limited to £100. This site uses cookies to improve your experience.',
		],
		keeps: [
			"Clear your browser's cache and cookies, then pay again.",
			'If the payment page does not load, enable cookies in the browser and retry.',
		],
	},
	spans: (text) => sentencesWith(text, COOKIE_NOTICE),
};

/**
 * A pointer to the site's own contact details: contacting us (call us on…, feel free to contact us, get in touch with
 * one of our team) or the contact information below/above.
 */
const CONTACT_POINTER = [
	/\b(?:call|contact|e-?mail|phone|ring|message|text|write\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to|chat\s+with)\s+(?:us|one\s+of\s+our\b|our\s+(?:friendly\s+)?(?:team|staff|experts|specialists|advisers|advisors))\b/giu,
	/\b(?:use|see|refer\s+to|find|check)\s+(?:the|our)\s+contact\s+(?:information|details|info|form|page)\b/giu,
	/\bcontact\s+(?:information|details)\s+(?:below|above|on\s+this\s+page)\b/giu,
];

export const contactPointerRule: WordsRule = {
	id: 'contact-pointer',
	scope: 'words',
	description:
		"An English sentence that sends the reader to the site's own contact details instead of telling them something: contacting us or our team (please call us on 133 462., Please call us for assistance., feel free to contact us., Get in touch with one of our Australia-based team.) or using the contact information / details / form below or above (…please use the contact information below.). The whole sentence goes with its full stop; the number with it. A step that names who to contact (Contact your card issuer to find out why the card was declined., Tell the bank the terminal ID.) stays.",
	examples: {
		removes: [
			// An Australian bank's FAQ (heldout-12, p-391ae3326e).
			'If you believe the card was declined due to a different reason, please call us on 133 462.',
			'Get in touch with one of our Australia-based team.',
			// A spun blog (heldout-14, p-50b58a0188).
			'For more information or if you need additional assistance, please use the contact information below.',
			// A POS vendor's help page (dev-content-3, p-addbb6583f).
			'The admin password is locked after five failed attempts. Please call us for assistance.',
			'If you still cannot find the reason for the decline, feel free to contact us.',
		],
		keeps: [
			'Contact your card issuer to find out why the card was declined.',
			'Tell the bank the terminal ID when you call.',
			'Let us know which terminal you use.',
		],
	},
	spans: (text) => sentencesWith(text, CONTACT_POINTER),
};

/**
 * A shop's product listing glued into the text: Title-Case words with a pack count (10 Rolls, 50 Pcs, 2 Pack) and for or
 * of a product (Receipt Paper 10 Rolls for Square Terminal Credit Card Machine).
 */
const PRODUCT_LISTING =
	/(?<=^|[.!?]\s+|[.!?](?=[A-Z]))(?:[A-Z0-9][\w'’&+-]*\s+){1,6}\d+\s*(?:[Rr]olls?|[Pp]acks?|[Pp]cs|[Pp]ieces|[Cc]ount|[Ss]heets|[Bb]oxes|[Pp]airs?|[Uu]nits)\s+(?:for|of)\s+(?:[A-Z0-9][\w'’&+/-]*\s+){0,9}[A-Z0-9][\w'’&+/-]*[.!]?(?=\s|$)/gu;

export const productListingRule: WordsRule = {
	id: 'product-listing',
	scope: 'words',
	description:
		"A web shop's product title glued into an English text: a run of capitalised words with a pack count (10 Rolls, 50 Pcs, 2 Pack, 100 Sheets) followed by for / of and more capitalised words, the whole sentence a listing (Receipt Paper 10 Rolls for Square Terminal Credit Card Machine.). A sentence of the text with a count (Replace the paper after 10 rolls.) has lower-case words and stays.",
	examples: {
		removes: [
			// A spun blog (heldout-14, p-50b58a0188).
			'Thermal paper fades in sunlight. Receipt Paper 10 Rolls for Square Terminal Credit Card Machine. Store rolls in a cool place.',
		],
		keeps: ['Replace the paper after 10 rolls for the best print quality.', 'Order 10 Rolls of paper at a time.'],
	},
	spans: (text) => spansOf(text, [PRODUCT_LISTING]),
};

/**
 * A hashtag topic line: the whole line between two # (#中邮消费扣款不成功?这些误区你要避免!#), or a short tag glued to #
 * with no sentence in it (#Card thermal printer fades professional).
 */
const HASHTAG_TOPIC = /^#[^#\n]{2,60}#$/u;
const HASHTAG_TAG = /^#(?=[\p{L}])[^#。.!?！？,，;；:：\n]{2,60}$/u;

export const hashtagLineRule: LineRule = {
	id: 'hashtag-line',
	scope: 'line',
	description:
		'A hashtag line is a topic tag of a social or spun page, not a statement: a line that is one topic between two # (#中邮消费扣款不成功?这些误区你要避免!#, also as the first line, which is then never the title), or a tag glued to # with no sentence punctuation and at most eight words (#Card thermal printer fades professional, #POS机刷卡失败). A number (#1 reason, 收银员#1023), a key (请按 # 键确认) and a paragraph that opens with a stray # (the hash-mark rule) stay.',
	examples: {
		removes: [
			// A generated Q&A page (heldout-14, p-9b8573da34) and a spun blog (heldout-14, p-50b58a0188).
			'#中邮消费扣款不成功?这些误区你要避免!#\n中邮卡没有开通国际使用功能。',
			'#Card thermal printer fades professional',
		],
		keeps: ['收银员#1023刷卡失败', '#1 reason: the card has expired.', '请按 # 键确认。'],
	},
	matches(line) {
		const text = line.trim();
		if (HASHTAG_TOPIC.test(text)) return true;
		return HASHTAG_TAG.test(text) && text.split(/\s+/u).length <= 8;
	},
};

/** A # glued before a paragraph's first letter, or a heading's anchor link left as a trailing # after a space. */
const STRAY_HASH = [
	/^#(?=[\p{Script=Han}A-Za-z])(?=[^#]*$)/gu,
	/(?<=\S)\s+#$/gu,
	// A topic tag spliced into a paragraph (…。【趣元素】#耐克#如果…): between two #, after punctuation or a bracket, not a key (按#键).
	/(?<=^|[^\p{Script=Han}\p{L}\p{N}#])#[\p{Script=Han}A-Za-z]{1,12}#(?![键鍵])/gu,
];

export const hashMarkRule: WordsRule = {
	id: 'hash-mark',
	scope: 'words',
	description:
		'A stray # is markup, not text: a # glued before the first letter of a line that has no other # (#中邮消费扣款不成功?这是众多中邮卡用户经常遇到的问题…: the rest of a hashtag that the page spliced into its paragraph) and a heading anchor left as a # after a space at the end of a line (What happened to cause the duplicate charge? #), and a topic tag between two # spliced into a paragraph after punctuation or a bracket (…。【趣元素】#耐克#如果…). The text stays. C#, #1 and a # key inside the text (按#键) stay.',
	examples: {
		removes: [
			// A generated Q&A page (heldout-14, p-9b8573da34) and a card network help page (heldout-14, p-eae4e8f850).
			'#中邮消费扣款不成功?这是众多中邮卡用户经常遇到的问题。',
			'What happened to cause the duplicate charge? #',
			// A hijacked finance page (heldout-15, p-258b9e4bd7).
			'冲正指的是一种补救方式。#耐克#如果用户在POS机上取款时出现问题,POS机会显示冲正结果。',
		],
		keeps: ['The SDK is written in C#', '#1 reason: the card has expired.', '按#键确认交易。', '输入密码后按#键,再按#确认。'],
	},
	spans: (text) => spansOf(text, STRAY_HASH),
};

/** A portal's headline of a picture or video story: a short line ending in (图), (组图), (视频)…, with no sentence in it. */
const PICTURE_HEADLINE = /^[^。;；\n]{4,40}[(（](?:图|组图|多图|附图|图文|高清组图|图集|视频|图\+视频)[)）]$/u;

export const pictureHeadlineRule: LineRule = {
	id: 'picture-headline',
	scope: 'line',
	description:
		"A news portal's headline of a picture or video story, a short line (4–40 characters, no 。) ending in (图), (组图), (多图), (图文) or (视频): the portal's link to a story or the story's title repeated between its photos (结账时听到这种声音立马报警(图)). Also as the first line, which is then never the title: the portal's headline is its label for the story, the story starts below. A sentence that points to a figure (签购单样式如下图。) has no bracketed mark and stays; so does a title's part number (…解决方法(上)).",
	examples: {
		removes: [
			// A WeChat-style repost (heldout-14, p-a37e9dc5cc): the headline repeated between the photos.
			'张大妈和女儿吃完饭结账时,男服务员拿过来一个POS机放在餐桌上。\n结账时听到这种声音立马报警(图)',
			'男子用捡来的信用卡刷卡消费被抓(组图)',
		],
		keeps: ['签购单样式如下图。', '银行卡被吞后的处理办法(上)'],
	},
	matches: (line) => PICTURE_HEADLINE.test(line.trim()),
};

/**
 * A blog's taxonomy line: a topic, category or tag label with a short value and a date (Topic: Payment News (Mon 3rd
 * Feb 2020)), or a static site's front matter left in the text (tags = ["Apple Pay"], date 2023-10-27).
 */
const TAXONOMY_LABEL = /^(?:topics?|categor(?:y|ies)|filed\s+under|posted\s+in|tags?|section|column)\s*[:：]\s*[^.!?。！？]{1,80}$/iu;
const DATE_IN_LINE =
	/\b(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})\b/iu;
const BLOG_SECTION = /\b(?:news|blog|updates?|articles?|uncategori[sz]ed|guides?|insights|resources|press)\)?$/iu;
const FRONT_MATTER = [
	/^(?:title|date|tags|categories|author|draft|slug|description|keywords|weight|toc)\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|\[[^\]\n]*\]|true|false|\d[\d\-:T+.Z]*)$/iu,
	/^date\s+(?:19|20)\d{2}-\d{2}-\d{2}$/iu,
];

export const taxonomyLineRule: LineRule = {
	id: 'taxonomy-line',
	scope: 'line',
	description:
		'A blog\'s taxonomy line, not a statement: a Topic / Category / Tags / Filed under / Posted in label with a short value (no sentence end) that carries a date or names a blog section (Topic: Payment News (Mon 3rd Feb 2020), Category: Industry News), or a static site\'s front-matter field left in the text (tags = ["Apple Pay"], date = 2023-10-27, draft = false; date 2023-10-27 alone on its line). A field of a response-code table (Category: Soft decline) names neither and stays; so does a section number (Section: 3.2 Terminal errors).',
	examples: {
		removes: [
			// A British payments blog (heldout-14, p-11e7c9aac5); a Hugo blog (heldout-10, p-060f1e6302).
			'Topic: Payment News (Mon 3rd Feb 2020)\nDealing with a customer being double charged can be tricky.',
			'tags = ["Apple Pay"]',
			'Category: Industry News',
		],
		keeps: ['Category: Soft decline', 'Section: 3.2 Terminal errors', 'Posted in error, the transaction is reversed.'],
	},
	matches(line) {
		const text = line.trim();
		if (FRONT_MATTER.some((pattern) => pattern.test(text))) return true;
		if (!TAXONOMY_LABEL.test(text) || text.split(/\s+/u).length > 12) return false;
		const value = text.replace(/^[^:：]+[:：]\s*/u, '');
		return DATE_IN_LINE.test(value) || /\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s/iu.test(value) || BLOG_SECTION.test(value);
	},
};
