import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDist } from '../../scripts/site-checks/load-dist.ts';
import { runNode } from '../helpers/cli.ts';

/**
 * Source text is text: a hostile article (HTML, <script>, event handlers, javascript: links, Markdown, MDX, {…}
 * expressions, a frontmatter-like block) goes through the whole build, `npm run build` with KB_SOURCES, in a copy of
 * the project (so the real content folder and dist/ are never touched), and nothing of it reaches a page as markup.
 * The copy lives in build/ (gitignored) rather than in /tmp: there it finds the project's node_modules by the usual
 * upward lookup, whereas a symlinked node_modules confuses Astro's module ids.
 */
const PROJECT = resolve('build/hostile-site');
describe('a hostile source, built into the site', () => {
	let project: string;
	let build: ReturnType<typeof runNode>;
	beforeAll(async () => {
		project = PROJECT;
		await rm(project, { recursive: true, force: true });
		for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src'])
			await cp(part, join(project, part), { recursive: true, filter: (from) => !from.includes('src/content/generated') });
		await mkdir(join(project, 'sources'));
		await cp('tests/cli/hostile-article.txt', join(project, 'sources', 'hostile.txt'));
		build = runNode(['scripts/build.ts'], {
			cwd: project,
			env: { KB_SOURCES: join(project, 'sources'), KB_CACHE_DIR: join(project, '.cache') },
		});
	}, 240_000);
	afterAll(() => rm(project, { recursive: true, force: true }));

	it('builds and passes the dist checks (no event handler, javascript: link or foreign resource on any page)', () => {
		expect(build.status, build.stderr).toBe(0);
		expect(build.stderr).toContain('passed its checks');
	});

	it('shows the Markdown, MDX and {…} of the article as literal text on the entry pages, escaped in the HTML', async () => {
		const { pages } = await loadDist(join(project, 'dist'));
		const withText = (needle: string) => [...pages.values()].filter((p) => p.text.includes(needle));
		// The statement with an MDX-like expression and a Markdown link whose target is javascript: (its ** emphasis marks are removed by the cleaner).
		const markdown = withText('漏洞或缺陷，{alert(1)}使得交易过程受到影响，见[说明](javascript:alert(1))');
		// Where it is placed is the placement tests' concern; here it must be on an entry page, as text.
		expect(markdown.length).toBeGreaterThan(0);
		// A comparison and a placeholder, which a Markdown/MDX renderer would turn into a tag or an expression.
		const comparison = withText('的小票也要核对{amount}');
		expect(comparison.map((p) => p.path)).toContain('/prevention/P-01/');
		const html = await readFile(join(project, 'dist/prevention/P-01/index.html'), 'utf8');
		expect(html).toContain('金额&lt;500元的小票也要核对{amount}');
		for (const page of markdown) {
			const shown = await readFile(join(project, 'dist', page.path, 'index.html'), 'utf8');
			expect(shown, page.path).not.toMatch(/<strong>漏洞<\/strong>|href="javascript:/);
		}
		for (const page of pages.values()) {
			expect(page.eventHandlers, page.path).toEqual([]);
			expect(
				page.links.filter((l) => /^javascript:/i.test(l.href)),
				page.path,
			).toEqual([]);
		}
	});

	it('publishes no tag, handler or script of the article, not even as text', async () => {
		const { pages } = await loadDist(join(project, 'dist'));
		const text = [...pages.values()].map((p) => p.text).join('\n');
		for (const fragment of ['onclick', 'onmouseover', 'onerror', 'document.write', 'evil.example', '<Evil', 'layout: ../evil.astro'])
			expect(text, fragment).not.toContain(fragment);
	});
});
