/** UnionPay POS response-code categories, as the code pages and the code index explain them. */
export const CODE_CATEGORY_LABEL = {
	A: 'A 类：交易成功',
	B: 'B 类：交易失败，可重试',
	C: 'C 类：交易失败，不要重试',
	D: 'D 类：交易失败，需要终端操作员处理',
	E: 'E 类：系统故障，不要重试',
} as const;
