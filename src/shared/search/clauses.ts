/**
 * The clauses of a long question and which of them state the problem. A story (大家好 我是一位小商家 在十一月份使用POS机
 * 进行了收款操作 但是却发现有一笔钱到现在都没有到账) mixes circumstance — who, when, where, what was bought, how much —
 * with the one clause that says what went wrong; the ranking (rank.ts) weighs the words of circumstance clauses down so
 * an entry that matches the story's setting (商户, 收款) does not outrank the one that answers its problem (未到账).
 *
 * Pure and browser-safe. Markers are the genre's, not any query's: what a terminal showed (显示, 提示, 报), a failure or
 * refusal (失败, 拒, 不能, 无法), money taken or not arriving (扣, 到账), and the contrast that introduces the problem in
 * a story (但, 却, 结果, 发现).
 */

import { HAN_CHAR as HAN } from '../chinese/han.ts';

/** Where a question's clauses part: punctuation, and spaces (people type a space where they would put a comma). */
const CLAUSE_SEPARATORS = /[，,。.；;！!？?、：:\s]+/u;

/**
 * A clause that states the problem: what the terminal showed, a failure, a refusal, money taken or missing, a negation
 * of what should have happened. Each marker is a whole word of the genre.
 */
export const PROBLEM_MARKERS = {
	id: 'problem-clause',
	description:
		'A clause with one of these words states the problem (显示/提示/失败/扣/没到账/拒绝…); the others of a long question are circumstance.',
	pattern:
		/显示|提示|报错|错误|失败|失敗|异常|故障|拒|扣|到账|到賬|到帐|不了|不能|不上|无法|無法|没有|沒有|没|沒|未|不成功|不到|不出|不肯|不让|不显示|刷不|冻结|凍結|锁|鎖|超限|用光|不足|被盗|盗刷|被刷|多收|收错|重复|退款|撤销|冲正|declin|error|fail|invalid|denied/iu,
} as const;

/**
 * A clause that sets the scene: when (昨天, 第二天, 下午, 十一月份), where (在…超市, 商场, 店里), who (我是, 大家好, 朋友,
 * 老公), what was bought (买, 购物, 购买). Only a clause with one of these and no problem marker weighs less: a clause
 * with neither may carry the story's turn (收银员便又刷了一次).
 */
export const CIRCUMSTANCE_MARKERS = {
	id: 'circumstance-clause',
	description: 'A clause with one of these words (time, place, person, purchase) and no problem marker is circumstance of a long question.',
	pattern:
		/昨天|今天|前天|明天|某天|那天|当天|當天|第二天|第三天|几天|幾天|上午|下午|晚上|早上|中午|凌晨|点钟|月份|年前|最近|近日|近期|上周|周末|大家好|我是|朋友|老公|老婆|家人|同事|顾客|顧客|消费者|消費者|商场|商場|超市|商城|便利店|饭店|餐厅|酒店|店里|门店|市场|购买|購買|购物|購物|买了|買了|准备买|消费了|在一家|一位|结账时|結賬時|付款时|付賬時|付账时/u,
} as const;

/** A question counts as long (its clauses weighed) from this many characters of text, separators not counted. */
export const LONG_QUESTION_CHARS = 14;

/** One clause of the question and whether it states the problem. */
export interface Clause {
	text: string;
	problem: boolean;
	/** Sets the scene and states no problem: its words weigh less. */
	circumstance: boolean;
}

/**
 * The question's clauses with their role, or none when it is short or has one clause, or when no clause states a
 * problem or none sets the scene: then there is nothing to weigh apart.
 */
export function problemClauses(query: string): Clause[] {
	if (!HAN.test(query)) return [];
	// A part without Han (an English word, a number, pos) belongs to the clause it stands in.
	const parts: string[] = [];
	for (const part of query.split(CLAUSE_SEPARATORS).filter(Boolean)) {
		if (parts.length > 0 && !HAN.test(part)) parts[parts.length - 1] += ` ${part}`;
		else if (parts.length > 0 && !HAN.test(parts[parts.length - 1] as string)) parts[parts.length - 1] += ` ${part}`;
		else parts.push(part);
	}
	if (parts.length < 2 || parts.join('').replace(/\s+/g, '').length < LONG_QUESTION_CHARS) return [];
	const clauses = parts.map((text) => {
		const problem = PROBLEM_MARKERS.pattern.test(text);
		return { text, problem, circumstance: !problem && CIRCUMSTANCE_MARKERS.pattern.test(text) };
	});
	if (!clauses.some((c) => c.problem) || !clauses.some((c) => c.circumstance)) return [];
	return clauses;
}
