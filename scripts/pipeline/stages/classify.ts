import type { ClassifiedItem, SegmentItem, StatementKind } from '../types.ts';

/**
 * Stage 6: decide what each item says — a cause, a remedy, a prevention measure, a case, an impact, or background —
 * from its label, its headings (innermost first) and, where the headings are mixed or silent, its own wording.
 * The cue lists are the editorial vocabulary of the genre; they are data, reviewed like the rules.
 */

/** Words in a heading or label that say what the section under it contains. Checked in this order. */
export const HEADING_CUES: ReadonlyArray<{ kind: StatementKind; words: RegExp; description: string }> = [
	{ kind: 'case', words: /案例|实例|真实经历/u, description: 'case studies: 案例分析, 案例描述' },
	{ kind: 'impact', words: /影响|后果|危害|损失/u, description: 'consequences: 后果与影响, 影响分析' },
	{ kind: 'prevention', words: /预防|防范|防止|避免|保障措施|注意事项/u, description: 'prevention: 预防措施, 防范措施' },
	{
		kind: 'remedy',
		words: /解决|应对|处理|怎么办|办法|方法|建议|对策|排查|补救|协助|措施/u,
		description: 'remedies: 解决方案, 应对策略, 处理方法',
	},
	{
		kind: 'background',
		words: /定义|分类|流程|引言|概述|现象|总结|展望|意思|简介|介绍/u,
		description: 'background: 定义, 基本流程, 现象描述',
	},
	{ kind: 'cause', words: /原因|因素|为什么|问题描述|故障|问题|层面|限制|异常|不足/u, description: 'causes: 原因分析, 可能原因, 技术层面' },
];

/** Labels of the 问题描述 / 影响分析 / 解决方案 triplets and similar, which decide on their own. */
const LABEL_KIND: ReadonlyArray<{ kind: StatementKind; words: RegExp }> = [
	{ kind: 'impact', words: /^影响(分析)?$|^后果$/u },
	{ kind: 'remedy', words: /^解决(方案|方法|办法)$|^处理(方法|办法)$|^应对$/u },
	{ kind: 'cause', words: /^问题描述$|^原因$|^可能原因$/u },
];

/** How an item begins when it tells what to do now (remedy) or what to keep doing (prevention). */
const REMEDY_VERBS =
	/^(立即|首先|及时|尝试|先)?(检查|确认|核对|核实|联系|更换|重启|查询|等待|报告|保留|协助|询问|咨询|寻求|提供|修复|重新|查看|报警)/u;
const PREVENTION_VERBS = /^(定期|加强|建立|完善|提高|强化|优化|保持|关注|保护|合理|多样化|推广|规范|维护|了解|确保|提升|遵守|设立|订阅)/u;
/** Wording of a cause statement when a background section lists failure types. */
const CAUSE_WORDS = /导致|引起|造成|由于|因为|故障|损坏|错误|不足|异常|中断|失败/u;

/** What an item or statement is by its own first verb: a remedy (检查, 联系 …) or a prevention measure (定期, 加强 …). */
export function kindOfText(text: string): StatementKind | undefined {
	if (PREVENTION_VERBS.test(text)) return 'prevention';
	if (REMEDY_VERBS.test(text)) return 'remedy';
	return undefined;
}

/** Cue kinds of one heading or label; a mixed heading ("防范措施与解决方案") yields several. */
function cueKinds(text: string): StatementKind[] {
	return HEADING_CUES.filter((c) => c.words.test(text)).map((c) => c.kind);
}

export function classifyItem(item: SegmentItem): StatementKind {
	const labelKind = LABEL_KIND.find((l) => l.words.test(item.label))?.kind;
	if (labelKind) return labelKind;
	const own = `${item.label}${item.text}`;
	if (item.role === 'heading') return cueKinds(item.text)[0] ?? cueKinds(item.headings.join(' '))[0] ?? 'background';
	// Everything told inside a case study belongs to the case, including its own "解决方案" subsections.
	if (item.headings.some((h) => cueKinds(h)[0] === 'case')) return 'case';
	for (let i = item.headings.length - 1; i >= 0; i--) {
		const kinds = cueKinds(item.headings[i]!);
		if (kinds.length === 0) continue;
		// Remedy and prevention sections often share a heading; the item's first verb decides.
		if (kinds.includes('remedy') || kinds.includes('prevention')) {
			const byText = kindOfText(item.label) ?? kindOfText(item.text);
			if (byText && kinds.includes(byText)) return byText;
			if (kinds.includes('prevention') && !kinds.includes('remedy')) return 'prevention';
			if (kinds.includes('remedy') && !kinds.includes('prevention')) return 'remedy';
			return byText ?? kinds[0]!;
		}
		const kind = kinds[0]!;
		if (kind === 'background' && CAUSE_WORDS.test(own) && item.role === 'item') return 'cause';
		return kind;
	}
	return kindOfText(item.text) ?? (CAUSE_WORDS.test(own) && item.role === 'item' ? 'cause' : 'background');
}

export function classify(items: readonly SegmentItem[]): ClassifiedItem[] {
	return items.map((item) => ({ ...item, kind: classifyItem(item) }));
}
