import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Adds pages returned by the `search` tool (corpus `pages`) to the real-page corpus, exactly as returned:
 * `npm run corpus:add -- --batch dev-1 result.json [--ranks 1,3,5]`. The JSON is the tool's answer
 * (`{results: [{rank, url, excerpt}]}`, or just the list). Each page becomes `tests/corpus/real/pages/<id>.txt` (line 1
 * the address, then the excerpt) and, unless it exists, a label skeleton `<id>.yaml` to be completed by a reader.
 * A page already in the corpus is left as it is.
 */

export const PAGES_DIR = 'tests/corpus/real/pages';

/** `p-` + the first 10 hex digits of sha1(url): two people who take the same page produce the same file. */
export function pageId(url: string): string {
	return `p-${createHash('sha1').update(url).digest('hex').slice(0, 10)}`;
}

interface Result {
	rank?: number;
	url: string;
	excerpt: string;
}

async function main(argv: string[]): Promise<void> {
	const batch = flagValue(argv, '--batch');
	const ranks = flagValue(argv, '--ranks')?.split(',').map(Number);
	const files = argv.filter((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'));
	if (!batch || files.length === 0) {
		console.error('usage: npm run corpus:add -- --batch <dev-N|heldout-N> [--ranks 1,2] <search-result.json> …');
		process.exit(2);
	}
	await mkdir(PAGES_DIR, { recursive: true });
	for (const file of files) {
		const parsed = JSON.parse(await readFile(file, 'utf8')) as { results?: Result[] } | Result[];
		const results = Array.isArray(parsed) ? parsed : (parsed.results ?? []);
		for (const [index, result] of results.entries()) {
			if (ranks && !ranks.includes(result.rank ?? index + 1)) continue;
			const id = pageId(result.url);
			const txt = join(PAGES_DIR, `${id}.txt`);
			if (existsSync(txt)) {
				console.log(`${id} already in the corpus (${result.url})`);
				continue;
			}
			await writeFile(txt, `${result.url}\n${result.excerpt}`);
			const yaml = join(PAGES_DIR, `${id}.yaml`);
			if (!existsSync(yaml)) {
				await writeFile(
					yaml,
					`id: ${id}\nurl: ${JSON.stringify(result.url)}\nbatch: ${batch}\ngenre: other\ntopics: []\nmustRemove: []\nmustKeep: []\n`,
				);
			}
			console.log(`${id} ${result.url}`);
		}
	}
}

function flagValue(argv: string[], flag: string): string | undefined {
	const index = argv.indexOf(flag);
	return index >= 0 ? argv[index + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
