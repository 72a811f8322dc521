import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hashSeed, mulberry32 } from './generate-corpus.ts';

/**
 * A large corpus of whole real articles (issue 14): every article is one page of the real-page corpus
 * (tests/corpus/real/pages/*.txt, as the search tool returned it), reposted with a fifth of its paragraphs dropped.
 * The headings, the order and the wording of what is left are the page's own: unlike the shuffled benchmark corpus
 * (generate-corpus.ts), placement sees articles as they are written. Article i depends only on (seed, i, pages).
 */

/** Share of an article's paragraphs (non-blank lines after its title) that a repost drops. */
export const DROPPED_SHARE = 0.2;

/** One real page: its file name and text. */
export interface RealPage {
	file: string;
	text: string;
}

/** The reposted article `index`: page `index` mod the number of pages, a fifth of its paragraphs dropped by seed. */
export function repost(pages: readonly RealPage[], index: number, seed: string | number): { file: string; text: string } {
	const page = pages[index % pages.length]!;
	const random = mulberry32(hashSeed(`${seed}:${index}`));
	const lines = page.text.split('\n');
	// Line 1 is the page address, line 2 its title: both stay. Paragraphs are the non-blank lines after them.
	const paragraphs = lines.map((_, i) => i).filter((i) => i >= 2 && lines[i]!.trim() !== '');
	const drop = new Set<number>();
	const toDrop = Math.round(paragraphs.length * DROPPED_SHARE);
	const pool = [...paragraphs];
	for (let k = 0; k < toDrop && pool.length > 0; k++) drop.add(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
	return {
		file: `real-${String(index).padStart(5, '0')}-${page.file}`,
		text: lines.filter((_, i) => !drop.has(i)).join('\n'),
	};
}

export async function readRealPages(dir: string): Promise<RealPage[]> {
	const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
	return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

/** Writes `n` reposted articles to `out` (replacing it); returns how many pages they were made from. */
export async function writeRealCorpus(pagesDir: string, out: string, options: { n: number; seed: string | number }): Promise<number> {
	const pages = await readRealPages(pagesDir);
	if (pages.length === 0) throw new Error(`no real pages (*.txt) in ${pagesDir}`);
	await rm(out, { recursive: true, force: true });
	await mkdir(out, { recursive: true });
	for (let i = 0; i < options.n; i++) {
		const article = repost(pages, i, options.seed);
		await writeFile(join(out, article.file), article.text);
	}
	return pages.length;
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			n: { type: 'string', default: '5000' },
			seed: { type: 'string', default: 'pos-kb-real' },
			pages: { type: 'string', default: 'tests/corpus/real/pages' },
			out: { type: 'string', default: 'build/real-corpus' },
		},
	});
	const made = await writeRealCorpus(resolve(values.pages), resolve(values.out), { n: Number(values.n), seed: values.seed });
	process.stderr.write(`real-corpus: ${values.n} articles from ${made} real pages in ${values.out}\n`);
}
