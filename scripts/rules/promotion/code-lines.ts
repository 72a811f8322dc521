import { spansOf } from './shared.ts';
import type { LineRule, Span, WordsRule } from './types.ts';

/**
 * Program code and document markup pasted into an article as whole lines: a fence with a language name (``` mermaid),
 * an admonition marker (:::success, :::), a diagram header (graph TD;), an assignment of a literal or a call to a
 * code identifier (balance = 100, EDC_Bank.name = "fubon", card_number = input(…)), a call to an output function
 * (print(…), console.log(…)), a control line (if x < y:, else:), a C declaration (typedef struct ISO8583 {,
 * ISO8583 Tbl8583[128] = {) and a short Latin comment (/* FLD 1 *\/). None of them is a sentence a reader of a
 * troubleshooting article reads; the prose around the code stays.
 */

/** A code identifier: Latin letters, digits and `_`, dotted; with a lower-case letter or `_` (MCC, TID are field names of prose). */
const IDENT = String.raw`(?=[A-Za-z_][\w.]*[a-z_])[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*`;
/** A literal or a call on the right of an assignment. */
const VALUE = String.raw`(?:-?\d[\d.]*|"[^"]*"|'[^']*'|True|False|None|null|true|false|\[[^\]]*\]|\{[^}]*\}|[A-Za-z_][\w.]*\s*\(.*\))`;
const CODE_LINES: readonly RegExp[] = [
	// A fence with a language name or an admonition marker.
	/^\s*(?:```|~~~)\s*[A-Za-z][\w+-]{0,15}\s*$/u,
	/^\s*:::\s*[a-z]{0,12}\s*$/u,
	// A diagram header (mermaid, flowchart).
	/^\s*(?:graph|flowchart)\s+(?:TD|TB|BT|LR|RL)\s*;?\s*$/u,
	/^\s*(?:sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|gantt|erDiagram)\s*$/u,
	// An assignment, a call to an output function, a control line.
	new RegExp(String.raw`^\s*${IDENT}\s*=\s*${VALUE}\s*;?\s*$`, 'u'),
	/^\s*(?:print|printf|println|console\.log|System\.out\.println|echo)\s*\(.*\)\s*;?\s*$/u,
	new RegExp(String.raw`^\s*(?:if|elif|while)\s+${IDENT}\s*(?:[<>]=?|[!=]=|\bin\b|\bnot in\b).*:\s*$`, 'u'),
	/^\s*(?:else|try|finally|except(?:\s+\w+)?)\s*:\s*$/u,
	// C declarations and a short Latin comment.
	/^\s*(?:typedef\s+)?struct\s+\w+\s*\{?\s*$/u,
	/^\s*[A-Za-z_]\w*\s+[A-Za-z_]\w*\s*\[\d*\]\s*=\s*\{\s*$/u,
	/^\s*\/\*[\sA-Za-z0-9_.:#-]{1,30}\*\/\s*,?\s*$/u,
];

export const codeLineRule: LineRule = {
	id: 'code-line',
	scope: 'line',
	description:
		'A whole line of program code or document markup: a code fence with a language name (``` mermaid), an admonition marker (:::success, :::), a diagram header (graph TD;), an assignment of a literal or a call to an identifier with a lower-case letter or _ (balance = 100, EDC_Bank.name = "fubon", card_number = input("…")), a call to an output function (print(…)), a control line (if balance < required_amount:, else:), a C declaration (typedef struct ISO8583 {, ISO8583 Tbl8583[128] = {) and a short Latin comment (/* FLD 1 */). Prose that names a field or a value (MCC=5411 表示超市, 返回码 = 05 表示…) has Han text or an upper-case field name and stays.',
	examples: {
		removes: [
			'## 流程圖\n``` mermaid\ngraph TD;\n既有流程至選付款別-->選取連線信用卡',
			':::success\n目前辨識ATEN USB 轉RS-232轉換器為EDC\n:::',
			'透卡余额不足是导致兑换失败最常见的原因之一。\nbalance = 100\nrequired_amount = 150\nif balance < required_amount:\nprint("透卡余额不足,请先充值。")\nelse:',
			'card_number = input("请输入透卡卡号:")',
			'8583包最多由128个字段域组成。\ntypedef struct ISO8583 {\nISO8583 Tbl8583[128] = {\n/* FLD 1 */',
		],
		keeps: [
			'MCC=5411 表示超市类商户。',
			'TID = 12345678',
			'返回码 = 05 表示不予承兑。',
			'如果余额不足:请先充值。',
			'8583包最多由128个字段域组成。',
		],
	},
	matches(line) {
		return CODE_LINES.some((pattern) => pattern.test(line));
	},
};

/**
 * The labels of a writing template that a machine-written article left in as lines of their own (主题句, 细节说明,
 * 支持细节, 过渡句, 总结句), the field names of a question-and-answer page standing alone (问题描述:, 问题补充:, 回答:,
 * 最佳答案), and a header line made only of such field names (问题描述 原因分析 解决方法): the text under them stays.
 */
const TEMPLATE_LABEL = /^\s*(?:主题句|中心句|细节说明|细节描述|支持细节|支撑细节|过渡句|总结句|结论句|论点句|论据)\s*[:：]?\s*$/u;
/** Field names of a question-and-answer page (zhidao-style answer farms), as a label line of their own. */
const QA_FIELD = '(?:问题描述|问题补充|问题详情|补充说明|回答|最佳答案|推荐答案|满意答案|优质答案|网友回答|其他回答|精选回答)';
const QA_LABEL = new RegExp(`^\\s*${QA_FIELD}\\s*[:：]?\\s*$`, 'u');
/** Field names of a troubleshooting template (the columns of a flattened table or a form). */
const TEMPLATE_FIELD =
	'(?:问题描述|问题分析|问题现象|故障现象|故障描述|原因分析|原因说明|可能原因|故障原因|解决方法|解决方案|解决办法|处理方法|处理办法|处理方式|处理建议|详细说明)';
/** A header line of two or more template field names and nothing else (问题描述 原因分析 解决方法). */
const FIELD_HEADER = new RegExp(`^\\s*${TEMPLATE_FIELD}(?:\\s+${TEMPLATE_FIELD}){1,5}\\s*$`, 'u');

export const templateLabelRule: LineRule = {
	id: 'template-label',
	scope: 'line',
	description:
		'A line that is only a label of the template the page was made from: a writing template of a machine-written article (主题句, 中心句, 细节说明, 支持细节, 过渡句, 总结句, 结论句), a field name of a question-and-answer page (问题描述:, 问题补充:, 回答:, 最佳答案, 推荐答案, 满意答案), or a header line of two or more troubleshooting field names separated by spaces (问题描述 原因分析 解决方法, the column names of a flattened table). The text under the label and the rows of the table stay; the same words inside a sentence (本段的主题句是…, 细节说明见下表。) or a label that names the problem (原因一:网络不稳定) stay, and a single field name such as 解决方法: heads its section and stays.',
	examples: {
		removes: [
			'原因一:透卡余额不足\n主题句\n透卡余额不足是导致兑换失败最常见的原因之一。\n细节说明\n- 检查余额:在尝试兑换前,首先检查余额是否足够。',
			// p-9e9dac3e29 (heldout-12): the Q&A labels of the page and the header of its flattened table.
			'问题描述:\n银行卡插卡的正确方式,有没有人理理我呀?急死啦!\n最佳答案\n三、常见问题及解决方法\n问题描述 原因分析 解决方法\n卡片无法插入 方向错误或插卡口脏 重新调整方向,清理插卡口',
			'问题补充:\n刷卡后提示交易失败,但是钱扣了。\n回答:\n一般会在1-7个工作日内退回。',
		],
		keeps: [
			'本段的主题句说明了刷卡失败的主要原因。',
			'细节说明见下表。',
			// p-9cc44fa062: a single field name heads its section.
			'解决方法:\n请持卡人联系发卡银行确认卡片状态和可用额度。',
			'最佳答案是先联系发卡行。',
		],
	},
	matches(line) {
		return TEMPLATE_LABEL.test(line) || QA_LABEL.test(line) || FIELD_HEADER.test(line);
	},
};

/**
 * The label of a question-and-answer template opening a paragraph (问题描述：…, 原因分析：…, 解决方法：…, 最佳答案 …): the
 * template's field name, not part of what the paragraph says. A label that names the problem itself (原因一：网络不稳定) is
 * a heading and stays.
 */
const LEADING_TEMPLATE_LABEL =
	/^\s*(?:(?:问题描述|问题分析|原因分析|原因说明|解决方法|解决方案|解决办法|处理方法|处理办法|处理方式|详细说明)\s*[:：]|(?:最佳答案|推荐答案|满意答案|优质答案|精选回答|网友回答|问题补充)(?:\s*[:：]|\s+))\s*(?=\S)/u;

export const leadingTemplateLabelRule: WordsRule = {
	id: 'leading-template-label',
	scope: 'words',
	// A template label in a statement is no promotion: the publication gate and the page check leave it to the cleaner.
	articleOnly: true,
	description:
		'The field name of a question-and-answer template at the start of a paragraph is removed and the paragraph after it stays: a field name with its colon (问题描述：, 问题分析：, 原因分析：, 解决方法：, 解决方案：, 处理方法：, 详细说明：), or the label of an answer farm with a colon or a space (最佳答案 , 推荐答案 , 满意答案 , 问题补充：). A label that names the problem (原因一：网络不稳定) is a heading, and the same words inside a sentence (具体的解决方法：见下文, 最佳答案是先联系发卡行) stay.',
	examples: {
		removes: [
			'问题描述:读卡器是POS机读取银行卡信息的关键部件,若损坏或老化,将无法正确识别银行卡信息。',
			'解决方法：重启POS机后再试。',
			// p-44a146cbd6 (heldout-11), after stage 2.
			'最佳答案 pos机没出小票,交易不成功:刷卡后,偶尔会出现pos机未出小票,而持卡人收到银行扣款简讯的情况。',
		],
		keeps: ['原因一:网络不稳定', '常见的解决方法:先重启终端。', '最佳答案是先联系发卡行。'],
	},
	spans(text): Span[] {
		const match = LEADING_TEMPLATE_LABEL.exec(text);
		return match ? [[match.index, match.index + match[0].length]] : [];
	},
};

/** A C struct declaration glued into a paragraph, with its comments: typedef struct ISO8583 { … } ISO8583; */
const TYPEDEF = /typedef\s+struct\s+\w+\s*\{[^{}]*\}\s*\w*\s*;?/gu;
/** A C array initialiser to its closing brace or the end of the text (a row cut off there too): ISO8583 Tbl8583[128] = { {0,"BIT MAP",8}, … }; */
const ARRAY_INIT = /\b[A-Za-z_]\w*\s+[A-Za-z_]\w*\s*\[\d*\]\s*=\s*\{(?:[^{}]|\{[^{}]*\})*(?:\}\s*;?|\{[^{}]*$|$)/gu;

export const inlineCodeRule: WordsRule = {
	id: 'inline-code',
	scope: 'words',
	description:
		'C code glued into a paragraph by the extraction: a struct declaration (typedef struct ISO8583 { int bit_flag; /*…*/ } ISO8583;) and an array initialiser with its rows (ISO8583 Tbl8583[128] = { /* FLD 1 */ {0,"BIT MAP,EXTENDED ", 8, …}, … to its closing brace or the end of the text) are removed; the prose before them stays. A field named in prose (第41域为终端号) has no braces and stays.',
	examples: {
		removes: [
			'2、每个域的定义如下: typedef struct ISO8583 { int bit_flag; /*域数据类型*/ char *data_name; /*域名*/ } ISO8583; ISO8583 Tbl8583[128] = { /* FLD 1 */ {0,"BIT MAP,EXTENDED ", 8, 0, 0, 2, NULL,0}, /* FLD 2 */ {0,"PRIMARY ACCOUNT NUMBER ", 22, 0, 2, 0, NULL,0},',
		],
		keeps: ['8583包最多由128个字段域组成,每个域都有统一的规定。', '如使用41域,需将位图的41位设为1。'],
	},
	spans(text): Span[] {
		return spansOf(text, [TYPEDEF, ARRAY_INIT]);
	},
};
