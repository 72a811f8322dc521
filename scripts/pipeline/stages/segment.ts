import { roleOf } from '../../rules/statement-role/index.ts';
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
/** Letters and digits a run-in title may have at most ("银行卡余额不足。", "连续密码输入不正确。"). */
const MAX_RUN_IN_TITLE_CHARS = 12;
/** A short sentence that is a title: no clause break, quote or code inside, ended by a full stop alone. */
const TITLE_SENTENCE = /^([^，,；;：:。！!？?、“”"「」（）()\d]{2,40})[。．.]$/u;
const contentChars = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * The title of a numbered item set as a short sentence of its own — "一、银行卡余额不足。机刷这种情况很常见，……",
 * "4.连续密码输入不正确。" above its paragraph — and the body run on after it. A title names a condition in a few
 * words without a clause break (at most {@link MAX_RUN_IN_TITLE_CHARS} letters); the body is what the item states. The
 * item reads as if the title had a line of its own. A step is not a title: a first sentence that tells what to do
 * ("检查信号是否稳定。如信号不好，……", "定期维护设备。……": a remedy or prevention by its form, scripts/rules/statement-role/)
 * stays with its explanation. Undefined when the item does not open so, or when nothing follows the title (in the item
 * or, with `bodyFollows`, in the next paragraph).
 */
export function splitRunInTitle(rest: string, bodyFollows = false): { title: string; body: string } | undefined {
	const [first, ...others] = splitSentences(rest);
	const m = first === undefined ? null : TITLE_SENTENCE.exec(first);
	if (!m || contentChars(m[1]!) > MAX_RUN_IN_TITLE_CHARS) return undefined;
	const role = roleOf(first!)?.role;
	// A measure said mid-title ("使用时避免操作错误") is a step too.
	if (role === 'remedy' || role === 'prevention' || /避免|防止|切勿|不要/u.test(m[1]!)) return undefined;
	const body = rest.slice(rest.indexOf(first!) + first!.length).trim();
	const bodyChars = contentChars(body);
	if (others.length === 0 ? !bodyFollows : bodyChars < 2 * contentChars(m[1]!)) return undefined;
	return { title: m[1]!.trim(), body };
}

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

/** The numbering of a line with its mark ("num." and "num、" are different lists), or undefined for an unnumbered line. */
function markOf(text: string): string | undefined {
	const { style, rest } = numberingOf(text);
	if (style === 'plain') return undefined;
	const prefix = text.slice(0, text.length - rest.length).trim();
	return `${style}${prefix.at(-1) ?? ''}`;
}

/**
 * Is the nearest line of the same numbering and mark before or after this one a title (a heading line, or a title set
 * as a sentence with its body run on)? Then the list is a list of titles.
 */
function neighbourIsTitle(blocks: ReadonlyArray<{ text: string }>, index: number): boolean {
	const mark = markOf(blocks[index]!.text.trim());
	if (mark === undefined) return false;
	for (const step of [-1, 1]) {
		for (let i = index + step; i >= 0 && i < blocks.length; i += step) {
			const text = blocks[i]!.text.trim();
			if (markOf(text) !== mark) continue;
			const { rest } = numberingOf(text);
			if (isHeadingText(rest) || splitRunInTitle(rest) !== undefined) return true;
			break;
		}
	}
	return false;
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
		const openHeading = (title: string) => {
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
		};
		if (!isLast && isHeadingText(rest)) {
			openHeading(rest.replace(/[：:]$/u, '').trim());
			continue;
		}
		// A numbered title set as a sentence, its body run on after it; or alone, above an unnumbered paragraph, in a list
		// whose neighbouring item of the same numbering is a title too ("3.系统故障或网络延迟" / "4.连续密码输入不正确。").
		const next = blocks[index + 1]?.text.trim();
		const titleAlone = next !== undefined && numberingOf(next).style === 'plain' && !isHeadingText(next) && neighbourIsTitle(blocks, index);
		const runIn = style === 'plain' || style === 'bullet' ? undefined : splitRunInTitle(rest, titleAlone);
		if (runIn) {
			openHeading(runIn.title);
			if (!runIn.body) continue;
		}
		const parts = runIn ? [runIn.body] : splitRunOnList(text);
		for (const part of parts) {
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
