import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries } from '../helpers/dist.ts';
import { pageKinds } from '../helpers/pages.ts';
import { BROWSER_TIMEOUT, mapLimit, Session, type Watched } from '../helpers/session.ts';

/** What one loaded page offers: the ids in its live DOM and every same-site link with an anchor. */
interface Visited {
	ids: Set<string>;
	anchors: Array<{ path: string; hash: string }>;
}

describe.runIf(browserAvailable())('every entry page in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	const visited = new Map<string, Visited>();
	let watched: Watched;

	/** Loads a page once and records its ids and anchored links (after scripts ran, as a reader gets it). */
	const visit = async (path: string) => {
		if (visited.has(path)) return;
		const page = await watched.open(path);
		const seen = await page.evaluate(() => ({
			ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
			links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
		}));
		await page.close();
		const anchors = seen.links
			.map((href) => new URL(href))
			.filter((url) => url.origin === session.url && url.hash.length > 1)
			.map((url) => ({ path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) }));
		visited.set(path, { ids: new Set(seen.ids), anchors });
	};

	beforeAll(async () => {
		await session.start();
		watched = await session.context('desktop');
		const paths = [
			...(await apiEntries()).map((e) => e.url),
			...(await pageKinds()).filter((k) => !k.missing && k.kind !== 'search').map((k) => k.path),
		];
		await mapLimit([...new Set(paths)], 4, visit);
		// Pages that anchored links point to but that were not visited yet (none expected, but never assume).
		const targets = [...visited.values()].flatMap((v) => v.anchors.map((a) => a.path));
		await mapLimit([...new Set(targets)], 4, visit);
	}, 600_000);
	afterAll(() => session.stop());

	it('visited every entry page', async () => {
		for (const e of await apiEntries()) expect(visited.has(e.url), e.url).toBe(true);
	});

	it('resolves every anchor: each #id linked from an entry page exists on its target page', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const [from, { anchors }] of visited) {
			for (const { path, hash } of anchors) {
				checked++;
				if (!visited.get(path)?.ids.has(hash)) broken.push(`${from} → ${path}#${hash}`);
			}
		}
		expect(checked).toBeGreaterThan(visited.size);
		expect(broken).toEqual([]);
	});

	it('logs no console errors, violates no CSP and sends no request off 127.0.0.1', () => {
		expect(watched.errors).toEqual([]);
		expect(watched.violations).toEqual([]);
		expect(watched.foreign).toEqual([]);
	});
});
