import type { CleanSource, SegmentItem } from '../types.ts';

/**
 * Stage 6, segment: recognise the structure of an article — numbered headings at several levels, labelled items
 * ("问题描述：…"), run-on numbered lists inside one paragraph — and split running text into sentences.
 */

/** Numbering styles, in the order they usually nest. The style decides the heading level, not the indentation. */
const NUMBERING_STYLES: ReadonlyArray<{ style: string; pattern: RegExp }> = [
	{ style: 'cn', pattern: /^[一二三四五六七八九十]{1,3}[、.．]\s*/ },
	{ style: 'cn-paren', pattern: /^[（(][一二三四五六七八九十]{1,3}[)）]\s*/ },
	{ style: 'num', pattern: /^\d{1,2}(?:[、．]|\.(?!\d))\s*/ },
	{ style: 'num-paren', pattern: /^[（(]\d{1,2}[)）]\s*/ },
	{ style: 'alpha', pattern: /^[a-zA-Z][.、．)）]\s+/ },
	{ style: 'bullet', pattern: /^[-•·●◆▪*]\s+/ },
];

/** Sentence ends in Chinese and Latin punctuation. Commas are not sentence ends: these sites chain clauses with them. */
const SENTENCE_END = /(?<=[。！？；!?;])/u;
/** A line that reads as a sentence rather than a title. */
const SENTENCE_PUNCT = /[。！？；!?;，,]/u;
/** A label before a colon, e.g. "问题描述：", "1、网络问题：". */
const LABEL = /^([^：:，,。]{1,16})[：:]\s*/u;
/** "…,,2. 联系银行:…": items of a list run into one paragraph, separated by commas. */
const RUN_ON_ITEM = /[,，]{1,2}\s*(?=\d{1,2}[.、．]\s*\S)/u;

const MAX_HEADING_CHARS = 30;

export function numberingOf(text: string): { style: string; rest: string } {
	for (const { style, pattern } of NUMBERING_STYLES) {
		const m = pattern.exec(text);
		if (m) return { style, rest: text.slice(m[0].length) };
	}
	return { style: 'plain', rest: text };
}

/** Splits running text into sentences on Chinese and Latin sentence punctuation; drops pieces of punctuation alone. */
export function splitSentences(text: string): string[] {
	return text
		.split(SENTENCE_END)
		.map((s) => s.trim())
		.filter((s) => HAS_WORDS.test(s));
}

/** A character that is neither punctuation nor space. */
const HAS_WORDS = /[^\p{P}\s]/u;

/** A title-like line: short, no sentence punctuation inside, not ending in a colon-introduced sentence. */
function isHeadingText(rest: string): boolean {
	const t = rest.replace(/[：:]$/u, '');
	return t.length > 0 && t.length <= MAX_HEADING_CHARS && !SENTENCE_PUNCT.test(t) && !/[：:]/u.test(t);
}

/** Splits "…,,1. A:…,,2. B:…" into its items; returns [text] when the paragraph is not such a list. */
export function splitRunOnList(text: string): string[] {
	const parts = text
		.split(RUN_ON_ITEM)
		.map((p) => p.replace(/[,，]+$/u, '').trim())
		.filter(Boolean);
	if (parts.length < 3) return [text];
	const numbered = parts.filter((p) => numberingOf(p).style === 'num');
	return numbered.length >= 2 ? parts : [text];
}

export function segment(source: CleanSource): SegmentItem[] {
	const items: SegmentItem[] = [];
	/** Open headings, outermost first, with the numbering style that opened each level. */
	const stack: Array<{ style: string; text: string }> = [];
	const headings = () => stack.map((h) => h.text);
	const blocks = source.blocks.filter((b) => b.text.trim() !== '');
	for (const [index, block] of blocks.entries()) {
		const text = block.text.trim();
		if (index === 0 && text === source.title) continue; // the title names the article; it is not content
		const { style, rest } = numberingOf(text);
		const isLast = index === blocks.length - 1;
		if (!isLast && isHeadingText(rest)) {
			const title = rest.replace(/[：:]$/u, '').trim();
			// A heading of a style already open closes that level and everything below it.
			const level = style === 'plain' ? 0 : stack.findIndex((h) => h.style === style);
			if (level >= 0) stack.length = level;
			stack.push({ style, text: title });
			items.push({
				file: source.file,
				line: block.line,
				role: 'heading',
				depth: stack.length,
				headings: headings().slice(0, -1),
				label: '',
				text: title,
				sentences: [title],
			});
			continue;
		}
		for (const part of splitRunOnList(text)) {
			const numbered = numberingOf(part);
			const isItem = numbered.style !== 'plain';
			const body = numbered.rest;
			const labelMatch = LABEL.exec(body);
			const label = labelMatch ? labelMatch[1]!.trim() : '';
			const content = labelMatch ? body.slice(labelMatch[0].length).trim() : body;
			const sentences = splitSentences(content);
			if (sentences.length === 0 && !label) continue;
			items.push({
				file: source.file,
				line: block.line,
				role: isItem || label ? 'item' : 'paragraph',
				depth: stack.length,
				headings: headings(),
				label,
				text: content || label,
				sentences: sentences.length ? sentences : [label],
			});
		}
	}
	return items;
}
