/**
 * Pagefind ranking used by the site (astro.config.mjs passes it to Starlight; the search page passes it to
 * pagefind.js) and by the relevance harness, so tests measure exactly what readers get. Aliases and their
 * canonical forms are indexed as the `keywords` metadata and weighted up: they are how people describe a problem.
 *
 * termFrequency is 1 (Starlight's default is 0.1): in this knowledge base nearly every page mentions 刷卡 and 失败,
 * so mere presence says little and IDF is near zero; how often a page uses the words is what separates the page
 * about 刷卡失败 from the pages that mention it. Measured with tests/search/relevance.test.ts: MRR@5 0.89 → 0.92
 * (with title/keyword weights from 10/6 to 30/20 the result was the same within one query).
 */
export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 1,
	termSaturation: 2,
	termSimilarity: 9,
	metaWeights: { title: 0, keywords: 12, terms: 20, id: 20 },
};
