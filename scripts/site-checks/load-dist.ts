import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type HtmlPage, parsePage } from './html-page.ts';

/** Reads every HTML page of a built site. Page keys are site paths: /a/b/index.html → /a/b/. */
export async function loadDist(dir: string): Promise<{ pages: Map<string, HtmlPage>; files: Set<string> }> {
	const pages = new Map<string, HtmlPage>();
	const files = new Set<string>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const rel = `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`;
		files.add(rel);
		if (!rel.endsWith('.html')) continue;
		const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
		pages.set(path, parsePage(await readFile(join(dir, rel), 'utf8'), path));
	}
	return { pages, files };
}
