/**
 * Pagefind ranking used by the site (astro.config.mjs passes it to Starlight; the search page passes it to
 * pagefind.js) and by the relevance harness, so tests measure exactly what readers get.
 *
 * Metadata: Pagefind adds to a page's score, per field, weight × (IDF of the query words the field matches) ×
 * coverage², and it splits a field only at spaces, matching a query word against the start of each chunk. Entry pages
 * therefore write their fields as segmented words (src/shared/search/index-words.ts metaWords):
 * - `terms`: the literal words of the entry's own names (title; on a code page the short meaning and the terminal
 *   message), weighted highest: a bare symptom phrase (刷卡失败, 终端无效) should find the entry named by it first,
 *   even though those words are on almost every page;
 * - `keywords`: aliases and names with their canonical forms (钱扣了 → 扣款): how people describe a problem;
 * - `title` (the page's h1, Starlight's default field) is unweighted: as one unsegmented chunk (刷卡失败显示交易失败)
 *   it matched any query word its start happened to share.
 *
 * termFrequency is 1 (Starlight's default is 0.1): in this knowledge base nearly every page mentions 刷卡 and 失败,
 * so mere presence says little and IDF is near zero; how often a page uses the words is what separates the page
 * about 刷卡失败 from the pages that mention it. Measured with tests/search/relevance.test.ts on the development and
 * held-out sets: terms 10–40 and keywords 6–20 give the same figures within one query; pageLength above 0 and
 * termSaturation below 2 are worse.
 */
export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 1,
	termSaturation: 2,
	termSimilarity: 9,
	metaWeights: { title: 0, keywords: 12, terms: 20, id: 20 },
};
