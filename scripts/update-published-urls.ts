import { readFile, writeFile } from 'node:fs/promises';
import { loadDist } from './site-checks/load-dist.ts';
import { MANIFEST, parseManifest, unlistedPages } from './site-checks/permanence.ts';

/**
 * Appends the pages of dist/ (and its published files: the export, OpenSearch) that are not yet in the manifest of
 * published URLs. URLs are never removed from it.
 */
const { pages, files } = await loadDist('dist');
const text = await readFile(MANIFEST, 'utf8').catch(
	() => '# Every URL the site has published. Never remove a line: move pages with src/editorial/redirects.yaml.\n',
);
const added = unlistedPages(parseManifest(text), pages, files);
await writeFile(MANIFEST, `${text.replace(/\n*$/, '\n')}${added.map((p) => `${p}\n`).join('')}`);
process.stderr.write(`urls:update: ${added.length} URL(s) added to ${MANIFEST}\n`);
