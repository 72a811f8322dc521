import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, mapLimit, Session } from '../helpers/session.ts';

/** Every entry type that has a short link (/<ID>/): all but response codes. */
const SHORT_LINK_TYPES = ['symptom', 'cause', 'remedy', 'prevention', 'case'] as const;

describe.runIf(browserAvailable())('short links in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	// One test per entry type (every entry of each is visited), so that no single test holds all ~150 page loads within
	// one test's timeout on a loaded machine. Response codes have no short link: /codes/51/ is already short, and
	// "/51/" would read as a number.
	it('has a short-link test for every entry type but response codes', async () => {
		const types = new Set((await apiEntries()).map((e) => e.type).filter((t) => t !== 'code'));
		expect([...types].sort()).toEqual([...SHORT_LINK_TYPES].sort());
	});

	it.each(SHORT_LINK_TYPES)('/<ID>/ lands on the entry page for every %s entry', async (type) => {
		const watched = await session.context('phone');
		const entries = (await apiEntries()).filter((e) => e.type === type);
		expect(entries.length, type).toBeGreaterThan(0);
		const landed = await mapLimit(entries, 4, async (entry) => {
			const page = await watched.context.newPage();
			await page.goto(`${session.url}/${entry.id}/`, { waitUntil: 'commit' });
			// The redirect page refreshes at once; the entry page's own scripts have run by DOMContentLoaded.
			await page.waitForURL((url) => url.pathname !== `/${entry.id}/`, { waitUntil: 'domcontentloaded' });
			const where = { path: new URL(page.url()).pathname, h1: await page.locator('h1').textContent() };
			await page.close();
			return { entry, ...where };
		});
		for (const { entry, path, h1 } of landed) {
			expect(path, entry.id).toBe(entry.url);
			expect(h1, entry.id).toContain(entry.id);
		}
		expect(watched.errors).toEqual([]);
		expect(watched.foreign).toEqual([]);
		await watched.context.close();
	});

	it('keeps the step anchor: /<ID>/#step-2 lands on step 2 of the remedy', async () => {
		const watched = await session.context('desktop');
		const remedy = (await apiEntries()).find((e) => e.type === 'remedy')!;
		const page = await watched.context.newPage();
		await page.goto(`${session.url}/${remedy.id}/#step-2`, { waitUntil: 'commit' });
		await page.waitForURL((url) => url.pathname === remedy.url, { waitUntil: 'domcontentloaded' });
		expect(new URL(page.url()).hash).toBe('#step-2');
		expect(await page.locator('#step-2').isVisible()).toBe(true);
		expect(watched.errors).toEqual([]);
		await watched.context.close();
	});
});
