import type { DocumentLine, DocumentRule } from './types.ts';

/**
 * A site's section names, scraped as lines of their own from its menu and page header (特约商店专区, 特店问答集), are the
 * same names its breadcrumb lists (首页 特约商店专区 特店问答集). The breadcrumb says which short lines are the site's
 * sections: a line that is only one of its segments is the menu, not a heading of the article.
 */

/** The label of a breadcrumb: 当前位置:, 您现在的位置是:. */
const POSITION_LABEL = /^(?:当前位置|您的位置|你的位置|(?:您|你)现在的位置|所在位置)(?:是|在)?\s*[:：]\s*/u;
/**
 * A breadcrumb: 首页 / 当前位置 first, then segments separated by > » › → / | or spaces; after a position label the site's
 * name may stand for 首页 (您现在的位置是:理财鱼 > 银行理财 >), with > between the segments.
 */
const BREADCRUMB_HEAD = new RegExp(
	`^(?:(?:${POSITION_LABEL.source.slice(1)})?(?:首页|主页|网站首页)(?=\\s|[>»›→/|｜])|(?:${POSITION_LABEL.source.slice(1)})[^>»›→,，。;；!！?？]{1,16}\\s*[>»›→])`,
	'u',
);
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
			.replace(POSITION_LABEL, '')
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
		'A short line (2–16 characters, no sentence punctuation) that is exactly one segment of the page’s own breadcrumb (a line that starts with 首页 or 当前位置 and lists at least two sections, separated by >, /, | or spaces: 首页 特约商店专区 特店问答集; after a position label the site’s name may stand for 首页: 您现在的位置是:理财鱼 > 银行理财 >) is the site’s menu or page header repeating a section name, and is removed; as the first line it is never the title (the article’s own title is the next line). The title is never removed; a heading that is not a segment of a breadcrumb stays, and so does every line of a page without a breadcrumb.',
	examples: {
		removes: [
			'特约商店专区\n特店问答集\n首页 特约商店专区 特店问答集\n1.端末机报修处理约需多少时间?\n特约商店报修须在1个小时内与特店联系。',
			// A finance blog (heldout-15, p-ce6c814257): the site's name stands for 首页.
			'您现在的位置是:理财鱼 > 银行理财 >\n银行理财\n一般是看MCC码来判断的。',
		],
		keeps: ['常见故障\n刷卡失败时先检查网络信号。\n常见故障的处理方法见下文。', '特约商店专区\n特约商店报修须在1个小时内与特店联系。'],
	},
	// Below a breadcrumb (您现在的位置是:理财鱼 > 银行理财 >) its section name (银行理财) is the page header, not the title.
	rejectsTitle: (text, _context, lines) => segments(lines).has(text.trim()),
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
