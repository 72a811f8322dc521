import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, injectCsp, pageHashes } from '../config/csp.ts';

/**
 * Ships the Content-Security-Policy: after the build (and after Starlight's Pagefind run, which only reads page
 * content), every HTML page gets a `<meta http-equiv="Content-Security-Policy">` with the hashes of its own inline
 * scripts, and `_headers` carries the policy for hosts that send headers from it. Part of `astro build` itself, so
 * every build (npm run build, the determinism test, a host's build) ships it. Files are visited in sorted order and the
 * policy text is sorted, so the output is byte-for-byte reproducible.
 */
export function csp(): AstroIntegration {
	return {
		name: 'kb-csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true }))
					.filter((f) => f.endsWith('.html'))
					.sort()
					.map((f) => join(root, f));
				const hashes = [];
				for (const file of files) {
					const html = injectCsp(await readFile(file, 'utf8'));
					hashes.push(pageHashes(html));
					await writeFile(file, html);
				}
				await writeFile(join(root, '_headers'), headersFile(hashes));
				logger.info(`Content-Security-Policy written into ${files.length} pages and _headers`);
			},
		},
	};
}
