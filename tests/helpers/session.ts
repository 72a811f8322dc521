import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { assertBuilt, DIST } from './dist.ts';

/**
 * Time limit of one browser test: the longest visit a hundred pages or more, a minute on an idle two-core machine and
 * several when the machine is shared.
 */
export const BROWSER_TIMEOUT = 240_000;

/**
 * How long an `expect.poll` waits for an effect the page makes asynchronously (a clipboard write, a scroll): vitest's
 * default (1 s) is shorter than one frame of a page under a loaded machine's test run; a missing effect still fails.
 */
export const POLL_TIMEOUT = 10_000;

/** The two viewports every browser test covers: a desktop and a phone. */
export const VIEWPORTS = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;

/** What a context saw while a test ran: console errors, uncaught exceptions, CSP violations and requests to other hosts. */
export interface Observed {
	errors: string[];
	violations: string[];
	foreign: string[];
}

/** A browser context on the local copy of dist/, watching everything it loads. */
export interface Watched extends Observed {
	context: BrowserContext;
	/**
	 * Opens `path` (site-relative) in a new page and waits for it to load. With `missing`, the path is expected to
	 * answer 404 (the 404 page): Chromium's console line about that status is then not counted as an error.
	 */
	open(path: string, options?: { missing?: boolean | undefined }): Promise<Page>;
}

/**
 * One static server on 127.0.0.1 serving dist/ and one Chromium, for a test file. Every context it makes records
 * problems instead of failing at once, so a test can assert "none" with the full list in the failure message.
 */
export class Session {
	browser!: Browser;
	url = '';
	#close: Array<() => Promise<void>> = [];

	/**
	 * With `host`, the site is opened at http://<host>:<port> instead of 127.0.0.1 (Chromium resolves the name to the
	 * loopback server): a plain-http origin that is not localhost, as a LAN address is, so the page is not a secure
	 * context and the Clipboard API is missing.
	 */
	async start(options: { host?: string } = {}): Promise<this> {
		assertBuilt();
		const server = await serveStatic(DIST);
		this.url = options.host ? server.url.replace('127.0.0.1', options.host) : server.url;
		this.browser = await launch(options.host ? [`--host-resolver-rules=MAP ${options.host} 127.0.0.1`] : []);
		this.#close.push(
			() => this.browser.close(),
			() => server.close(),
		);
		return this;
	}

	async stop(): Promise<void> {
		for (const close of this.#close) await close().catch(() => undefined);
	}

	/** A new context with the given viewport (and options), watched. */
	async context(viewport: ViewportName = 'desktop', options: BrowserContextOptions = {}): Promise<Watched> {
		const context = await this.browser.newContext({ ...VIEWPORTS[viewport], locale: 'zh-CN', ...options });
		const seen: Observed = { errors: [], violations: [], foreign: [] };
		// CSP violations arrive as DOM events; a binding survives navigations, unlike a variable on window.
		await context.exposeBinding('__kbCspViolation', (_source, text: string) => {
			seen.violations.push(text);
		});
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				(window as unknown as { __kbCspViolation(t: string): void }).__kbCspViolation(
					`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI} (${e.sample})`,
				);
			});
		});
		const host = new URL(this.url).host;
		context.on('request', (r) => {
			const url = new URL(r.url());
			if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== host) seen.foreign.push(r.url());
			else if (!['http:', 'https:', 'data:', 'blob:'].includes(url.protocol)) seen.foreign.push(r.url());
		});
		const missing = new Set<string>();
		context.on('console', (m) => {
			if (m.type() !== 'error') return;
			const at = m.location().url || (m.page()?.url() ?? '');
			if (missing.has(at) && /status of 404/.test(m.text())) return;
			seen.errors.push(`${at}: ${m.text()}`);
		});
		context.on('weberror', (e) => seen.errors.push(`${e.page()?.url() ?? ''}: ${e.error().message}`));
		const base = this.url;
		return {
			...seen,
			context,
			async open(path: string, options: { missing?: boolean | undefined } = {}) {
				if (options.missing) missing.add(base + path);
				const page = await context.newPage();
				const response = await page.goto(base + path, { waitUntil: 'load' });
				if (response?.status() !== (options.missing ? 404 : 200)) throw new Error(`${path} answered ${response?.status()}`);
				return page;
			},
		};
	}
}

/**
 * Maps over `items` with at most `limit` calls in flight, keeping order. Pages spend most of their time waiting for
 * the browser, so a few at once shortens a test without loading two cores more than they can take.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(items[i]!, i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return out;
}
