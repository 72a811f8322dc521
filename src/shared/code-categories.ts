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
