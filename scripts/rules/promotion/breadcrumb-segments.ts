import type { DocumentLine, DocumentRule } from './types.ts';

/**
 * A site's section names, scraped as lines of their own from its menu and page header (特约商店专区, 特店问答集), are the
 * same names its breadcrumb lists (首页 特约商店专区 特店问答集). The breadcrumb says which short lines are the site's
 * sections: a line that is only one of its segments is the menu, not a heading of the article.
 */

/** A breadcrumb: 首页 / 当前位置 first, then segments separated by > » › → / | or spaces. */
const BREADCRUMB_HEAD = /^(?:(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]\s*)?(?:首页|主页|网站首页)(?=\s|[>»›→/|｜])/u;
/** Separators between segments. */
const SEPARATOR = /\s*[>»›→/|｜]\s*|\s+/u;
/** Segments that name no section. */
const NOT_A_SECTION = /^(?:首页|主页|网站首页|正文|当前位置|您的位置)[:：]?$/u;
/** A section name is short and has no sentence punctuation. */
const SECTION = /^[^,，。;；:：!！?？]{2,16}$/u;

/** The section names of the page's breadcrumbs. */
function segments(lines: readonly DocumentLine[]): Set<string> {
	const names = new Set<string>();
	for (const { text } of lines) {
		const trimmed = text.trim();
		if (!BREADCRUMB_HEAD.test(trimmed) || trimmed.length > 80) continue;
		const parts = trimmed
			.replace(/^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]\s*/u, '')
			.split(SEPARATOR)
			.filter((part) => part !== '' && !NOT_A_SECTION.test(part));
		if (parts.length < 2) continue;
		for (const part of parts) if (SECTION.test(part)) names.add(part);
	}
	return names;
}

export const breadcrumbSegmentRule: DocumentRule = {
	id: 'breadcrumb-segment',
	scope: 'document',
	phase: 'before',
	articleOnly: true,
	description:
		'A short line (2–16 characters, no sentence punctuation) that is exactly one segment of the page’s own breadcrumb (a line that starts with 首页 or 当前位置 and lists at least two sections, separated by >, /, | or spaces: 首页 特约商店专区 特店问答集) is the site’s menu or page header repeating a section name, and is removed. The title is never removed; a heading that is not a segment of a breadcrumb stays, and so does every line of a page without a breadcrumb.',
	examples: {
		removes: [
			'特约商店专区\n特店问答集\n首页 特约商店专区 特店问答集\n1.端末机报修处理约需多少时间?\n特约商店报修须在1个小时内与特店联系。',
		],
		keeps: ['常见故障\n刷卡失败时先检查网络信号。\n常见故障的处理方法见下文。', '特约商店专区\n特约商店报修须在1个小时内与特店联系。'],
	},
	select(lines) {
		const names = segments(lines);
		if (names.size === 0) return [];
		const selected: number[] = [];
		lines.forEach(({ text }, index) => {
			if (index > 0 && names.has(text.trim())) selected.push(index);
		});
		return selected;
	},
};
