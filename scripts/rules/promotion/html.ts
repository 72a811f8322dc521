import { spansOf } from './shared.ts';
import type { DocumentRule, Span, WordsRule } from './types.ts';

const OPENS_RAW = /<(script|style|noscript|iframe)\b[^>]*>/iu;

/**
 * Multi-line `<script>`/`<style>` elements: from the line that opens one (without closing it) through the line that
 * closes it, every line is removed whole. Their content is code, never article text.
 */
export const htmlScriptRule: DocumentRule = {
	id: 'html-script',
	scope: 'document',
	phase: 'before',
	description:
		'Lines of a <script>, <style>, <noscript> or <iframe> element that spans several lines are removed whole (code, not text). Text before the opening tag on the same line goes with it.',
	examples: {
		removes: ['<script type="text/javascript">\nvar a = 1;\ndocument.write(a);\n</script>\n刷卡失败时先检查网络。'],
		keeps: ['刷卡失败时先检查网络。\n交易金额<500元时无需签名。'],
	},
	select(lines) {
		const selected: number[] = [];
		let closing: RegExp | undefined;
		lines.forEach(({ text }, index) => {
			if (closing) {
				selected.push(index);
				if (closing.test(text)) closing = undefined;
				return;
			}
			const open = OPENS_RAW.exec(text);
			if (!open) return;
			const tag = (open[1] ?? 'script').toLowerCase();
			const close = new RegExp(`</${tag}\\s*>`, 'iu');
			if (close.test(text.slice(open.index))) return; // closed on the same line: the words rule handles it
			selected.push(index);
			closing = close;
		});
		return selected;
	},
};

const INLINE_RAW = /<(script|style|noscript|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENT = /<!--[\s\S]*?-->/gu;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu;

/**
 * HTML markup inside a line: script/style elements with their content, comments, and tags (with their attributes,
 * event handlers and javascript: links). The text between tags is kept. Markdown, MDX, `{…}` expressions and `---`
 * lines are not markup here: they stay as plain text and the site escapes them.
 */
export const htmlMarkupRule: WordsRule = {
	id: 'html-markup',
	scope: 'words',
	description:
		'HTML tags (with attributes, onclick= handlers and javascript: links), comments and inline script/style elements are removed; the text between tags is kept. Markdown/MDX/{…} stay as plain text (escaped by the site).',
	examples: {
		removes: ['刷卡失败时<a href="javascript:alert(1)" onclick="x()">先检查网络</a>。', '请核对金额<script>alert(1)</script>后重试。'],
		keeps: ['交易金额<500元时无需签名,金额>1000元需核对身份。', '注意:{amount} 不能为空,见 [说明](#a)。'],
	},
	spans(text) {
		if (!text.includes('<')) return [];
		return spansOf(text, [INLINE_RAW, COMMENT, TAG]);
	},
};

/** Attributes of a tag whose `<` was lost or garbled (`a style="font-weight: bold" target="_blank">`), with the tag name. */
const ATTRIBUTES = /(?:(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,9}\s+)?(?:[A-Za-z][A-Za-z-]{1,19}\s*=\s*["'][^"'<>]{0,200}["']\s*)+\/?>?/gu;
/** Template placeholders left unrendered: `{{ 'fb_in_app_browser_popup.desc' | translate }}`. */
const TEMPLATE = /\{\{[^{}]{0,200}\}\}|\{%[^{}]{0,200}%\}/gu;
/** File names of images and documents (`微信图片_20201124171158.png`, `.jpg)`, `可编辑范本.doc`). */
const FILE_NAME = /[^\s,，。;；:：()（）]{0,40}\.(?:png|jpe?g|gif|webp|bmp|svg|docx?|pdf|xlsx?|pptx?)(?![A-Za-z0-9])\)?/giu;
/**
 * Word field codes of a table of contents flattened into text (`HYPERLINK \l "_Toc157913608"` read as
 * `HYPERLINK l _Toc157913608`, `PAGEREF _Toc157913608 \h 3`, `TOC \o "1-3" \h \z \u`).
 */
const FIELD_CODE =
	/\b(?:HYPERLINK\s+(?:\\?l\s+)?"?_Toc\d+"?|PAGEREF\s+"?_Toc\d+"?(?:\s+\\?h)?(?:\s+\d+)?|TOC\s+\\?o\s+"?\d-\d"?(?:\s+\\?[hzu])*)/gu;
/** Presentation-form and other stray compatibility characters that carry no text (U+FE69 ﻩ in scraped tables). */
const STRAY = /[\uFB50-\uFDFF\uFE70-\uFEFF]|[(（]\s*[)）]/gu;

/**
 * Markup that survived as text: attributes of a tag that lost its `<`, unrendered template placeholders, file names of
 * images and documents, stray presentation-form characters.
 */
export const markupLeftoverRule: WordsRule = {
	id: 'markup-leftover',
	scope: 'words',
	description:
		'Markup that survived as text is removed: tag attributes whose < was lost (a style="font-weight: bold;" target="_blank">, id="av0cx"), unrendered template placeholders ({{ … | translate }}, {% … %}), file names of images and documents (微信图片_2020.png, .jpg), 可编辑范本.doc) Word field codes of a flattened table of contents (HYPERLINK l _Toc157913608, PAGEREF _Toc157913608 h 3), stray presentation-form characters and empty brackets left where a number was blanked (联系客服()). An equation in a sentence (金额=单价×数量) has no quotes and stays.',
	examples: {
		removes: [
			'我们在使用a style="font-weight: bold;color: #1e73be;" target="_blank">POS机的时候',
			"{{ 'fb_in_app_browser_popup.desc' | translate }}",
			'微信图片_20201124171158.png',
			'冲正时间期限一般为以下时间范围:\n.jpg)',
			'解决方法:联系客服()确认终端状态。',
			'2.对付防盗打话机的方法 PAGEREF _Toc157913610 h 3 HYPERLINK l _Toc157913611 3.通过话机人工拨向后台',
		],
		keeps: ['手续费=交易金额×费率。', '刷卡成功后打印小票。', '版本号为v2.0时需升级。', '在目录里点击超链接(HYPERLINK)即可跳到该页。'],
	},
	spans(text) {
		return spansOf(text, [ATTRIBUTES, TEMPLATE, FILE_NAME, FIELD_CODE, STRAY]);
	},
};

/** Markdown that renders nothing here: emphasis marks, heading marks, table rules, code fences, horizontal rules. */
const MARKDOWN_LINE = /^\s*(?:#{1,6}\s*$|`{3,}[A-Za-z]*\s*$|[-*_]{3,}\s*$|\|?\s*:?-{3,}:?\s*(?:\|?\s*:?-{3,}:?\s*)*\|?\s*$)/u;
const HEADING_MARK = /^\s*#{1,6}(?:\s+|(?=\p{Script=Han}))/u;
/**
 * Emphasis: a pair of ** (or __) around a short run without sentence punctuation. A lone ** between two characters, or a
 * pair around a comma, is a mask (无**确读取) and is left for masked-text.
 */
const EMPHASIS = /(?<!\*)\*\*(?!\*)([^*,，。;；!！?？\n]{1,30}?)(?<!\*)\*\*(?!\*)|__([^_,，。;；!！?？\n]{1,30}?)__/gu;

/**
 * Markdown syntax of scraped pages: `**加粗**`, `### 标题`, table rules (`|---|---|`, `:---:---`), code fences. The
 * marks are removed and the words stay; a table row's cells stay.
 */
export const markdownMarkupRule: WordsRule = {
	id: 'markdown-markup',
	scope: 'words',
	description:
		'Markdown syntax is removed and its words kept: ** and __ emphasis marks, # heading marks at the start of a line, table rule rows (|---|---|, :---:---:---), code fences (```, also after a list number: 1. ```) and horizontal rules (---). Table rows with cells (| 卡片相关 | 余额不足 |) and a single * or # in a sentence (按*号键, #1键) stay.',
	examples: {
		removes: [
			'**一、pos机刷卡失败的原因**',
			'### 什么是POS机?',
			'|---|---|',
			':---:---:---',
			'```',
			'1. **输入错误金额**:在输入交易金额时',
			'1. ```',
		],
		keeps: ['按*号键返回上一级菜单。', '| 卡片相关 | 余额不足、过期卡 |', '按#1键查询余额。', '#1键为确认键。'],
	},
	spans(text) {
		if (MARKDOWN_LINE.test(text)) return [[0, text.length]];
		const spans: Span[] = [];
		const heading = HEADING_MARK.exec(text);
		if (heading) spans.push([0, heading[0].length]);
		for (const match of text.matchAll(EMPHASIS)) {
			const inner = match[1] ?? match[2] ?? '';
			const close = match.index + 2 + inner.length;
			spans.push([match.index, match.index + 2], [close, close + 2]);
		}
		// A ** at the very start or end of a line whose partner was lost (`**pos机刷卡失败请重刷`).
		const edge = /(?<=^|\s)\*\*(?!\*)(?=\S)|(?<=\S)(?<!\*)\*\*(?=\s|$)|^\s*\*\*(?!\*)|(?<!\*)\*\*\s*$/gu;
		for (const match of text.matchAll(edge)) spans.push([match.index, match.index + match[0].length]);
		// A code fence after a list number (`1. ```bash`).
		for (const match of text.matchAll(/```[A-Za-z]*/gu)) spans.push([match.index, match.index + match[0].length]);
		return spans;
	},
};
