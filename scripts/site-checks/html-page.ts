import { Parser } from 'htmlparser2';
import { metaPolicy, pageHashes } from '../../src/config/csp.ts';

/** What the site checks need from one built HTML page. */
export interface HtmlPage {
	/** Site path of the page, e.g. /remedies/R-07/. */
	path: string;
	/** Every id (and a[name]) on the page: valid anchor targets. */
	ids: Set<string>;
	/** href of every a/area element, with the line it is on. */
	links: Array<{ href: string; line: number }>;
	/**
	 * Visible text of the body, outside navigation: no script, style or template content, no attributes, no <nav>
	 * (breadcrumbs, sidebar, pagination: the site's own chrome, built from entry titles each page shows in its content).
	 * The promotion and obfuscation checks read it: the site's breadcrumb "首页 › …" is not a scraped site's.
	 */
	text: string;
	/** Links inside the main content (Starlight's .sl-markdown-content), excluding navigation. */
	contentLinks: string[];
	/** Inline event-handler attributes (onclick=…) found: never allowed. */
	eventHandlers: string[];
	/** Scripts or stylesheets loaded from another origin. */
	externalResources: string[];
	/** <meta http-equiv="refresh"> target, for redirect pages. */
	refresh?: string | undefined;
	lang?: string | undefined;
	/** The page's `<meta http-equiv="Content-Security-Policy">` policy, if any. */
	csp?: string | undefined;
	/** Hash sources of inline scripts that the page's policy does not list (the browser would block them). */
	unhashedScripts: string[];
}

const HIDDEN_TEXT = new Set(['script', 'style', 'template', 'noscript', 'nav']);

/** Parses one page; one pass, no DOM, so checking thousands of pages stays fast. */
export function parsePage(html: string, path: string): HtmlPage {
	const csp = metaPolicy(html);
	const scriptSrc = new Set(/(?:^|;)\s*script-src ([^;]*)/.exec(csp ?? '')?.[1]?.split(/\s+/) ?? []);
	const page: HtmlPage = {
		path,
		ids: new Set(),
		links: [],
		text: '',
		contentLinks: [],
		eventHandlers: [],
		externalResources: [],
		csp,
		unhashedScripts: pageHashes(html).scripts.filter((hash) => !scriptSrc.has(hash)),
	};
	let hidden = 0;
	let contentDepth = 0;
	let depth = 0;
	const texts: string[] = [];
	const newlines: number[] = [];
	for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) newlines.push(i);
	/** 1-based line of a character index: binary search over the newline positions. */
	const lineAt = (index: number) => {
		let lo = 0;
		let hi = newlines.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (newlines[mid]! < index) lo = mid + 1;
			else hi = mid;
		}
		return lo + 1;
	};
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				depth++;
				if (HIDDEN_TEXT.has(name)) hidden++;
				if (attrs.id) page.ids.add(attrs.id);
				if (name === 'a' && attrs.name) page.ids.add(attrs.name);
				if (name === 'html') page.lang = attrs.lang;
				if (contentDepth === 0 && /\bsl-markdown-content\b/.test(attrs.class ?? '')) contentDepth = depth;
				if ((name === 'a' || name === 'area') && attrs.href !== undefined) {
					page.links.push({ href: attrs.href, line: lineAt(parser.startIndex) });
					if (contentDepth) page.contentLinks.push(attrs.href);
				}
				for (const attr of Object.keys(attrs)) if (/^on[a-z]+$/.test(attr)) page.eventHandlers.push(`<${name} ${attr}>`);
				const resource =
					name === 'script'
						? attrs.src
						: name === 'link' && /stylesheet|preload|modulepreload|icon/.test(attrs.rel ?? '')
							? attrs.href
							: undefined;
				if (resource && /^(https?:)?\/\//.test(resource)) page.externalResources.push(resource);
				if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh')
					page.refresh = /url=(.*)$/i.exec(attrs.content ?? '')?.[1]?.trim();
			},
			ontext(text) {
				if (!hidden) texts.push(text);
			},
			onclosetag(name) {
				if (HIDDEN_TEXT.has(name)) hidden--;
				if (contentDepth === depth) contentDepth = 0;
				depth--;
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	page.text = texts.join(' ').replace(/\s+/g, ' ');
	return page;
}
