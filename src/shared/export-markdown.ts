/**
 * The Markdown copy of an entry (/api/entries/<ID>.md): the page's content as plain Markdown, for pasting into a
 * ticket, a wiki or a chat, with the same headings as the page and every link absolute when the site knows its origin.
 * A pure function of the exported entry, so the export and the copy never disagree.
 */

import type { ExportEntry } from '../schemas/export.ts';
import { REPLY_RECIPIENTS, type ReplyRecipient } from '../schemas/reply.ts';
import { RELATION_FIELDS, RELATION_LABELS, type RelationField, TYPE_LABEL } from './relations.ts';

/** Site path of the export's JSON Schema; one entry's schema is its `#/properties/entries/items`. */
export const ENTRIES_SCHEMA_PATH = '/api/entries.schema.json';

/** Site paths of an entry's JSON and Markdown copies. */
export const entryCopyPaths = (id: string) => ({ json: `/api/entries/${id}.json`, markdown: `/api/entries/${id}.md` });

/** Escapes what Markdown would read as markup in catalogue text (emphasis, links, HTML, a heading or list at line start). */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*[\]<>]/g, (c) => `\\${c}`)
		.replace(/^(\s*)([#>+-]|\d+\.)(?=\s)/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** What a relation links to: its title and site path. */
export type EntryTitles = ReadonlyMap<string, { title: string; url: string }>;

/**
 * The Markdown copy of `entry`. `origin` (e.g. https://kb.example.com, or '' when the build knows no public origin) is
 * put before every site path; `titles` names the entries it links to.
 */
export function entryMarkdown(entry: ExportEntry, titles: EntryTitles, origin = ''): string {
	const at = (path: string) => `${origin}${path}`;
	const e = escapeMarkdown;
	const out: string[] = [];
	const section = (heading: string, ...lines: string[]) => {
		if (lines.length) out.push(`## ${heading}`, '', ...lines, '');
	};
	const list = (items: readonly string[]) => items.map((item) => `- ${e(item)}`);
	const numbered = (items: readonly string[]) => items.map((item, i) => `${i + 1}. ${e(item)}`);

	// A code's title already names it (应答码 51：…); every other title follows its ID, as on the page.
	out.push(`# ${entry.title.includes(entry.id) ? '' : `${entry.id} `}${e(entry.title)}`, '');
	const facts = [`编号：${entry.id}`, `类型：${TYPE_LABEL[entry.type]}`];
	if (entry.type !== 'code') facts.push(`分类：${entry.category}`, `环节：${entry.stage}`, `适用对象：${entry.audience.join('、')}`);
	facts.push(`最后审核：${entry.lastReviewed}`, `本页：[${at(entry.url)}](${at(entry.url)})`);
	out.push(...facts.map((f) => `- ${f}`), '');
	if (entry.aliases.length) out.push(`常见说法：${e(entry.aliases.join('、'))}`, '');

	switch (entry.type) {
		case 'symptom':
			section('这是什么情况', e(entry.summary));
			if (entry.diagnosis) {
				const named = (id: string) => `${id} ${e(titles.get(id)?.title ?? '')}`.trim();
				const asks = new Map(entry.diagnosis.questions.map((q) => [q.id, q.ask]));
				section('先试这些方法', ...entry.diagnosis.first.map((id) => `- [${named(id)}](${at(titles.get(id)?.url ?? '')})`));
				section(
					'快速判断',
					...entry.diagnosis.questions.flatMap((q) => [
						`**${e(q.ask)}**`,
						'',
						...q.answers.map((a) =>
							a.outcome
								? `- ${e(a.label)} → 可能是 ${named(a.outcome.cause)}；先试 ${a.outcome.remedies.map(named).join('、')}${a.outcome.note ? `。${e(a.outcome.note)}` : ''}`
								: `- ${e(a.label)} → ${e(asks.get(a.next ?? '') ?? '')}`,
						),
						'',
					]),
				);
			}
			section('先查这几项', ...numbered(entry.quickChecks));
			section(
				'联系谁、准备什么',
				...entry.contacts.map((c) => `- **${e(c.who)}**：${e(c.when)}`),
				'',
				`联系前准备好：${e(entry.prepare.join('、'))}。`,
			);
			break;
		case 'cause':
			section('说明', e(entry.summary));
			section('如何确认是这个原因', ...list(entry.confirm));
			break;
		case 'remedy': {
			section('说明', e(entry.summary));
			section('操作步骤', ...entry.steps.map((s) => `${s.n}. ${e(s.text)}（[第 ${s.n} 步链接](${at(s.url)})）`));
			section('何时升级处理', `- 什么情况下升级：${e(entry.escalate.when)}`, `- 交给谁：${e(entry.escalate.to)}`);
			const replies = (Object.keys(REPLY_RECIPIENTS) as ReplyRecipient[]).flatMap((r) => {
				const text = entry.replies[r];
				return text ? [`### 发给${REPLY_RECIPIENTS[r]}`, '', '```text', text, `详细说明：${at(entry.url)}`, '```', ''] : [];
			});
			if (replies.length) out.push('## 客服回复', '', ...replies);
			break;
		}
		case 'prevention':
			section('说明', e(entry.summary));
			section('怎么做', ...numbered(entry.steps));
			break;
		case 'case':
			section('说明', e(entry.summary));
			section('场景', e(entry.scenario));
			section('现象', e(entry.observed));
			section('根本原因', e(entry.rootCause));
			section('处理经过', ...numbered(entry.actions));
			section('结果', e(entry.outcome));
			section('经验', e(entry.lesson));
			break;
		case 'code':
			section(
				'这个应答码是什么意思',
				`- 含义：${e(entry.meaning)}`,
				`- 终端常见提示：${e(entry.displayNote ? `${entry.display}。${entry.displayNote}` : entry.display)}`,
				`- 类别：${e(entry.categoryLabel)}`,
				`- 由谁处理：${entry.actors.join('、')}`,
				'',
				e(entry.explanation),
			);
			section('能不能重试', e(entry.retry));
			section(
				'不同规范中的差异',
				...entry.variants.map((v) => `- ${e(v.meaning)}（依据：${e(entry.references.find((r) => r.id === v.source)?.title ?? v.source)}）`),
			);
			section('常见误传（并不正确）', ...list(entry.misconceptions));
			if (entry.foreign)
				section(
					`外卡（${entry.foreign.schemes.join('、')}）`,
					`- 英文提示：${e(entry.foreign.english.join('、'))}`,
					`- 含义${entry.foreign.same ? '与银联相同' : '与银联不同'}${entry.foreign.note ? `：${e(entry.foreign.note)}` : ''}`,
				);
			break;
	}

	const relations = entry.relations as Partial<Record<RelationField, string[]>>;
	for (const field of RELATION_FIELDS[entry.type] as readonly RelationField[]) {
		const ids = relations[field] ?? [];
		section(
			RELATION_LABELS[field],
			...ids.map((id) => {
				const target = titles.get(id);
				return target ? `- [${id} ${e(target.title)}](${at(target.url)})` : `- ${id}`;
			}),
		);
	}
	section(
		'出处',
		...entry.sources.map((s) => `- ${e(s.file)}${s.lines.length ? `：第 ${s.lines.join('、')} 行` : ''}`),
		...entry.references
			.filter((r) => r.kind !== 'article')
			.map((r) => `- ${e(r.title)}（${e(r.publisher)}${r.version ? `，${e(r.version)}` : ''}）`),
	);
	return `${out.join('\n').trimEnd()}\n`;
}
