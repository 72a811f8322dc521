/**
 * Exam and quiz banks (issue 14): pages, or blocks of a page, of true/false propositions and multiple-choice items. Some
 * of their propositions are false on purpose ("助农取款服务点可以向持卡人取款手续费收取现金。"), and nothing in a
 * proposition's own form tells, so a bank is recognised by the structure of the page around it: a heading that names a
 * question bank (最新试题, 您可能感兴趣的试题, 判断题, 单选题 …) opens a block that runs to the end of the page; a run of
 * lettered options (A. … B. … C. …) or an answer key (正确答案：B) marks its question. The check reads the page's lines,
 * kept and removed alike (the cleaner may remove the bank's heading as furniture: the propositions under it stay items
 * of a bank).
 */

/** One line of a page, as the cleaner saw it. */
export interface PageLine {
	line: number;
	text: string;
}

/** A short line naming a question bank: "最新试题", "您可能感兴趣的试卷", "判断题", "单选题（共10题）". */
const BANK_HEADING = /试题|试卷|题库|考题|习题|真题|模拟题|判断题|选择题|单选题?|多选题?|填空题|简答题|练习题|测试题/u;
/** A lettered option: "A.联机退货", "B、手工退货", "C：电子退货". */
const OPTION = /^\s*[A-DＡ-Ｄ]\s*[.．、:：)）]\s*\S/u;
/** Several options on one line: "A.补卡 B.换卡 C.销户". */
const INLINE_OPTIONS = /(?:^|\s)[A-D]\s*[.．、]\s*\S+(?:\s+[A-D]\s*[.．、]\s*\S+){2,}/u;
/** An answer key: "正确答案：B", "参考答案：对", "答案：×". */
const ANSWER_KEY = /^\s*(?:正确答案|参考答案|标准答案|答案)\s*[:：]\s*(?:[A-D]{1,4}|对|错|正确|错误|√|×)\s*$/u;
/** A question stem: ends with a question mark, or leaves a blank to fill ("在下列（）情况下……"), or asks which. */
const STEM = /[？?]\s*$|[（(]\s*[)）]|_{2,}|下列|以下哪|哪(?:些|个|项|种)/u;
/** Content characters: a heading is short. */
const content = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

export interface ExamBankRule {
	id: string;
	label: 'question';
	description: string;
	/** Real page shapes: the lines of a page and the line numbers the check must withhold (tests/unit/exam-bank.test.ts). */
	examples: ReadonlyArray<{ lines: readonly string[]; withholds: readonly number[] }>;
	/** The lines of a page that are items of a question bank, each with what showed it. */
	find(lines: readonly PageLine[]): Map<number, string>;
}

export const EXAM_BANK: ExamBankRule = {
	id: 'exam-bank',
	label: 'question',
	description:
		'Items of an exam or quiz bank: every line after a short heading that names a question bank (最新试题, 判断题 …; to the end of the page), and a run of three or more lettered options or an answer key with the question stem before it, when the stem asks (？, a blank （）, 下列/哪些) or the page has several such runs (a lettered list of steps under 解决方式： is no bank). Decided by the page structure, not by a proposition’s own words; a page that only answers a question under 答案解析 is not a bank.',
	examples: [
		{
			lines: [
				'您可能感兴趣的试卷',
				'最新试题',
				'冲正交易由POS自动发起，无需由收银员进行操作。',
				'助农取款服务点可以向持卡人取款手续费收取现金。',
			],
			withholds: [1, 2, 3, 4],
		},
		{
			lines: ['签购单的保存期限是多少？', 'A.半年', 'B.一年', 'C.两年', '余额不足时交易会被拒绝。'],
			withholds: [1, 2, 3, 4],
		},
		{ lines: ['问题详情', '如果同商家发生购物纠纷，应如何处理？', '答案解析', '请先与商店沟通。'], withholds: [] },
		{ lines: ['2、解决方式：', 'A、检查POS机网络通讯配置是否正常', 'B、联系收单机构的售后人员', 'C、请持卡人联系发卡行'], withholds: [] },
	],
	find(lines) {
		const found = new Map<number, string>();
		const sorted = [...lines].filter((l) => l.text.trim() !== '').sort((a, b) => a.line - b.line);
		const bank = sorted.findIndex((l) => content(l.text) <= 14 && !/[。，,；;！!？?]/u.test(l.text) && BANK_HEADING.test(l.text));
		if (bank >= 0) for (const l of sorted.slice(bank)) found.set(l.line, sorted[bank]!.text.trim());
		// Runs of three or more lettered options, each with the line before it (the stem). A lettered list of steps
		// ("2、解决方式：" A、… B、… C、…) is no bank: a run counts when its stem asks, or when the page has several runs.
		const runs: Array<{ from: number; to: number }> = [];
		for (let i = 0; i < sorted.length; i++) {
			if (INLINE_OPTIONS.test(sorted[i]!.text) || ANSWER_KEY.test(sorted[i]!.text)) {
				runs.push({ from: Math.max(0, i - 1), to: i + 1 });
				continue;
			}
			let j = i;
			while (j < sorted.length && OPTION.test(sorted[j]!.text)) j++;
			if (j - i >= 3) {
				runs.push({ from: Math.max(0, i - 1), to: j });
				i = j - 1;
			}
		}
		for (const run of runs) {
			if (runs.length < 2 && !STEM.test(sorted[run.from]!.text)) continue;
			for (const l of sorted.slice(run.from, run.to)) found.set(l.line, sorted[run.to - 1]!.text.trim().slice(0, 12));
		}
		return found;
	},
};
