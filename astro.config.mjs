// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { redirects } from './src/lib/redirects.ts';
import { SEARCH_RANKING } from './src/lib/search-settings.ts';
import { sidebar } from './src/lib/sidebar.ts';

/** The public origin, for absolute links (copy-link, Open Graph, sitemap). Override with SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Short links (/R-07/) and moved pages; generated from the published entries and src/editorial/redirects.yaml.
	redirects: redirects(),
	markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Content-Security-Policy: see issue 8 work (Astro's security.csp blocks Starlight's inline style attributes).
	integrations: [
		starlight({
			title: 'POS 刷卡故障知识库',
			description: 'POS 机刷卡失败、交易被拒绝、扣款未成功、未到账等问题的原因、解决方法与预防措施。',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			pagefind: { ranking: SEARCH_RANKING },
			lastUpdated: false,
			disable404Route: true,
			pagination: false,
			customCss: ['./src/styles/kb.css'],
			components: {
				Search: './src/components/Search.astro',
			},
			sidebar: sidebar(),
		}),
	],
});
