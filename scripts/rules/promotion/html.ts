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
		keeps: ['交易金额<500元时无需签名,金额>1000元需核对身份。', '**注意**:{amount} 不能为空,见 [说明](#a)。'],
	},
	spans(text) {
		if (!text.includes('<')) return [];
		const spans: Span[] = [];
		for (const pattern of [INLINE_RAW, COMMENT, TAG]) {
			for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
		}
		return spans;
	},
};
