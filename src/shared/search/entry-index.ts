/**
 * Build time: the entry index the search ranks (rank.ts), written by the pipeline next to the compiled vocabulary
 * and published as /search-index.json. Each field holds the entry's own text, Simplified and lower case, followed by
 * its canonical rewriting (the same rewriting queries get: 钱扣了 → 扣款), so a rewritten query meets the words of the
 * entry it was typed for. Compact: text, not a term list; the browser derives the character pairs when it loads it.
 */

import { foldQuery } from '../chinese/width.ts';
import { foldEnglish } from './english.ts';
import type { EntryIndex, IndexedEntry, IndexedType } from './rank.ts';
import { rewriteQuery } from './rewrite.ts';
import { type SearchVocabulary, toSimplified } from './vocabulary.ts';

/** One entry's texts, as the pipeline hands them over. */
export interface IndexSource {
	id: string;
	type: IndexedType;
	title: string;
	url: string;
	summary: string;
	/** The summary as searchable text, when it differs from the summary shown (a code's explanation is body text). */
	summaryText?: string;
	category?: string;
	audience?: readonly string[];
	/** The entry's names: title; a code's meaning and terminal message. */
	names: readonly string[];
	aliases: readonly string[];
	/** Longer text: steps, checks, a code's explanation. */
	body: readonly string[];
	/**
	 * English messages a terminal or host prints for it (a code's foreign-scheme messages, the vocabulary's terminal
	 * messages): matched word by word, so a message typed in part or abbreviated still finds it.
	 */
	messages?: readonly string[];
}

/** A text as the index stores it: the text itself and, after a separator, its canonical rewriting. */
function fieldText(texts: readonly string[], vocabulary: SearchVocabulary): string {
	// English words folded as queries fold them (english.ts): DO NOT HONOUR and do not honor are one text.
	const plain = texts.map((t) => foldEnglish(toSimplified(foldQuery(t), vocabulary), vocabulary.english)).join(' | ');
	const canonical = texts.map((t) => rewriteQuery(t, vocabulary, { text: true }).runs.join(' ')).join(' | ');
	return `${plain} || ${canonical}`;
}

/** The first sentence of a summary (up to the first 。), for the result line. */
export function snippetOf(summary: string): string {
	const end = summary.indexOf('。');
	return end >= 0 ? summary.slice(0, end + 1) : summary;
}

export function buildEntryIndex(sources: readonly IndexSource[], vocabulary: SearchVocabulary): EntryIndex {
	const entries: IndexedEntry[] = sources.map((s) => ({
		id: s.id,
		type: s.type,
		title: s.title,
		url: s.url,
		snippet: snippetOf(s.summary),
		...(s.category ? { category: s.category } : {}),
		...(s.audience?.length ? { audience: [...s.audience] } : {}),
		fields: [
			fieldText(s.names, vocabulary),
			fieldText(s.aliases, vocabulary),
			fieldText([s.summaryText ?? s.summary], vocabulary),
			fieldText(s.body, vocabulary),
			fieldText(s.messages ?? [], vocabulary),
		],
	}));
	return { vocabulary, entries };
}
