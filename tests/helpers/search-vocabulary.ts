import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';

/** The search vocabulary as the pipeline compiles it (src/content/generated/search-vocabulary.json), ingesting first when it is missing. */
export const GENERATED_VOCABULARY = 'src/content/generated/search-vocabulary.json';

export function generatedVocabulary(): SearchVocabulary {
	if (!existsSync(GENERATED_VOCABULARY)) execFileSync(process.execPath, ['scripts/ingest.ts', '--quiet'], { stdio: 'inherit' });
	return JSON.parse(readFileSync(GENERATED_VOCABULARY, 'utf8')) as SearchVocabulary;
}
