import { describe, expect, it } from 'vitest';
import { resolveHref } from '../../scripts/site-checks/links.ts';
import { type ApiEntry, apiEntries, site } from '../helpers/dist.ts';

/** Site path of a content link (the site checks' resolver), with the trailing slash page keys have. */
function target(href: string, from: string): string | undefined {
	const resolved = resolveHref(href, from);
	if (resolved === undefined || resolved === 'external') return undefined;
	return resolved.path.endsWith('/') ? resolved.path : `${resolved.path}/`;
}

/**
 * Fewest clicks on content links (not the sidebar or breadcrumbs) from any symptom page to each page: a reader who
 * landed on the symptom they see gets to every cause, remedy, prevention and case from there.
 */
async function clicksFromSymptoms(entries: ApiEntry[]): Promise<Map<string, number>> {
	const { pages } = await site();
	const distance = new Map<string, number>();
	let frontier = entries.filter((e) => e.type === 'symptom').map((e) => e.url);
	for (const url of frontier) distance.set(url, 0);
	for (let clicks = 1; frontier.length > 0; clicks++) {
		const next: string[] = [];
		for (const path of frontier) {
			for (const href of pages.get(path)?.contentLinks ?? []) {
				const to = target(href, path);
				if (to === undefined || distance.has(to) || !pages.has(to)) continue;
				distance.set(to, clicks);
				next.push(to);
			}
		}
		frontier = next;
	}
	return distance;
}

describe('every entry is reachable from a symptom', () => {
	it('in at most three clicks on the pages’ own links (causes, remedies, prevention, cases)', async () => {
		const entries = await apiEntries();
		const distance = await clicksFromSymptoms(entries);
		const checked = entries.filter((e) => e.type !== 'symptom' && e.type !== 'code');
		expect(checked.length).toBeGreaterThan(50);
		const far = checked
			.filter((e) => (distance.get(e.url) ?? Number.POSITIVE_INFINITY) > 3)
			.map((e) => `${e.id} (${distance.get(e.url) ?? 'unreachable'})`);
		expect(far).toEqual([]);
	});

	it('counts clicks on content links only: a page reachable only through the sidebar is not counted', async () => {
		const { pages } = await site();
		const symptom = (await apiEntries()).find((e) => e.type === 'symptom')!;
		const links = pages.get(symptom.url)!.contentLinks.map((href) => target(href, symptom.url));
		// The about page is in the sidebar of every page, never in a symptom's content.
		expect(links).not.toContain('/about/');
	});
});
