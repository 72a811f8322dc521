import type { TerminalMessage } from '../../src/schemas/vocabulary.ts';
import { codePageAliases } from '../../src/shared/code-categories.ts';
import { ENTRY_PATH } from '../../src/shared/relations.ts';
import { buildEntryIndex, type IndexSource } from '../../src/shared/search/entry-index.ts';
import type { EntryIndex } from '../../src/shared/search/rank.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * The search's entry index (src/shared/search/entry-index.ts) from the catalogue: what each entry's page is named,
 * what people call it, its summary and its longer text. Written as src/content/generated/search-index.json and
 * published by src/pages/search-index.json.ts.
 */
export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * The response-code table (/codes/) as an entry: the answer to questions about codes in general (应答码大全,
 * 返回码是什么意思) and the nearest page for a code the catalogue does not have. Its words are the ways of naming codes.
 */
const CODE_TABLE: IndexSource = {
	id: 'codes',
	type: 'table',
	title: '应答码（交易返回码）一览',
	url: '/codes/',
	summary: 'POS 终端显示的应答码：含义、类别、能否重试，以及该怎么处理。',
	names: ['应答码一览', '交易返回码一览'],
	aliases: [
		'应答码',
		'返回码',
		'应答码大全',
		'返回码大全',
		'错误码大全',
		'错误代码大全',
		'应答码含义',
		'应答码表',
		'错误码对照表',
		'代码一览',
	],
	body: [],
};

/**
 * The English messages of each entry: a code's foreign-scheme messages (codes.yaml `foreign.english`), the messages of
 * foreign-only codes on the entry they point to (foreign-codes.yaml `see`), and the vocabulary's terminal messages on
 * the entries that answer them (vocabulary.yaml `messages`).
 */
export function entryMessages(catalogue: Catalogue, messages: readonly TerminalMessage[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const add = (id: string, texts: readonly string[]) => out.set(id, [...new Set([...(out.get(id) ?? []), ...texts])]);
	for (const c of catalogue.codes) if (c.foreign) add(c.id, c.foreign.english);
	for (const f of catalogue.foreignCodes) add(f.see, f.english);
	for (const m of messages) for (const id of m.entries) add(id, m.texts);
	return out;
}

/** Each entry's texts, in the catalogue's order, then the code table. */
export function catalogueSources(catalogue: Catalogue, messages: readonly TerminalMessage[] = []): IndexSource[] {
	const english = entryMessages(catalogue, messages);
	const base = (
		type: Exclude<IndexSource['type'], 'code' | 'table'>,
		e: { id: string; title: string; summary: string; category: string; audience: readonly string[]; aliases: readonly string[] },
		body: readonly string[],
	): IndexSource => ({
		id: e.id,
		type,
		title: `${e.id} ${e.title}`,
		url: ENTRY_PATH[type](e.id),
		summary: e.summary,
		category: e.category,
		audience: e.audience,
		names: [e.title],
		aliases: e.aliases,
		body,
		messages: english.get(e.id) ?? [],
	});
	return [
		...catalogue.symptoms.map((e) => base('symptom', e, e.quickChecks)),
		...catalogue.causes.map((e) => base('cause', e, e.confirm)),
		...catalogue.remedies.map((e) => base('remedy', e, e.steps)),
		...catalogue.prevention.map((e) => base('prevention', e, e.steps)),
		...catalogue.cases.map((e) => base('case', e, [e.scenario, e.observed, e.rootCause])),
		...catalogue.codes.map(
			(c): IndexSource => ({
				id: c.id,
				type: 'code',
				title: `${c.id} ${c.meaning}`,
				url: ENTRY_PATH.code(c.id),
				// The explanation is shown under the title; as text it is body: a code is about its meaning (its name), and
				// its explanation names other things in passing (交易类型：消费、撤销、预授权).
				summary: c.explanation,
				summaryText: '',
				category: '应答码',
				audience: ['商户', '收银员', '技术支持'],
				names: [c.meaning, c.display],
				// A typed code finds its page by itself; the forms that contain it (应答码51, 51错误) would only make every
				// code page match the framing words of any query.
				aliases: codePageAliases(c).filter((a) => !a.toUpperCase().includes(c.id)),
				body: [c.explanation, c.retry],
				messages: english.get(c.id) ?? [],
			}),
		),
		CODE_TABLE,
	];
}

/**
 * The entry index of the catalogue. `learned` (src/editorial/search-learned.yaml, `npm run train:search`): the terms
 * learned for each entry, kept for the entries the index has.
 */
export function catalogueSearchIndex(
	catalogue: Catalogue,
	vocabulary: SearchVocabulary,
	messages: readonly TerminalMessage[] = [],
	learned?: Readonly<Record<string, Readonly<Record<string, number>>>>,
): EntryIndex {
	const index = buildEntryIndex(catalogueSources(catalogue, messages), vocabulary);
	if (!learned) return index;
	const kept = Object.fromEntries(index.entries.filter((e) => learned[e.id]).map((e) => [e.id, { ...learned[e.id] }]));
	return { ...index, learned: kept };
}

/** The index as the file the pipeline writes: the vocabulary without the Pagefind-only entry word lists. */
export function serializeSearchIndex(index: EntryIndex): string {
	const { entries: _words, ...vocabulary } = index.vocabulary;
	return `${JSON.stringify({ vocabulary: { ...vocabulary, entries: [] }, entries: index.entries, ...(index.learned ? { learned: index.learned } : {}) })}\n`;
}
