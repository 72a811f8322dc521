import type { APIRoute } from 'astro';
import index from '../content/generated/search-index.json?raw';

/**
 * The search's entry index (src/shared/search/entry-index.ts, written by the pipeline): the vocabulary that rewrites
 * queries and each entry's searchable text. The search page and the header search fetch it on the first query.
 */
export const GET: APIRoute = () => new Response(index, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
