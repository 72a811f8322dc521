import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries, DIST } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, POLL_TIMEOUT, Session, type ViewportName } from '../helpers/session.ts';

describe.runIf(browserAvailable())('the 404 page on a static host, in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	it('is a plain dist/404.html that does not depend on its address', () => {
		const html = readFileSync(`${DIST}/404.html`, 'utf8');
		// Relative asset or link paths would break when the host serves this file at /a/b/c/.
		expect(html).not.toMatch(/\s(?:src|href)="(?!\/|#|https?:|data:)/);
		expect(html).toContain('name="robots" content="noindex"');
	});

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		it(`offers search and the symptom cards at any unknown address, and both work (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const symptoms = (await apiEntries()).filter((e) => e.type === 'symptom');
			for (const path of ['/no-such-page/', '/remedies/R-999/', '/a/b/c/d.html']) {
				const page = await watched.open(path, { missing: true });
				expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
				const cards = page.locator('.symptom-card a');
				expect(await cards.count(), path).toBe(symptoms.length);
				await page.close();
			}
			// A symptom card leads to its page.
			const page = await watched.open('/remedies/R-999/', { missing: true });
			await Promise.all([
				page.waitForURL((url) => url.pathname === symptoms[0]!.url),
				page.locator(`.symptom-card a[href="${symptoms[0]!.url}"]`).click(),
			]);
			// The search form opens the search page with the query.
			const again = await watched.open('/no-such-page/', { missing: true });
			await again.locator('.kb-search-form input').fill('钱扣了没到账');
			await Promise.all([
				again.waitForURL((url) => url.pathname === '/search/'),
				again.locator('.kb-search-form button[type="submit"]').click(),
			]);
			expect(new URL(again.url()).searchParams.get('q')).toBe('钱扣了没到账');
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			expect(watched.foreign).toEqual([]);
			await watched.context.close();
		});

		it(`recognises a mistyped entry address and offers the entry, with its step (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const entries = await apiEntries();
			const remedy = entries.find((e) => e.id === 'R-24') ?? entries.find((e) => e.type === 'remedy')!;
			const symptom = entries.find((e) => e.type === 'symptom')!;
			const code = entries.find((e) => e.id === '51')!;
			const lower = remedy.id.toLowerCase();
			const cases: Array<[string, string]> = [
				[`/${lower}/`, remedy.url],
				[`/${lower}`, remedy.url],
				[`/${lower}#step-2`, `${remedy.url}#step-2`],
				[`/${remedy.id.replace('-', '')}/#step-2`, `${remedy.url}#step-2`],
				[`/remedies/${lower}/`, remedy.url],
				[`/${symptom.id.toLowerCase()}/`, symptom.url],
				['/Codes/51', code.url],
				['/codes/51.html', code.url],
				['/51/', code.url],
			];
			for (const [path, target] of cases) {
				const page = await watched.open(path, { missing: true });
				const offer = page.locator('.kb-recover');
				expect(await offer.isVisible(), path).toBe(true);
				expect(await offer.textContent(), path).toMatch(/^是不是要找 .+？$/);
				const link = offer.locator('a');
				expect(await link.getAttribute('href'), path).toBe(target);
				expect(await link.textContent(), path).toContain(target.includes('/codes/') ? '应答码 51' : target.split('/')[2]!);
				// It is the first thing on the page, in the first screen.
				const box = await offer.boundingBox();
				expect(box!.y + box!.height, path).toBeLessThanOrEqual(page.viewportSize()!.height);
				await page.close();
			}
			// The offered link leads to the step.
			const page = await watched.open(`/${lower}#step-2`, { missing: true });
			await Promise.all([
				page.waitForURL((url) => url.pathname === remedy.url && url.hash === '#step-2'),
				page.locator('.kb-recover a').click(),
			]);
			await expect.poll(() => page.locator('#step-2').isVisible(), { timeout: POLL_TIMEOUT }).toBe(true);
			// No offer where the address names no entry.
			for (const path of ['/no-such-page/', '/remedies/R-999/', '/codes/ZZ/']) {
				const other = await watched.open(path, { missing: true });
				expect(await other.locator('.kb-recover').isHidden(), path).toBe(true);
				await other.close();
			}
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			await watched.context.close();
		});
	}

	it('sends a short link without its slash, with a step, to the step (the host answers /R-24 with the redirect page)', async () => {
		const watched = await session.context('phone');
		const remedy = (await apiEntries()).find((e) => e.id === 'R-24')!;
		const page = await watched.context.newPage();
		await page.goto(`${session.url}/${remedy.id}#step-2`, { waitUntil: 'commit' });
		await page.waitForURL((url) => url.pathname === remedy.url, { waitUntil: 'domcontentloaded' });
		expect(new URL(page.url()).hash).toBe('#step-2');
		expect(watched.errors).toEqual([]);
		await watched.context.close();
	});
});
