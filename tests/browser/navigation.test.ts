import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { type ApiEntry, apiEntries } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, Session, type ViewportName } from '../helpers/session.ts';

/** Clicks a link like a reader (it must be visible and not covered) and waits for the next page. */
async function follow(page: Page, selector: string): Promise<string> {
	const link = page.locator(selector).first();
	const href = await link.getAttribute('href');
	await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()]);
	return href!;
}

describe.runIf(browserAvailable())('home → symptom → cause → remedy in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	let entries: ApiEntry[];
	let byId: Map<string, ApiEntry>;
	beforeAll(async () => {
		await session.start();
		entries = await apiEntries();
		byId = new Map(entries.map((e) => [e.id, e]));
	});
	afterAll(() => session.stop());

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		it(`reaches a remedy for every symptom in three clicks (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const symptoms = entries.filter((e) => e.type === 'symptom');
			expect(symptoms.length).toBeGreaterThanOrEqual(4);
			for (const symptom of symptoms) {
				const page = await watched.open('/');
				// Click 1: the symptom's card on the home page.
				expect(await follow(page, `.symptom-card a[href="${symptom.url}"]`)).toBe(symptom.url);
				expect(await page.locator('h1').textContent()).toContain(symptom.id);
				// Click 2: the first (most likely) cause listed on the symptom page.
				const causeUrl = await follow(page, '#related-causes + ol a');
				const cause = entries.find((e) => e.url === causeUrl)!;
				expect(cause?.type, `${symptom.id} → ${causeUrl}`).toBe('cause');
				expect(symptom.related).toContain(cause.id);
				// Click 3: the first remedy of that cause; the page has numbered steps to follow.
				const remedyUrl = await follow(page, '#related-remedies + ol a');
				const remedy = entries.find((e) => e.url === remedyUrl)!;
				expect(remedy?.type, `${cause.id} → ${remedyUrl}`).toBe('remedy');
				expect(byId.get(cause.id)!.related).toContain(remedy.id);
				expect(await page.locator('ol.steps > li[id="step-1"]').isVisible()).toBe(true);
				await page.close();
			}
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			expect(watched.foreign).toEqual([]);
			await watched.context.close();
		});
	}

	it('has a working back-link (breadcrumbs) on every entry page type', async () => {
		const watched = await session.context('phone');
		for (const type of ['symptom', 'cause', 'remedy', 'prevention', 'case', 'code'] as const) {
			const entry = entries.find((e) => e.type === type)!;
			const page = await watched.open(entry.url);
			const crumbs = page.locator('nav.entry-breadcrumbs');
			expect(await crumbs.getAttribute('aria-label')).toBeTruthy();
			const index = entry.url.replace(/[^/]+\/$/, '');
			await follow(page, `nav.entry-breadcrumbs a[href="${index}"]`);
			expect(new URL(page.url()).pathname).toBe(index);
			await page.close();
		}
		expect(watched.errors).toEqual([]);
		await watched.context.close();
	});
});
