import { foldQuery } from '../chinese/width.ts';
import { analyze } from './query.ts';
import { compile, contentWords, type SearchVocabulary, toSimplified } from './vocabulary.ts';
import { replacePhrases, table } from './words.ts';

/**
 * Build-time search words of the entries: what an entry page writes into its Pagefind metadata
 * (src/components/EntryPage.astro) and what the search vocabulary lists as each entry's words
 * (scripts/pipeline/search-vocabulary.ts), computed with the same normalization the query goes through.
 */

/**
 * The words of a page's text as queries see them: fillers removed the way queries lose them (so 怎么办 in an alias
 * does not leave 办 behind), particles stripped, no synonyms (the page says what it says). For the entry word lists.
 */
export function pageWords(text: string, vocabulary: SearchVocabulary): string[] {
	const c = compile(vocabulary);
	const withoutFillers = replacePhrases(
		text.toLowerCase(),
		table([...c.phrases].flatMap(([, list]) => list.filter(([, to]) => to === ''))),
		true,
	);
	return contentWords(withoutFillers, c);
}

/**
 * Search words of an entry's texts for a Pagefind metadata field (keywords: its aliases; terms: its own names, the
 * title and, on a code page, the terminal message). Pagefind splits metadata at spaces only and matches a query word
 * against the start of each chunk, so "刷卡失败，显示交易失败" would be one chunk that 失败 and 交易 never match: the
 * words are segmented the way queries are, fillers and particles dropped, and the canonical forms of each text added
 * (连不上网 → 网络 连接 失败), so a normalized query meets every word of the entry's own phrasing. With `literal`,
 * only the words the texts themselves contain: for the terms, so that an entry whose name merely rewrites to the
 * query's words (密码输错次数超限 → 密码 输入错误 …) does not outrank the entry named by them (交易信息输入错误).
 *
 * On a code page (`code`), the code itself is left out (the `id` field has it), and with `skipCodeForms` so are texts
 * that contain it (应答码51, 51错误): normalization reduces such a query to the code, and their framing words (错误,
 * 显示) would only make every code page match unrelated queries.
 */
export function metaWords(
	texts: readonly string[],
	vocabulary: SearchVocabulary,
	{ code, skipCodeForms = false, literal = false }: { code?: string | undefined; skipCodeForms?: boolean; literal?: boolean } = {},
): string[] {
	const omit = code?.toLowerCase();
	const out = new Set<string>();
	for (const text of texts) {
		if (omit && skipCodeForms && text.toLowerCase().includes(omit)) continue;
		const canonical = literal ? [] : analyze(text, vocabulary, false).split(' ');
		for (const word of [...pageWords(toSimplified(foldQuery(text), vocabulary), vocabulary), ...canonical]) {
			const key = word.toLowerCase();
			if (key && key !== omit) out.add(key);
		}
	}
	return [...out];
}

/**
 * Canonical forms of an entry's aliases, for its search keywords: whatever a query is rewritten to, the entry it
 * was written for still contains it. Returns the words of those forms that the aliases do not already contain.
 */
export function canonicalKeywords(aliases: readonly string[], vocabulary: SearchVocabulary): string[] {
	const present = aliases.join(' ');
	const out = new Set<string>();
	for (const alias of aliases) {
		for (const word of analyze(alias, vocabulary, false).split(' ')) if (word && !present.includes(word)) out.add(word);
	}
	return [...out];
}
