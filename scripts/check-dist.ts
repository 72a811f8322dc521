import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { loadEditorial } from './pipeline/editorial.ts';
import { readEditorial } from './pipeline/io.ts';
import { LEARNED_NAMES_FILE, type LearnedNames, parseLearned } from './pipeline/learned.ts';
import { loadOrigins } from './site-checks/attribute.ts';
import { runSiteChecks } from './site-checks/index.ts';
import { loadDist } from './site-checks/load-dist.ts';
import { MANIFEST, parseManifest } from './site-checks/permanence.ts';

/**
 * Checks a built site and returns its problems: every check of scripts/site-checks/index.ts (links and anchors,
 * promotional or obfuscated text by the cleaner's own rules, inline event handlers, third-party resources, the
 * Content-Security-Policy, lang="zh-CN", and once-published URLs that disappeared). Messages about a page's text name
 * the statement, source file and line it came from (the content collections in `generated`).
 */
export async function checkDist(dir: string, generated = 'src/content/generated'): Promise<Diagnostic[]> {
	const { pages, files } = await loadDist(dir);
	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	let manifest: string[] | undefined;
	try {
		manifest = parseManifest(await readFile(MANIFEST, 'utf8'));
	} catch {
		manifest = undefined;
	}
	const originOf = await loadOrigins(generated);
	let learned: LearnedNames | undefined;
	try {
		learned = parseLearned(JSON.parse(await readFile(join(generated, LEARNED_NAMES_FILE), 'utf8')));
	} catch {
		learned = undefined;
	}
	return runSiteChecks({ pages, files, cleaning: loaded.ok ? loaded.value.cleaning : undefined, learned, manifest, originOf });
}
