import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries, DIST } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, Session, type ViewportName } from '../helpers/session.ts';

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
	}
});
