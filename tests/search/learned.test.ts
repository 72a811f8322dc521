import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LEARNED_FILE, learnedFileSchema, learnTerms } from '../../scripts/pipeline/search-learned.ts';
import type { EntryIndex } from '../../src/shared/search/rank.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { realPhrasings } from './real-sets.ts';

/**
 * The shipped learned search terms (src/editorial/search-learned.yaml) are what `npm run train:search` writes from
 * today's labelled phrasings and vocabulary: a label, a new set or a vocabulary change without retraining fails here
 * (the terms are the rewritten query's, so a stale file matches words queries no longer have). And the built index
 * ships them.
 */
describe('learned search terms', () => {
	assertBuilt();
	const built: EntryIndex = JSON.parse(readFileSync(`${DIST}/search-index.json`, 'utf8'));
	const file = learnedFileSchema.parse(parse(readFileSync(`src/editorial/${LEARNED_FILE}`, 'utf8')));

	it('are up to date with the labels and the vocabulary (else run `npm run train:search` after `npm run ingest`)', () => {
		const { minSupport, minHosts, minSets, minSetsUnwritten, smoothing, minWeight, topK } = file.options;
		const phrasings = realPhrasings();
		const fresh = learnTerms(phrasings, built, { minSupport, minHosts, minSets, minSetsUnwritten, smoothing, minWeight, topK });
		expect(file.phrasings).toBe(phrasings.length);
		expect(fresh).toEqual(file.terms);
	});

	it('are in the built entry index, for entries it has', () => {
		const ids = new Set(built.entries.map((e) => e.id));
		expect(Object.keys(built.learned ?? {}).length).toBeGreaterThan(0);
		for (const id of Object.keys(built.learned ?? {})) expect(ids.has(id)).toBe(true);
	});
});
