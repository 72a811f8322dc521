/** UnionPay POS response-code categories, as the code pages and the code index explain them. */
export const CODE_CATEGORY_LABEL = {
	A: 'A 类：交易成功',
	B: 'B 类：交易失败，可重试',
	C: 'C 类：交易失败，不要重试',
	D: 'D 类：交易失败，需要终端操作员处理',
	E: 'E 类：系统故障，不要重试',
} as const;

/** Shown for a code that none of the tables puts in a category (e.g. 45, A7: listed only by the newer UnionPay appendix). */
export const UNCLASSIFIED_LABEL = '未分类（银联 V1 表没有这个码）';

/** The label of a code's category, or the unclassified label. */
export const codeCategoryLabel = (category: keyof typeof CODE_CATEGORY_LABEL | undefined): string =>
	category ? CODE_CATEGORY_LABEL[category] : UNCLASSIFIED_LABEL;

/**
 * Aliases of a code page: the ways people write any code (应答码51, 返回码51, 交易失败51) before the code's own
 * aliases. Shared by the page and the search vocabulary, so both index the same words.
 */
export function codePageAliases(code: { id: string; aliases: readonly string[] }): string[] {
	return [`应答码${code.id}`, `返回码${code.id}`, `交易失败${code.id}`, ...code.aliases];
}

/**
 * The aliases a code page shows: {@link codePageAliases} once each, in order (the code's own aliases often repeat the
 * common forms, 应答码51, 交易失败51).
 */
export function codeShownAliases(code: { id: string; aliases: readonly string[] }): string[] {
	return [...new Set(codePageAliases(code))];
}

/**
 * The short title of a code page and of its links: the name of the meaning without its explanation (余额不足 of
 * "余额不足：账户可用资金……"; 交易成功 of "交易成功，发卡行已批准（承兑）。"). A name longer than 12 characters is cut at
 * its first comma.
 */
export function codeShortMeaning(meaning: string): string {
	const name = meaning.split('：')[0]!.replace(/[。.]$/u, '');
	return name.length > 12 && name.includes('，') ? name.split('，')[0]! : name;
}

/** In a word or two, whether the terminal operator may send the same card again, by category. */
export const CODE_RETRY_SHORT = {
	A: '已成功，不要重刷',
	B: '可以重试',
	C: '不要重试',
	D: '先处理再重试',
	E: '不要重试',
} as const;
