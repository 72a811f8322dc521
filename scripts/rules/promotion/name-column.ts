import { spansOf } from './shared.ts';
import type { DocumentLine, RuleContext, Span, WordsRule } from './types.ts';

/**
 * People's names in a document's revision or author table: a column of cells that are 2–3 Han characters beginning
 * with a common surname and carry no verb (邓文泉, 王晶), in a table whose header names the column (作者, 修订人,
 * 负责人…) or where the same name comes back in several rows; and a labelled list of such names (作者:张伟 李娜).
 * A name is who wrote a document, never a fact about a payment; the rest of the row (version, date, change) stays.
 */

/** The most common Chinese surnames (Simplified and Traditional forms), first character of a personal name. */
const SURNAMES =
	'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯康宁寧';
const NAME = new RegExp(`^[${SURNAMES}][\\p{Script=Han}]{1,2}$`, 'u');
/** A header cell naming a column of people. */
const PEOPLE_HEADER =
	/^(?:作者|修订人|修訂人|修改人|编写人|編寫人|编写|編寫|负责人|負責人|维护人|維護人|审核人|審核人|撰写人|撰寫人|提交人|更新人|起草人|记录人|記錄人)$/u;
/** A label before a list of names. */
const NAME_LIST_LABEL = /^(?:作者|编辑|編輯|责任编辑|責任編輯|审核|審核|撰稿|记者|記者|修订人|修訂人|起草人|编写人|編寫人)\s*[:：]\s*/u;

const cellsOf = (text: string): string[] => text.trim().split(/\s+/u);

/** Common words that begin with a surname character and stand as a table cell (not names). */
const NOT_NAMES =
	/^(?:高风险|高额|方式|周期|周末|白名单|程序|严重|严格|任意|万元|钱款|金融|黄色|白色|石油|龙头|孔位|夏季|秦岭|江湖|宋体|黄金|毛利)$/u;
/** Rows with a name as last cell, without a people header, that make a names column. */
const MIN_NAME_ROWS = 4;

function isNameCell(cell: string, context: RuleContext): boolean {
	return NAME.test(cell) && !NOT_NAMES.test(cell) && !context.lexicon.topicWords.test(cell) && !context.lexicon.cities.test(cell);
}

/**
 * The names of a people column: the last cells of rows under a people header; without one, the last cells of table
 * rows when {@link MIN_NAME_ROWS}+ rows end in a name, 2+ different names, one of them repeated, and most rows of 3+
 * cells end in one.
 */
function tableNames(lines: readonly DocumentLine[], context: RuleContext): string[] {
	const names = new Set<string>();
	const counts = new Map<string, number>();
	let underHeader = false;
	let tableRows = 0;
	for (const { text } of lines) {
		const cells = cellsOf(text);
		const last = cells.at(-1) ?? '';
		if (cells.length >= 3 && PEOPLE_HEADER.test(last)) {
			underHeader = true;
			continue;
		}
		if (cells.length >= 3) tableRows++;
		if (!(cells.length >= 3 && isNameCell(last, context))) {
			if (cells.length < 3) underHeader = false;
			continue;
		}
		if (underHeader) names.add(last);
		counts.set(last, (counts.get(last) ?? 0) + 1);
	}
	const rows = [...counts.values()].reduce((sum, n) => sum + n, 0);
	const repeated = [...counts.values()].some((n) => n >= 2);
	if (rows >= MIN_NAME_ROWS && counts.size >= 2 && repeated && rows * 5 >= tableRows * 3) for (const name of counts.keys()) names.add(name);
	return [...names];
}

/** Names of a labelled list line: 作者:张伟 李娜 / 审核:王晶、刘雷. */
function listNames(lines: readonly DocumentLine[]): string[] {
	const names: string[] = [];
	for (const { text } of lines) {
		const label = NAME_LIST_LABEL.exec(text.trim());
		if (!label) continue;
		const tokens = text
			.trim()
			.slice(label[0].length)
			.split(/[\s、,，/]+/u)
			.filter(Boolean);
		if (tokens.length >= 1 && tokens.length <= 8 && tokens.every((token) => NAME.test(token) && !NOT_NAMES.test(token)))
			names.push(...tokens);
	}
	return names;
}

const escapeName = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export const nameColumnRule: WordsRule = {
	id: 'name-column',
	scope: 'words',
	pageEvidence: true,
	description:
		'People’s names in a revision or author table — the last cell of table rows that is 2–3 Han characters beginning with a common surname (邓文泉, 王晶), under a header cell 作者/修订人/负责人… or repeated in several rows of 3+ — and the names of a labelled list (作者:张伟 李娜) are removed wherever they stand as a cell; the version, date and change of the row stay. A row that ends in a word of the subject or a city (交易 失败 冲正), a common word (高风险, 方式, 周期), a column of one repeated word, fewer than 4 name rows without a header, and a name inside a sentence stay.',
	examples: {
		removes: [
			'修订 日期 说明 作者\nV0.1 2019/6/3 新接口参数定义 邓文泉\nV0.2 2020/04/15 新增返回参数result_note 宁华雄',
			'V0.7 2021/01/21 修改说明 王晶\nV0.8 2021/02/24 新增状态 王晶\nV0.9 2021/03/17 支持单品营销 刘雷\nV1.0 2021/05/13 增加优惠信息返回 王晶',
			'作者:张伟 李娜',
		],
		keeps: [
			'代码 含义 处理\n05 不予承兑 联系发卡行\n51 余额不足 更换银行卡',
			'刷卡失败后,王晶先联系了发卡行。',
			'王先生的卡在POS机上刷卡失败。',
		],
	},
	collect(lines, context) {
		return [...new Set([...tableNames(lines, context), ...listNames(lines)])];
	},
	spans(text, context): Span[] {
		const names = context.collected.get('name-column') ?? [];
		if (names.length === 0) return [];
		const pattern = new RegExp(`(?<=^|[\\s:：、,，/])(?:${names.map(escapeName).join('|')})(?=$|[\\s、,，/])`, 'gu');
		const spans = spansOf(text, [pattern]);
		if (NAME_LIST_LABEL.test(text.trim()) && spans.length > 0) {
			const rest = text
				.trim()
				.replace(NAME_LIST_LABEL, '')
				.replace(pattern, '')
				.replace(/[\s、,，/]+/gu, '');
			if (rest === '') return [[0, text.length]];
		}
		return spans;
	},
};
