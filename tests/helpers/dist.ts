import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadDist } from '../../scripts/site-checks/load-dist.ts';
import type { QuickDiagnosis } from '../../src/schemas/diagnosis.ts';

/** The built site, read once per test file. Site tests run after `npm run build` (npm test builds first). */
export const DIST = 'dist';

export function assertBuilt(): void {
	if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

let loaded: ReturnType<typeof loadDist> | undefined;
export function site() {
	assertBuilt();
	loaded ??= loadDist(DIST);
	return loaded;
}

export interface ApiEntry {
	id: string;
	type: 'symptom' | 'cause' | 'remedy' | 'prevention' | 'case' | 'code';
	title: string;
	url: string;
	related: string[];
	/** Source files with the lines of the page's statements (src/schemas/export.ts has the whole entry). */
	sources: Array<{ file: string; lines: number[] }>;
	/** A symptom's quick diagnosis, whose answers link causes and remedies too. */
	diagnosis?: Omit<QuickDiagnosis, 'symptom'>;
}

export async function apiEntries(): Promise<ApiEntry[]> {
	assertBuilt();
	return (JSON.parse(await readFile(`${DIST}/api/entries.json`, 'utf8')) as { entries: ApiEntry[] }).entries;
}
