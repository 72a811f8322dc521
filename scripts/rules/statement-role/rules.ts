import { CODE_ROW } from '../statement-form/rules.ts';
import type { StatementRoleRule } from './types.ts';

/**
 * The rules of the statement-role check, in the order they are tried: the first that finds something gives the
 * statement its role. They read the statement alone: a role is a matter of form (是指, 由于, 可以联系, 定期), not of topic.
 */

/** Leading numbering of a list item: "1、", "2.", "（三）", "①". */
const NUMBER = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．,，]|[①-⑳]|[a-zA-Z][.．、)])\s*/u;
/** A label before a colon ("原因一：", "批次号(Batch NO.)："), at most 16 characters, not a code row. */
const LABEL = /^([^：:，,。；;？?！!]{1,16})[：:]\s*/u;

/** Quoted words (a terminal message, a term): what they say is not what the statement does. */
const QUOTED = /[“"「『][^”"」』]{1,30}[”"」』]/gu;

/** The statement without its leading numbering and its quotations, and its label (if any) apart. */
export function parts(text: string): { label: string; body: string } {
	const unnumbered = text.trim().replace(NUMBER, '').replace(QUOTED, '“…”');
	const label = LABEL.exec(unnumbered);
	if (!label || /^\s*[“"]?(?:\d{2}|[A-Z]\d)[”"]?\s*$/u.test(label[1]!)) return { label: '', body: unnumbered };
	return { label: label[1]!.trim(), body: unnumbered.slice(label[0].length) };
}

/** Verbs of doing something about a problem (what a remedy or a measure tells the reader to do). */
const ACT =
	'(?:联系|检查|确认|确保|核对|核实|更换|换用|改用|重启|重新|查询|等待|报告|保留|留存|保存|询问|咨询|寻求|提供|修复|查看|报警|拨打|致电|申请|要求|充值|存入|清洁|清理|擦拭|协商|前往|携带|登录|办理|提交|签到|设置|更新|升级|关闭|打开|插入|尝试|投诉|挂失|取消|撤销|补打|补卡|补办|调整|输入|选择|下载|安装|开通|激活|绑定|解绑|通知|告知|出示|配合|处理|解决|排查|检测|维修|送修|返厂|关注|了解|拨|打电话|到银行|去银行|找|向|与)';
/** Words that make a clause advice: a modal or an exhortation before the verb. */
const MODAL = '(?:可以|可|需要|需|应该|应当|应|请|建议|务必|必须|须|要|得|最好|不妨|就要|有权)';
/** Adverbs and objects between the modal and the verb: "需及时联系", "可先向银行咨询", "应通过官方渠道申请". */
const BETWEEN =
	'(?:依法依规|依法|依规|先|再|及时|立即|立刻|尽快|马上|直接|主动|第一时间|耐心|仔细|认真|自行|亲自|就近|一起|逐一|定期|经常|向[^，,。；;]{1,12}?|与[^，,。；;]{1,12}?|到[^，,。；;]{1,8}?|往[^，,。；;]{1,10}?|通过[^，,。；;]{1,20}?|在[^，,。；;]{1,10}?|给[^，,。；;]{1,8}?|携带[^，,。；;]{1,10}?)*';
/** Who is told what to do, before the modal. */
const WHO = '(?:(?:你|您|我们|用户|商家|商户|持卡人|消费者|客户|顾客|收银员|卖家|买家|市民|大家|车主|各方|双方)(?:和|与|、|及)?){0,3}';

const codeMeaning: StatementRoleRule = {
	id: 'role-code-meaning',
	role: 'symptom',
	description:
		'A response code with its meaning, as the terminal shows it ("05——交易失败，请联系发卡行", "96交易拒绝：……", "错误码25表示……"): what the reader sees on the screen, whatever advice the message carries. It is placed like a symptom.',
	examples: {
		finds: [
			'05——交易失败，请联系发卡行发卡不予承兑，与发银行联系查询',
			'错误码25表示发卡行没有查到相关记录，持卡人需要核对相关信息重做交易。',
			'96交易拒绝：刷卡金额过大，和限额不符',
		],
		ignores: ['联系发卡行核实卡片状态。'],
	},
	finds: (text) => {
		const t = text.trim();
		return (
			CODE_ROW.exec(t)?.[0] ??
			/^[“"]?(?:\d{2}|[A-Z]\d)[”"]?(?=交易|无效|密码|余额|查询|没收|拒绝|不予|超|系统|发卡|卡片|请)/u.exec(t)?.[0] ??
			/^(?:POS机?)?(?:错误码|错误代码|应答码|返回码|响应码|提示码|代码)\s*[“"]?(?:\d{2}|[A-Z]\d)[”"]?\s*(?:表示|代表|是指|意思是|的意思是)/u.exec(
				t,
			)?.[0]
		);
	},
};

const definitionSays: StatementRoleRule = {
	id: 'role-definition',
	role: 'definition',
	description:
		'Says what a term is, and finds the term: "X是指……", "X指的是……", "X（英文名）：……", "X又称/简称……", "X是……的标识/编号/简称", "X是一种……设备/机制/服务". A definition tells what a word means, not what goes wrong or what to do: its place is only an entry about the term itself (预授权是指…… under 预授权完成或撤销失败), never one that merely mentions it. A condition before it ("如果停用是由于……") is not a definition.',
	examples: {
		finds: [
			'应答码是指银行卡与POS机之间的通信协议，用于告知POS机刷卡是否成功以及失败原因。',
			'批次号(Batch NO.)：POS从签到起至结算、签退为止的交易为一批次，交易批次号标识一批交易。',
			'交易冲正是指当POS机交易未能成功完成时，系统自动发起的一笔反向交易，用于撤销先前未成功的交易记录。',
			'大POS机是一种通过网络连接银行卡账户和商户结算账户系统完成资金转移、清算的设备，依托于网络技术能实现近距离的数据传输和货款结算。',
			'终端编号是POS机在支付机构对应的机具终端编号，可以通过该编号查询交易流水等信息。',
		],
		ignores: ['如果停用是由于技术故障导致的，商家可以向银行申请重新启用POS机。', '余额不足是最常见的原因。'],
	},
	finds: (text) => {
		const { label, body } = parts(text);
		if (/[（(][A-Za-z][A-Za-z .]{1,20}[)）]/u.test(label) && !/原因|方法|办法|措施|步骤|问题|故障/u.test(label)) return label;
		if (/^(?:如果|若|假如|当|一旦|如遇|由于|因为|虽然|即使|在)/u.test(body)) return undefined;
		const m =
			/^([^，,。；;：:]{1,24}?)(?:通常|一般|主要|其实|就|也|只)?(?:是指|指的是|指的就是|就是指|即是指|又称为?|又叫|也叫做?|也称为?|简称为?|全称为?|的简称|的缩写|的全称|的统称)/u.exec(
				body,
			) ??
			/^([^，,。；;：:]{1,20}?)(?:作为|是|为)(?:一种|一项|一类|一个|一串|一组|一张|一笔)[^，,。；;]{0,30}?(?:设备|终端|机具|机器|机制|技术|服务|功能|业务|交易|编号|号码|代码|标识|凭证|协议|方式|模式|过程|流程|操作|行为|系统|工具|卡|码|账户|机构|权利|规则|措施|手法)/u.exec(
				body,
			) ??
			/^([^，,。；;：:]{1,20}?)是[^，,。；;]{1,40}?的[^，,。；;的]{0,6}?(?:标识|编号|序号|代码|号码|凭证|简称|统称|缩写|代称|唯一编号|顺序编号)/u.exec(
				body,
			);
		return m?.[1]?.replace(/^所谓的?/u, '');
	},
};

/** How a measure for later opens: "为了避免……", "定期……", "建立……", "切勿……". */
const PREVENTION_OPENING =
	/^(?:为了?(?:避免|防止|预防|杜绝|减少|降低)|(?:预防|防止|防范|避免)(?!.*(?:导致|造成))|定期|日常|平时|平常|经常|注意|保持|保护|尊重|推广|鼓励|建立|加强|完善|强化|优化|规范|切勿|切忌|不要|千万不要|千万别|切记|谨防|警惕|谨慎|务必(?:妥善|定期|注意))/u;

/** An institution or its system as the actor ("银行会……", "系统会主动……", "POS机系统会……", "手机刷卡通常会设置……"). */
const INSTITUTION =
	/(?:银行|发卡行|发卡机构|银联|支付机构|收单机构|清算机构|风控系统|银行系统|POS机?系统|系统|平台)(?:方面)?(?:通常|一般|就|也|都|还)?(?:会|将(?![卡其这该])|主动|自动)|通常会(?=设置|设定)/u;
/** What it does to the card or the payment that makes it fail: a restriction. */
const RESTRICTS = /冻结|拦截|标记为|限制|锁定|暂停|停用|止付|拒绝|(?:设置|设定)[^，,。；;]{0,8}限额|验证/u;
/** Advice to the reader anywhere in it ("可以……", "建议……", "请……"): then it is the reader's measure or step. */
const READER_ADVICE = /可以|可先|需要|需|必须|应该|应当|应(?![用对])|(?<![申邀])请|建议|务必|确保|不要|切勿|记得|最好|立即/u;

const institutionRestricts: StatementRoleRule = {
	id: 'role-institution-restricts',
	role: 'cause',
	description:
		'An institution or its system restricting the card or the payment by itself ("银行会将卡片暂时冻结", "系统会主动拦截支付以防范诈骗", "POS机系统会……将卡片标记为受限卡，以防止欺诈", "为了防止大额损失，手机刷卡通常会设置交易限额"), with no advice to the reader: what the bank does is why the card fails, a cause, not a measure the reader takes, even when it is done "to prevent" something. Tried before the prevention rules; a system that records or reports (系统会记录异常交易信息) restricts nothing and is left to them.',
	examples: {
		finds: [
			'若扫码涉及可疑交易，如“套现”诱导等，系统会主动拦截支付以防范诈骗。',
			'为了防止大额损失，手机刷卡通常会设置交易限额。',
			'欺诈风险：POS机系统会根据交易信息进行风险评估，如果系统检测到有可疑的交易行为，例如大额交易、异地消费等，就可能会将卡片标记为受限卡，以防止欺诈行为的发生。',
		],
		ignores: [
			'系统会记录异常交易信息，供后续分析使用。',
			'检查交易金额：确认交易金额是否超过了银行设定的限制。',
			'增加确认步骤：为了防止因误操作而导致重复扣款，可以在POS机上增加一个确认步骤。例如，在客户完成付款后，系统会弹出一个提示框让客户确认付款金额和商品信息是否正确。',
		],
	},
	finds: (text) => {
		const body = parts(text).body;
		const actor = INSTITUTION.exec(body);
		if (!actor || READER_ADVICE.test(body)) return undefined;
		const act = RESTRICTS.exec(body.slice(actor.index));
		return act ? `${actor[0]}${act[0]}` : undefined;
	},
};

const preventionOpens: StatementRoleRule = {
	id: 'role-prevention-opening',
	role: 'prevention',
	description:
		'Opens as a measure against a future problem: "为了避免/防止……", "定期……", "平时/日常……", "注意……", "切勿/不要……", "谨防/警惕……". A measure belongs under a prevention entry (or a remedy), never under the symptom or cause it is against.',
	examples: {
		finds: [
			'为防止犯罪分子非法使用，商户和持卡人应保留好单据。',
			'定期检查POS机的网络连接和电源线。',
			'切勿将密码告诉他人。',
			'建立应急响应机制：制定详细的应急响应流程，一旦发生刷卡失败事件，能够迅速采取措施进行处理。',
		],
		ignores: ['如果POS机存在故障，可以联系商家或POS机供应商进行维修。'],
	},
	finds: (text) => {
		const { label, body } = parts(text);
		// The label says what to do when it has one ("建立应急响应机制：……"), else the sentence's own opening.
		return PREVENTION_OPENING.exec(label)?.[0] ?? PREVENTION_OPENING.exec(body)?.[0];
	},
};

/** A clause that tells someone to do something: (此时) (who) a modal, adverbs, a verb of doing. */
const ADVICE = new RegExp(
	`(?:^|[，,；;。：:]\\s*)(?:此时|这时候?|这种情况下|那么|则|就)?[，,]?\\s*${WHO}(?:则|就|也|还)?(?:通常|一般)?(?:(?:建议|最好)${WHO}(?=${MODAL}))?${MODAL}{1,2}${BETWEEN}${ACT}`,
	'u',
);
/** An instruction that opens with its verb: "联系发卡行……", "立即检查……", "重新签到……". */
const IMPERATIVE =
	/^(?:立即|立刻|马上|尽快|及时|首先|先|再|请|务必|直接|主动)?(?:要|需要|应|应该|可以|可)?(?:联系|检查|确认|核对|核实|更换|换用|改用|重启|重新|查询|等待|报告|保留|保存|询问|咨询|寻求|修复|查看|报警|拨打|致电|申请|充值|清洁|清理|擦拭|协商|前往|携带|登录|办理|提交|插入|尝试|投诉|挂失|补打|开通|激活|排查)(?![^，,。；;]{0,12}(?:会|将|可能)?(?:导致|造成|引起|引发))/u;
/** A condition, then advice in the same sentence: "如果……，商家可以向银行申请……". */
const CONDITION = /^(?:如果|若|假如|假若|倘若|要是|如遇|遇到|当|一旦|在|发现|对于|针对)[^。；;！!]*?[，,]/u;

/** Words that name why something happens (the cause rule's). */
const CAUSE_WORDS = /由于|因为|导致|造成|引起|引发|所致/u;

const remedyOpens: StatementRoleRule = {
	id: 'role-remedy-opening',
	role: 'remedy',
	description:
		'Opens as an instruction: with a verb of doing ("联系发卡行……", "立即检查……", "重新签到……"), with advice after 此时/这种情况下/遇到这种情况 ("此时，你需要联系银行客服……", "遇到这种情况，通常要到银行办理……即可": 通常/一般 before the modal, two modals 建议可以, 往/把 before the verb), with a label that says it is a remedy ("解决方法：……"), or with a condition followed by advice in the same sentence ("如果停用是由于技术故障导致的，商家可以向银行申请……": the cause named in the condition is not what the sentence says). A remedy step belongs under a remedy entry, or a prevention measure; a symptom or cause entry is not its place. A modal with a verb of regular care (可定期检查) is prevention.',
	examples: {
		finds: [
			'如果停用是由于技术故障导致的，商家可以向银行申请重新启用POS机，或者更换一台新的POS机。',
			'发现扣款异常后，立刻通过银行APP、网上银行或者商户后台查询完整交易明细。',
			'若问题持续，需立即联系银行客服，通过提供消费凭证或调整风控策略恢复用卡。',
			'重新签到后再进行交易。',
			'此时，你需要联系银行客服查询原因，并解决银行卡的冻结问题。',
			'核对账户余额：消费者在发现交易失败但扣款后，应首先核对银行账户余额，确认款项已被扣除。',
			'纠纷处理：对于因交易失败但扣款引发的纠纷，各方应依法依规处理。',
			'遇到这种情况，通常要到银行办理提高限额手续即可。',
			'遇到这种情况，建议可以先往信用卡里存入不足的部分，等额度恢复后再刷卡就能成功了。',
		],
		ignores: [
			'商户可定期检查设备电量、打印纸余量。',
			'持卡人的银行卡没有足够的余额完成交易，此时系统会自动提示“发卡行不能处理”。',
			'账户冻结：在某些情况下，如银行账户被冻结，可能会导致POS机提示“余额不足”，消费者需要联系银行了解具体情况。',
		],
	},
	finds: (text) => {
		const { label, body } = parts(text);
		if (/(?:解决|处理|应对)(?:方法|办法|方案|措施|步骤)|怎么办|如何处理|^建议$/u.test(label)) return label;
		// A label that is itself an instruction ("核对账户余额：……"), or a sentence that opens with one.
		if (IMPERATIVE.test(label)) return label;
		if (IMPERATIVE.test(body)) return body.slice(0, 6);
		// A framing phrase before the condition ("从法律角度看，如果……") does not change what follows.
		const framed = /^(?:从[^，,。；;]{1,10}看|总之|同时|此外|另外|其次|首先|最后)[，,]\s*/u.exec(body)?.[0] ?? '';
		const own = body.slice(framed.length);
		const opening = /^(?:此时|这时候?|这种情况下?|在这种情况下)[，,]?\s*/u.exec(own)?.[0] ?? CONDITION.exec(own)?.[0];
		if (opening === undefined) return undefined;
		const rest = own.slice(opening.length);
		// A cause told after the condition ("……需要输入……，如果输入错误……导致交易被拒绝") is what the sentence says.
		if (CAUSE_WORDS.test(rest)) return undefined;
		if (IMPERATIVE.test(rest) || new RegExp(`^${BETWEEN}${ACT}`, 'u').test(rest)) return rest.slice(0, 6);
		const advice = ADVICE.exec(own.slice(opening.length - (/[，,]$/u.test(opening) ? 1 : 0)));
		if (!advice || advice.index > 0) return undefined;
		return /定期|经常/u.test(advice[0]) ? undefined : advice[0].replace(/^[，,；;。：:]\s*/u, '');
	},
};

const remedyAdvises: StatementRoleRule = {
	id: 'role-remedy',
	role: 'remedy',
	description:
		'Advice anywhere in a statement that names no cause: a clause with a modal and a verb of doing ("……，建议直接联系银行客服", "商户需要及时与收单机构联系……"). Tried after the cause rule: a statement that names a cause and then says what to do ("设备故障：……，此时应联系……") is a cause with its remedy, and stays one.',
	examples: {
		finds: [
			'商户需要及时与收单机构联系，完成相关登记手续。',
			'持卡人需要携带身份证去银行更改密码。',
			'信用卡的磁条部位出现断裂，可以到柜台前补卡。',
		],
		ignores: [
			'商户可定期检查设备电量、打印纸余量。',
			'POS机被停用的原因可能是由于技术故障导致的。',
			'信用卡冻结，持卡人刷卡消费时则会提示交易失败，如果想要继续使用信用卡，那么需要还清欠款申请解冻才可。',
		],
	},
	finds: (text) => {
		const advice = ADVICE.exec(parts(text).body);
		if (!advice) return undefined;
		return /定期|经常/u.test(advice[0]) ? undefined : advice[0].replace(/^[，,；;。：:]\s*/u, '');
	},
};

const preventionSays: StatementRoleRule = {
	id: 'role-prevention',
	role: 'prevention',
	description:
		'A measure for later inside the sentence: a modal with a verb of regular care ("商户可定期检查……"), advice given so that something does not happen ("……，以免/以防……"), or a problem named only as what is avoided ("……，避免/减少因……导致……": the cause words say what the measure prevents, not what the statement is). Tried before the cause rule, after the remedy-opening rule.',
	examples: {
		finds: [
			'商户可定期检查设备电量、打印纸余量，并备用手动签购单功能以应对突发状况。',
			'用户应定期检查交易记录，避免异常消费模式；',
			'在确认无误后再进行刷卡，可以避免因疏忽而导致的重复扣款问题。',
		],
		ignores: ['POS机被停用的原因可能是由于技术故障导致的。'],
	},
	finds: (text) =>
		new RegExp(
			`${MODAL}(?:定期|经常|时常|随时)|以免|以防|(?:避免|防止|减少|降低|杜绝)(?:因|由于)?[^，,。；;]{0,20}(?:导致|造成|引起|引发)`,
			'u',
		).exec(parts(text).body)?.[0],
};

const causeSays: StatementRoleRule = {
	id: 'role-cause',
	role: 'cause',
	description:
		'Names why something happens: "由于/因为……", "……导致/造成/引起/引发……", "……所致", "原因是/在于/包括……", "是……造成的", or a label naming a problem ("设备故障：……", "原因一：……"). A cause belongs under a cause entry (or the symptom it explains), not under a remedy.',
	examples: {
		finds: [
			'若银行卡状态异常，如挂失、冻结或信息错误，资金将无法入账，这是由于银行拒绝入账所致。',
			'商户信息错误：商户在注册POS机时提供的个人信息或营业执照信息不准确或过期，导致系统无法识别或验证。',
			'这种错误通常意味着商户信息在银行或支付公司系统中被标记为注销或停用，导致无法进行正常的支付交易。',
		],
		ignores: ['POS流水号为6位数字，值从1至999999循环使用。'],
	},
	finds: (text) => {
		const { label, body } = parts(text);
		if (
			/原因|因素|故障|问题|错误|失误|异常|不足|不当|损坏|限制|过期|冻结|失效|超限|不符|不一致|差$|不良/u.test(label) &&
			!/解决|处理|方法|办法|措施|建议|预防|防范/u.test(label)
		)
			return label;
		return /由于|因为|导致|造成|引起|引发|所致|原因(?:是|在于|可能|包括|主要|有)|(?:可能|也许|大概|多半|一般|通常)是[^，,。；;]{0,20}(?:故障|问题|错误|不足|异常|损坏|失效)|是[^，,。；;]{1,20}(?:造成|导致|引起)的|因[^，,。；;为此而]{1,12}而/u.exec(
			body,
		)?.[0];
	},
};

const symptomSays: StatementRoleRule = {
	id: 'role-symptom',
	role: 'symptom',
	description:
		'Describes what the reader sees: the terminal shows or prompts a message ("提示“无效卡”", "屏幕显示……", "出现……的提示"), or a transaction that fails, is declined, is charged twice or does not arrive ("刷卡失败", "扣款但未到账"). A symptom belongs under a symptom entry or the cause it comes with.',
	examples: {
		finds: ['识别失败：设备无法正确识别卡片，提示“无效卡”或“读取错误”。', '顾客刷卡后POS机显示交易失败，但银行卡已经扣款。'],
		ignores: ['POS流水号为6位数字，值从1至999999循环使用。'],
	},
	finds: (text) =>
		/(?:提示|显示|出现|弹出|报错|返回|报)[了出]?(?:[“"「『]|[^，,。；;]{0,12}(?:错误|失败|字样|提示|代码|应答码))|(?:交易|刷卡|支付|扣款|结算|到账|入账)(?:失败|不成功|被拒|未成功)|(?:未|没有?)(?:到账|入账|收到款)|重复扣款|扣款两次|扣了两次/u.exec(
			parts(text).body,
		)?.[0],
};

/** What a short noun phrase naming a problem ends with: "通信异常", "系统维护", "余额不足". */
const PROBLEM_END =
	/(?:异常|故障|维护|升级|不足|错误|有误|中断|超时|过期|失效|损坏|不稳定?|不良|冻结|锁定|超限|受限|限制|停用|注销|挂失|拥堵|繁忙|延迟|不符|不一致|太弱|过弱|过低|过高|消磁|磨损|污损)$/u;

const causePhrase: StatementRoleRule = {
	id: 'role-cause-phrase',
	role: 'cause',
	description:
		'A bare list of problems, each a short noun phrase that ends in a problem word ("发卡行系统维护或通信异常。", "比如输错金额、重复刷卡，或者银行系统维护。"): no verb of doing, no modal, no "会/可能". It names what goes wrong, so it is a cause, never a remedy step. Every item must end in a problem word except that a list may hold items the earlier rules read as a cause (输错金额, 重复刷卡) when at least one item does; items are at most 14 characters.',
	examples: {
		finds: ['发卡行系统维护或通信异常。', '比如输错金额、重复刷卡，或者银行系统维护。'],
		ignores: ['联系发卡行核实卡片状态。', '银行系统维护期间，可以改用扫码收款。', '网络信号弱时交易容易超时。'],
	},
	finds: (text) => {
		const body = parts(text)
			.body.replace(/[。；;！!]+$/u, '')
			.replace(/^(?:比如|例如|譬如|如|像是?)[，,]?/u, '');
		if (body.length > 40 || new RegExp(`${MODAL}|会|可能|将|${ACT}`, 'u').test(body.replace(/重复刷卡|输错/gu, ''))) return undefined;
		const items = body.split(/[、，,]\s*(?:或者?|以及|和|及)?|或者|或是|以及|及|或/u).filter((item) => item.length > 0);
		// A clause ("网络信号弱时交易容易超时") is no noun phrase: no 时/后/容易/被/使/让 inside an item.
		if (items.some((item) => item.length > 14 || /时|后|容易|被|使|让|就|都/u.test(item))) return undefined;
		return items.some((item) => PROBLEM_END.test(item)) && items.every((item) => PROBLEM_END.test(item) || /错|重复|多次/u.test(item))
			? body
			: undefined;
	},
};

const backgroundSays: StatementRoleRule = {
	id: 'role-background',
	role: 'background',
	description:
		'Describes how something is or proceeds, with no cause, remedy or symptom in it: a process ("……流程包含……", "首先……接着……"), a classification ("分为……", "包括……两类"), a composition or a format ("由……组成", "一共15位", "为6位数字"), a regulation ("……应由……统一转接"). Background explains; on its own it is no symptom, cause or remedy. Finds what it describes (the words before the process word in its first clause), so that it is placed only in an entry about that.',
	examples: {
		finds: [
			'POS流水号为6位数字，值从1至999999循环使用。',
			'拒付可分为三类：欺诈性拒付、服务争议型拒付和授权问题拒付。',
			'预授权包含预授权冻结、解冻转支付两个阶段，只有转支付后，用户的资金才会发生扣款并进入商户收款账户。',
		],
		ignores: ['网络不稳定，交易失败。'],
	},
	finds: (text) => {
		// The whole statement: "拒付可分为三类：……" is no label.
		const body = text.trim().replace(NUMBER, '');
		const m =
			/流程|步骤包括|过程(?:中|是|包括)|(?:可|可以)?分为|分成|包含[^，,。；;]{0,16}(?:阶段|步骤|部分|类|种)|(?:包括|有)[^，,。；;]{0,6}(?:两|三|四|五|几)(?:类|种|个阶段|个步骤)|由[^，,。；;]{1,12}组成|一共\d+位|为\d+位|\d+位数字|首先[^。]*(?:然后|接着|随后|其次)/u.exec(
				body,
			);
		if (!m) return undefined;
		// What it describes: the words before it in its first clause, else the first clause.
		const clause = /^[^，,。；;：:]+/u.exec(body)?.[0] ?? body;
		return m.index > 0 && m.index < clause.length ? body.slice(0, m.index) : clause;
	},
};

/** Words that name something going wrong (or the terminal saying so): a statement without any of them names no problem. */
const PROBLEM =
	/失败|错误|出错|错了|无法|不能|不了|不成功|不上|未能|未(?:到账|入账|成功|收到|完成|签到|响应|授权|开通|激活|上送)|没(?:有)?(?:到账|成功|收到|反应|响应|出|打印|显示|扣|钱|签到|网络|信号)|不到账|异常|故障|问题|拒绝|拒付|被拒|不予|冻结|锁定|锁住|超限|超过|超出|超时|不足|过期|失效|损坏|老化|风险|盗|骗|诈|套现|多扣|重复|延迟|缓慢|不一致|不符|乱码|停用|注销|限制|限额|报错|提示|显示|纠纷|争议|投诉|跳码|二清|违规|差错|退款|退货|撤销|冲正|掉单|单边账|丢失|挂失|中断|断开|卡顿|死机|黑屏|闪退|读不|刷不|无效|不可用|不支持|不正确|不匹配|误|错|坏|不良|污渍|划痕|氧化|松动|磨损|裂痕|异物|受潮|潮湿|弯折|消磁|没电|缺纸|卡纸|没有?(?:任何)?反应|影响|拔|忘|记混|搞混|混淆|被锁|解锁|重置|不稳|信号弱|太弱|变弱|断|卡住|丢|漏|久|没完成|没有完成|未完成|麻烦|困扰|损失|被扣|扣了|退回|退还|返还/u;

const neutral: StatementRoleRule = {
	id: 'role-neutral',
	role: 'neutral',
	description:
		'Names no problem at all: nothing fails, is wrong, declined, frozen, delayed, charged twice or shown as an error ("D1到账的话，是刷卡第二天到账……", "商户编号的前三位数字所代表的是支付机构……"). Tried last. A symptom or cause entry is about something going wrong, so a statement that names nothing going wrong is not evidence for one; it may still inform a remedy or a measure.',
	examples: {
		finds: [
			'D1到账，D1到账的话，是刷卡第二天到账，不管是节假日还是双休日，刷卡第二天都能及时到账；',
			'商户编号的前三位数字所代表的是支付机构，比如103所代表的是中国农业银行；',
		],
		ignores: ['网络信号弱时交易容易超时。', '芯片损坏时终端读不出卡。'],
	},
	finds: (text) => (PROBLEM.test(text) ? undefined : (/^[^，,。；;]+/u.exec(parts(text).body)?.[0] ?? text)),
};

export const STATEMENT_ROLE_RULES: readonly StatementRoleRule[] = [
	codeMeaning,
	definitionSays,
	institutionRestricts,
	preventionOpens,
	remedyOpens,
	preventionSays,
	causeSays,
	remedyAdvises,
	symptomSays,
	causePhrase,
	backgroundSays,
	neutral,
];
