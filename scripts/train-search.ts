import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { EntryIndex } from '../src/shared/search/rank.ts';
import { REAL_SETS, realPhrasings } from '../tests/search/real-sets.ts';
import { LEARN_DEFAULTS, LEARNED_FILE, learnTerms, serializeLearned } from './pipeline/search-learned.ts';

/**
 * `npm run train:search`: trains the learned search terms (scripts/pipeline/search-learned.ts) on every labelled real
 * phrasing of tests/search/real/ and writes src/editorial/search-learned.yaml, which the pipeline ships in the entry
 * index (stage 17). The phrasings are read with the compiled vocabulary of the last ingest
 * (src/content/generated/search-index.json): run `npm run ingest` first, and train again after a vocabulary change,
 * since the terms are the rewritten query's. Leave-one-set-out figures: `npm run crossval:learned`.
 */

const GENERATED = 'src/content/generated/search-index.json';
const OUTPUT = `src/editorial/${LEARNED_FILE}`;

if (!existsSync(GENERATED)) {
	console.error(`train:search: ${GENERATED} is missing: run \`npm run ingest\` first.`);
	process.exit(2);
}
const index: EntryIndex = JSON.parse(readFileSync(GENERATED, 'utf8'));
const phrasings = realPhrasings();
const terms = learnTerms(phrasings, index, LEARN_DEFAULTS);
await writeFile(OUTPUT, serializeLearned(terms, LEARN_DEFAULTS, phrasings.length));
const count = Object.values(terms).reduce((n, t) => n + Object.keys(t).length, 0);
console.log(
	`train:search: ${count} terms for ${Object.keys(terms).length} entries from ${phrasings.length} phrasings of ${REAL_SETS.length} sets → ${OUTPUT}`,
);
