// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { OPENSEARCH_LINK } from './src/config/opensearch.ts';
import { sidebar } from './src/config/sidebar.ts';
import { csp } from './src/integrations/csp.ts';
import { SEARCH_RANKING } from './src/shared/search/settings.ts';

/** The public origin, for absolute links (copy-link, Open Graph, sitemap). Override with SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// No link prefetching: its script is ~1 KiB gzip on every page, and pages are small static files that load fast anyway.
	prefetch: false,
	markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
	build: { format: 'directory', inlineStylesheets: 'never' },
	// KB_CACHE_DIR gives a build its own cache, so the determinism test's second build is a clean one.
	...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
	integrations: [
		starlight({
			title: 'POS 刷卡故障知识库',
			description: 'POS 机刷卡失败、交易被拒绝、扣款未成功、未到账等问题的原因、解决方法与预防措施。',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			pagefind: { ranking: SEARCH_RANKING },
			lastUpdated: false,
			// Open Graph: Starlight writes og:title, og:description, og:url, og:site_name and og:locale (as "zh-CN"; Open
			// Graph wants "zh_CN"). These replace its defaults on every page; entry pages set og:type "article" themselves.
			head: [
				{ tag: 'meta', attrs: { property: 'og:locale', content: 'zh_CN' } },
				{ tag: 'meta', attrs: { property: 'og:type', content: 'website' } },
				// No share image exists, so the small card ("summary_large_image" would promise an image).
				{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
				// Browsers offer to search the site from the address bar (src/pages/opensearch.xml.ts).
				OPENSEARCH_LINK,
			],
			disable404Route: true,
			pagination: false,
			customCss: ['./src/styles/kb.css'],
			components: {
				Search: './src/components/Search.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
			},
			sidebar: sidebar(),
		}),
		// After Starlight (and its Pagefind run): a Content-Security-Policy in every page and in _headers.
		csp(),
	],
});
