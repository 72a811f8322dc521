/**
 * Pagefind ranking used by the site (astro.config.mjs passes it to Starlight) and by the relevance harness,
 * so tests measure exactly what readers get. Aliases are indexed as the `keywords` metadata and weighted up:
 * they are how people describe a problem.
 */
export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	metaWeights: { title: 10, keywords: 6, id: 20 },
};
