import { NARRATIVE_RULES } from './narrative.ts';
import { SPUN_RULES } from './spun.ts';
import type { StatementFormRule } from './types.ts';

/**
 * The structural checks of the statement-form check, in the order they are tried. Phrase lists (meta, filler,
 * furniture, calls) are editorial data (src/editorial/statement-form.yaml); these rules need no vocabulary.
 */

import { CODE_ROW, contentLength, opening, TERMINAL } from './text.ts';

export { CODE_ROW, opening } from './text.ts';

const question: StatementFormRule = {
	id: 'question',
	label: 'question',
	description:
		'Ends with a question mark, or with 吗/呢 before its final punctuation: a question asks, it does not state. A question followed by its answer in the same statement ends with the answer, so it stays.',
	examples: {
		rejects: ['POS机刷卡不成功但是钱扣了，怎么办？', '钱怎么没到账？', '第一，什么是平安卡结算失败？'],
		accepts: ['“POS刷卡失败但已扣费”是许多消费者支付过程中常见的问题。'],
	},
	rejects: (text) => {
		const t = text.trim();
		// A blank to fill in ("在下列（）情况下……") is an exam question.
		return /[？?][”’」』）)]*$/u.test(t) || /[吗呢][。！!]?$/u.test(t) || /[（(]\s*[)）]/u.test(t) ? t.slice(-6) : undefined;
	},
};

const leadIn: StatementFormRule = {
	id: 'lead-in',
	label: 'fragment',
	description:
		'Ends with a colon: it announces what follows (a list, a table, steps) and says nothing itself; the items are statements of their own.',
	examples: {
		rejects: [
			'主要原因包括：',
			'持续出现交易失败时，建议：',
			'刷卡失败通常指的是在POS机上进行交易时，由于各种原因导致交易未能成功完成，根据不同的标准，我们可以将刷卡失败分为以下几类：',
		],
		accepts: ['问题描述：读卡器是POS机读取银行卡信息的关键部件，若损坏或老化，将无法正确识别银行卡信息。'],
	},
	rejects: (text) => (/[：:]\s*$/u.test(text) ? text.trim().slice(-6) : undefined),
};

const table: StatementFormRule = {
	id: 'table',
	label: 'fragment',
	description:
		'A table row ("| 技术问题 | … |") or a table flattened into one line of short cells separated by spaces: cells without their header are not sentences.',
	examples: {
		rejects: [
			'| 网络或系统延迟 | 节假日、高峰期交易，银行或支付机构处理慢 | 耐心等1-3个工作日，一般会自动到账 |',
			'提示代码 含义 解决建议 01 查询发卡行 联系发卡行核实卡片状态 02 查询发卡行 查看账户余额，联系发卡行排查',
		],
		accepts: ['05 ——交易失败。', 'POS机与银行/支付平台的数据交互可能出现延迟，导致交易状态未及时更新。'],
	},
	rejects: (text) => {
		if ((text.match(/[|｜]/gu)?.length ?? 0) >= 2) return '|';
		const gaps = text.match(/(?<=[\p{Script=Han}\p{N}])\s+(?=[\p{Script=Han}\p{N}])/gu)?.length ?? 0;
		return gaps >= 4 ? 'cells separated by spaces' : undefined;
	},
};

const heading: StatementFormRule = {
	id: 'heading',
	label: 'heading',
	description:
		'A short title or label without a predicate and without sentence punctuation ("原因一：信用卡信息填写错误", "警惕“低价陷阱”": a closing quote is no sentence end; a title of two short clauses ending on a quoted word, "国外刷卡失败，问题不只出在「开通」", too). A response code with its meaning ("13——交易金额超限") is a statement, not a heading.',
	examples: {
		rejects: ['原因一：信用卡信息填写错误', '原因三：支付安全验证限制', '警惕“低价陷阱”', '国外刷卡失败，问题不只出在「开通」'],
		accepts: ['13——交易金额超限，请重试交易金额无效，采用小金额交易或与发卡行联系。', '07 ——没收卡。'],
	},
	rejects: (text) => {
		const t = text.trim();
		// A closing quote ends a sentence only after sentence punctuation: "警惕“低价陷阱”" is a title.
		const terminal =
			TERMINAL.test(t) && !(/^\p{Script=Han}[^“「『]*[“「『][^”」』]+[”」』]$/u.test(t) && !/[。！!；;…？?][”」』]$/u.test(t));
		if (CODE_ROW.test(t) || terminal) return undefined;
		// A title in two clauses ends on its quoted word, not on a sentence mark: "国外刷卡失败，问题不只出在「开通」".
		if (/[；;。！!]/u.test(t)) return undefined;
		if (/[，,]/u.test(t)) return /[^。！!；;…？?][”」』]$/u.test(t) && contentLength(t) <= 20 ? t : undefined;
		return contentLength(t) <= 16 ? t : undefined;
	},
};

const unterminated: StatementFormRule = {
	id: 'unterminated',
	label: 'fragment',
	description:
		'Does not end a sentence (no 。！； at the end): the source page was cut off mid-sentence ("……核对有", "尝试其他支") or the text is a label. Response-code rows ("01——交易失败，请联系发卡行") are written without a full stop and stay, unless they go on after a full stop or end on a word that needs what follows ("……核对有"). Judgment call: a list item written without a full stop is lost with them; on the labelled sample that is 1 statement of fact in 611.',
	examples: {
		rejects: [
			'注意保护个人隐私，不要在公共场合大声喊出自己的卡号密',
			'POS机显示交易失败但资金已扣除并非罕见问',
			'毕竟',
			'30 ——交易失败。请重试检查卡磁条是否完好或反方向刷',
			'25——交易失败，请联系发卡行发卡行未能找到有关记录，核对有',
		],
		accepts: ['01——POS机交易失败，请联系发卡行查发卡行或检查卡内余额', '检查银行卡是否已激活并具备刷卡功能；'],
	},
	rejects: (text) => {
		const t = text.trim();
		if (TERMINAL.test(t)) return undefined;
		// A code row is written without a full stop, but one whose text goes on after a full stop, or ends on a word that
		// needs what follows ("……核对有"), was cut off too.
		if (CODE_ROW.test(t) && !/。|[有的和或与及在把被对向]$/u.test(t)) return undefined;
		return t.slice(-6);
	},
};

const tooShort: StatementFormRule = {
	id: 'too-short',
	label: 'fragment',
	description:
		'Fewer than five letters or digits ("脚。", "资金冻结；"): too little to state anything. A response code with its meaning ("07 ——没收卡。") is exempt.',
	examples: { rejects: ['脚。', '资金冻结；'], accepts: ['07 ——没收卡。', '银行系统维护。'] },
	rejects: (text) => (!CODE_ROW.test(text) && contentLength(text) < 5 ? text.trim() : undefined),
};

/** Openings that need what came before: the subject or the condition is in another sentence. */
const DANGLING =
	/^(?:也可能是|或者|或是|可能是|一般是因为|(?:将会|就会|会)(?:影响|导致|造成|引起|出现)|(?:很|极|也|还)?(?:可能|容易)?会?(?:导致|引发|造成|引起)(?!.*(?:原因|因素))|而(?!且)|并且|以及|其中包括|其中有|如果是[，,]|如果是这种情况|如果这(?:些|一步|样)|(?:首先|其次|此外|另外|最后)[，,]可能是|它|这里面|那么(?![，,])|是指|是有|就是(?!我们|说)|由(?!于|此)[^，,。]{1,15}[，,])|^(?:例如|比如)[^，,；;]{0,14}[。；;]$|^(?:例如|比如)[，,].*等(?:原因|情况|问题)[。；]?$|^(?:如|例如|比如|诸如)[，,：:]?[^，,。；;：:]*(?:、[^，,。；;]*)+等等?(?:原因|情况|问题)?[。；;]?$/u;

const dangling: StatementFormRule = {
	id: 'dangling-start',
	label: 'fragment',
	description:
		'Opens with words that hang on the previous sentence: no subject ("也可能是……", "或者……", "可能是……", "引发……", "是指……", "它……" (what "it" is was named before), "那么后面的……"), a lost condition ("如果是这种情况，……", "如果这一步出问题，……"), a bare connective ("而……"), a passive without its subject ("由收单机构为签约商户设置，用于……"), or an example without a predicate ("例如，账户余额不足、账户被冻结或关闭等原因。", "比如提供营业执照和交易凭证。", a bare list of examples "如……、……、……等等。"). Alone, the reader cannot tell what it is about. A demonstrative subject ("这会导致……", "此时，……") stays: the entry it is placed under gives it its subject.',
	examples: {
		rejects: [
			'也可能是商户的收银设备出了问题；',
			'如果是这种情况，那么只需将卡片轻轻擦拭干净即可。',
			'例如，账户余额不足、账户被冻结或关闭等原因。',
			'而深入调查和优化方案则是确保问题得到彻底解决的关键所在。',
			'首先，可能是卡片本身的问题。',
			'或者交易金额异常，一天刷几十万。',
			'引发银行风控系统预警，容易被误认为套现。',
			'它们通常伪装成正规 POS机，但实际上通过二清机进行交易处理。',
			'它连接到银行，允许客户使用信用卡、借记卡或其他电子支付方式付款。',
			'是有银联或者银行对于商户的机子直接清，而这个钱直接到商户的账户。',
			'那么后面的几个数字就是为商户代码，也就是mcc码。',
			'由收单机构为签约商户设置，用于标明银联卡交易环境、商户主要业务范围和行业隶属关系。',
			'比如提供营业执照和交易凭证。',
			'如信用卡余额不足、信用卡刷卡金额超出了单笔/每日/每月的支付限额、信用卡被停卡等等。',
		],
		accepts: [
			'如遇网络中断、系统维护等情况，交易可能失败。',
			'影响分析：这会导致POS机无法读取磁条或芯片中的信息，从而无法完成交易。',
			'可能最常见的原因是银行系统问题。',
			'例如，软件版本过旧可能无法支持新版银行卡的功能，或者软件被病毒感染导致读卡器无法正常工作。',
			'导致批结算失败的常见原因，可以归纳为技术、操作和外部因素三类。',
			'就是我们在日常消费刷卡后，特约商户要求我们签字确认的单中POS签购单，是购单持卡人确认此笔消费的凭证。',
		],
	},
	rejects: (text) => DANGLING.exec(opening(text))?.[0],
};

const bareImperative: StatementFormRule = {
	id: 'bare-imperative',
	label: 'fragment',
	description:
		'A short instruction opening with 请 ("请稍后再刷卡。", "请联系开证行。"): the second half of a terminal message whose code and meaning are in the previous sentence. Longer advice that names its situation stays.',
	examples: {
		rejects: ['请稍后再刷卡。', '请与银行卡服务中心或发卡行联系。'],
		accepts: ['解决方案：请客户耐心等待片刻，或直接联系银行客服查询扣款情况，如资金确实被误扣，银行会负责退款。'],
	},
	rejects: (text) => (/^请/u.test(text.trim()) && contentLength(text) <= 18 ? text.trim() : undefined),
};

/** "可能由多种原因引起" with nothing enumerated: a lead that says only that there are causes. */
const VAGUE =
	/(?:多种|诸多|各种)(?:原因|因素)|多个方面|有很多种|原因有很多|(?:原因|因素)(?:可能)?有多种|并非单一原因|分几种情况|分为几种|(?:有|有好)几个原因|好几种原因|主要有以下(?:几点|作用|几个方面)|通过一些(?:预防)?(?:措施|方法)/u;
const ENUMERATION = /包括|比如|例如|其中|[如：、]/u;

const vague: StatementFormRule = {
	id: 'vague-causes',
	label: 'filler',
	description:
		'Says only that there are many causes ("……可能是由于多种原因导致的", "……后面有好几个原因"), or that there are uses or measures ("主要有以下作用", "可以通过一些预防措施来避免"), and names none of them. With an enumeration ("包括银行系统问题、网络延迟等") it is a summary of facts and stays.',
	examples: {
		rejects: [
			'总的来说，支付成功但款项未到账的情况可能由多种原因导致。',
			'POS机在处理卡交易时，若出现刷不出款项的情况，可能由多种因素引起。',
			'POS机多扣费用的原因可能有多种。',
			'签到是POS机使用过程中的一个重要环节，主要有以下作用。',
			'POS机重复到账可以通过一些预防措施来避免。',
			'其实，信用卡被拒绝后面有好几个原因，而不只是信额不够或刷爆卡那么简单。',
		],
		accepts: ['POS机刷卡未到账可能是由于多种原因造成的，包括银行系统问题、交易未被处理、网络延迟等。'],
	},
	rejects: (text) => {
		const m = VAGUE.exec(text);
		return m && !ENUMERATION.test(text.replace(VAGUE, '')) ? m[0] : undefined;
	},
};

const masked: StatementFormRule = {
	id: 'masked',
	label: 'fragment',
	description:
		'Contains a mask the source put in place of characters ("无**确读取", "确保****已经连接"), or empty quotation marks or title brackets where a name was taken out ("微信登录“”公众号……": the cleaner removed a brand or account name between them): what was there cannot be restored, and a statement with a hole is not published.',
	examples: {
		rejects: [
			'假如电源线松动或插座无**常供电，POS机无**常运行。',
			'在使用完****后，可以选择将其关机。',
			'微信登录“”公众号，点击修改结算卡即可。',
		],
		accepts: ['交易金额为100元，但POS机显示的是120元。', '终端提示“交易失败”时，先查询交易结果。'],
	},
	// Markdown emphasis (**漏洞**) is not a mask: pairs around a word are taken out first.
	rejects: (text) =>
		/[*＊]{2,}|[*＊](?=\p{Script=Han})(?<=\p{Script=Han}[*＊])|“\s*”|「\s*」|《\s*》|‘\s*’/u.exec(
			text.replace(/\*\*[^*\s，。；,;]{1,12}\*\*/gu, ''),
		)?.[0],
};

/** Characters that do not occur in Chinese prose: tone-marked pinyin, Greek and Cyrillic letters from a wrong encoding. */
const GARBLE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ\u0370-\u03ff\u0400-\u04ff]/u;

const garbled: StatementFormRule = {
	id: 'garbled',
	label: 'fragment',
	description:
		'Contains tone-marked pinyin or Greek/Cyrillic letters inside Chinese text: a page decoded with the wrong encoding or a pinyin gloss left mid-sentence ("？qū)υ冀灰椎…", "shù)据已经走到了发卡行"). Such text cannot be quoted as it stands.',
	examples: {
		rejects: [
			'一次退单指发卡机构对收单机构的信用卡交易拒绝或？qū)υ冀灰椎囊蓡？而向收单机构提出的拒绝付款。',
			'shù)据已经走到了发卡行，发卡行记录了这笔消费。',
		],
		accepts: ['IC卡是以芯片作为介质的银行卡。'],
	},
	rejects: (text) => GARBLE.exec(text)?.[0],
};

const opensMidway: StatementFormRule = {
	id: 'opens-midway',
	label: 'fragment',
	description:
		'Opens with a closing quote or bracket ("” 这个过程，就是“冲正”。"), with the tail of a date ("月5-7日都是法定休息日……"), or with one character before a comma (the end of a word cut in two: "理，并答复发卡机构提交无效。"): the beginning of the sentence is in another statement.',
	examples: {
		rejects: ['” 这个过程，就是“冲正”。', '）等情况也会导致交易失败。', '理，并答复发卡机构提交无效。'],
		accepts: ['“冲正”是系统自动撤销一笔没有完成的交易。', '如需调取签购单，收单机构会通知商户。'],
	},
	// One character before a comma is the end of a word cut in two ("理，并答复……"); an interjection ("哎，") is filler's.
	rejects: (text) => /^\s*(?:[”’」』）)\]】、|｜]|[月日号](?=\d)|(?![哎嗯唉哇噢哦啊呀嘿喂])\p{Script=Han}[，,])/u.exec(text)?.[0],
};

const conditionOnly: StatementFormRule = {
	id: 'condition-only',
	label: 'fragment',
	description:
		'A condition and nothing else ("如果你对调单没什么概念。"): the sentence that says what follows from it is another statement. A condition with its consequence in the same clause ("若余额不足则交易失败。") stays.',
	examples: {
		rejects: ['如果你对调单没什么概念。', '假如交易金额超过了单笔限额。'],
		accepts: ['如果余额不足，交易会被拒绝。', '若余额不足则交易失败。'],
	},
	rejects: (text) => {
		const own = opening(text.trim());
		const m = /^(?:如果|假如|假若|倘若|若是|要是)[^，,；;。！!]*[。；;！!]?$/u.exec(own);
		return m && !/会|就|则|将|需|应|可|要|能|导致/u.test(own.slice(2)) ? own.slice(0, 8) : undefined;
	},
};

const firstPerson: StatementFormRule = {
	id: 'first-person',
	label: 'filler',
	description:
		'Speaks as "I" (我, not 我们/我国/我行/我司/我方/自我): an anecdote or an opinion of the writer ("我朋友开咖啡馆时就遇到过……", "当然我不做这一行我也不会理解"), not a statement about cards or terminals. Judgment call: a fact told as the writer\'s own experience is withheld with it (none on the labelled sample).',
	examples: {
		rejects: ['我朋友开咖啡馆时就遇到过，因为重复到账没及时处理，月底对账差了好几千，折腾了一周才理清。', '我想说的是，结算失败并不可怕。'],
		accepts: ['我国的银行卡交易由银联转接清算。', '提高自我保护意识，不要把密码告诉他人。'],
	},
	rejects: (text) => /(?<!自)我(?![们国行司方])/u.exec(text)?.[0],
};

const emptyImportance: StatementFormRule = {
	id: 'empty-importance',
	label: 'filler',
	description:
		'A short sentence that only says something matters or needs handling ("因此，及时联系银行客服非常重要。", "……问题需要及时、专业地处理。"), or that knowing something helps ("了解多扣费用的原因，有助于……"): it tells the reader nothing to do or know. A labelled item that says why ("保留证据：交易凭证、银行对账单等材料对后续维权至关重要。") stays, as does a longer sentence with its reason.',
	examples: {
		rejects: [
			'因此，及时联系银行客服非常重要。',
			'因此，了解跳码的原因和解决方法非常重要。',
			'POS机重复扣款问题需要及时、专业地处理。',
			'了解这些提示代码的含义，能帮助我们快速判断问题所在，及时解决交易难题。',
		],
		accepts: ['保留证据：交易凭证、银行对账单等材料对后续维权至关重要。', '了解POS机冲正是解答到账时间的前提。'],
	},
	rejects: (text) => {
		const t = text.trim();
		if (opening(t) !== t) return undefined;
		const matters = /(?:非常|十分|很|尤为|至关|极为)重要[。！!]?$|需要(?:[及时专业认真妥善尽快、地的]+)(?:处理|解决|重视|对待)[。！!]?$/u;
		if (t.length <= 32 && matters.test(t)) return matters.exec(t)?.[0];
		return /^了解[^，,。]{1,20}[，,]?(?:有助于|能帮助|可以帮助)/u.exec(t)?.[0];
	},
};

const anaphoricObject: StatementFormRule = {
	id: 'anaphoric-object',
	label: 'fragment',
	description:
		'Refers back with 此 as an object ("……也会触发此模式。", "银行为保障交易顺畅允许此操作……"): which mode or operation is named only in another sentence. A statement that opens with its demonstrative subject ("此模式脱离央行监管……", "针对此问题，……") stays: the entry it is placed under gives it its subject.',
	examples: {
		rejects: ['商户未升级设备或网络中断也会触发此模式。', '银行为兼容性保留此功能，但逐步推广芯片支付提升安全性。'],
		accepts: ['此模式脱离央行监管，易引发资金挪用、跑路、跳码等风险。', '针对此问题，商家应首先检查网络连接是否正常。'],
	},
	rejects: (text) => /(?<=[^\s，,。；;：:“”（(])此(?:模式|操作|功能|方式|做法)/u.exec(opening(text))?.[0],
};

const exclamation: StatementFormRule = {
	id: 'exclamation',
	label: 'heading',
	description:
		'A short exclamation without a clause break ("发生在鹤壁淇县的盗刷信用卡事件！"): a title or a teaser set as a sentence, not a statement.',
	examples: {
		rejects: ['发生在鹤壁淇县的盗刷信用卡事件！'],
		accepts: ['交易结果不明时，先查询，切勿直接重刷！'],
	},
	rejects: (text) => {
		const t = text.trim();
		return /[！!]$/u.test(t) && !/[，,；;：:]/u.test(t) && t.length <= 24 ? t : undefined;
	},
};

const refersToArticle: StatementFormRule = {
	id: 'refers-to-article',
	label: 'meta',
	description:
		'Sends the reader to another part of the article ("可以根据上述措施尝试解决", "可参考下表错误代码及原因", "按照上述建议操作即可"): what to do is in the text it points to, which the evidence quotes on its own; alone the sentence says nothing. A sentence that only mentions what was said before ("如果以上方法都未能解决问题，消费者可以寻求专业帮助") says something of its own and stays.',
	examples: {
		rejects: [
			'如果遇到A9响应码，可以根据上述措施尝试解决。',
			'若仍收到授权失败通知，可参考下表错误代码及原因，与信用卡发卡银行联络。',
			'遇到这种情况，保持耐心并按照上述建议操作即可。',
		],
		accepts: ['如果以上方法都未能解决问题，消费者可以寻求专业帮助，例如咨询律师或相关金融专家。', '按照如下操作：输入解锁密码后按确认键。'],
	},
	rejects: (text) => /(?:根据|参考|参照|按照|依照|对照)(?:上述|以上|上文|下表|下文|上表|前文|下面的|下列)/u.exec(text)?.[0],
};

const readersTask: StatementFormRule = {
	id: 'readers-task',
	label: 'filler',
	description:
		'Only says what "we" need to find out next ("首先，我们需要明确“网间MAC不正确”故障的原因。", "首先，我们需要了解POS机被停用的原因。"): the writer announcing a step of the article, one clause with nothing stated. With a statement after it ("首先我们要知道哪里能看出跳码，这里就涉及到了MCC码……") the sentence states something and stays.',
	examples: {
		rejects: ['首先，我们需要明确“网间MAC不正确”故障的原因。', '首先，我们需要了解POS机被停用的原因。'],
		accepts: ['首先我们要知道哪里能看出跳码，这里就涉及到了MCC码，也就是POS机的商户编号。'],
	},
	rejects: (text) =>
		/^(?:首先|其次|然后|最后)?[，,]?\s*我们(?:需要|要|先|首先要|首先需要|应该|得)(?:明确|了解|知道|弄清|搞清|清楚|分析|认识|理解)[^，,；;]*[。！!]?$/u.exec(
			opening(text.trim()),
		)?.[0],
};

const runInQuestionTitle: StatementFormRule = {
	id: 'run-in-question-title',
	label: 'fragment',
	description:
		'Opens with a question word (为什么, 为何, 如何, 怎么, 怎样) and has no question mark, yet ends a sentence: an article title run into the first sentence of its body ("为什么银行账户会出现重复扣款现象2025年支付系统仍存在0.3%的重复扣款概率，……。"). Neither the title nor the body can be read on its own. A title alone (no sentence end) is a heading; a question with its answer has its question mark and stays.',
	examples: {
		rejects: [
			'为什么银行账户会出现重复扣款现象2025年支付系统仍存在0.3%的重复扣款概率，主要源于支付链路异步处理、商户端系统重试机制及银行清算延迟三方面原因。',
		],
		accepts: ['为什么会重复扣款？主要是支付链路异步处理和商户端系统重试。'],
	},
	rejects: (text) => {
		const t = opening(text.trim());
		return /^(?:为什么|为何|如何|怎么|怎样)/u.test(t) && !/[？?]/u.test(t) && TERMINAL.test(t) ? t.slice(0, 8) : undefined;
	},
};

const floorLabel: StatementFormRule = {
	id: 'floor-label',
	label: 'furniture',
	description:
		'Opens with the floor of a forum thread or a multi-part post ("2楼：全面解读……", "3楼：新规！"): a table of the page\'s parts, not a statement.',
	examples: {
		rejects: ['2楼：全面解读“资金二清”和“信息二清”。'],
		accepts: ['商场3楼的收银台POS机无法读卡时，可换用1楼的收银台。'],
	},
	rejects: (text) => /^\s*\d{1,3}\s*楼\s*[：:]/u.exec(text)?.[0],
};

export const STATEMENT_FORM_RULES: readonly StatementFormRule[] = [
	masked,
	garbled,
	opensMidway,
	question,
	leadIn,
	table,
	heading,
	unterminated,
	tooShort,
	dangling,
	bareImperative,
	vague,
	conditionOnly,
	firstPerson,
	emptyImportance,
	anaphoricObject,
	exclamation,
	refersToArticle,
	readersTask,
	runInQuestionTitle,
	floorLabel,
	...NARRATIVE_RULES,
	...SPUN_RULES,
];
