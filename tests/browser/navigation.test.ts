import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/static-server.ts';

const run = browserAvailable();

describe.runIf(run)('navigation in Chromium', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		assertBuilt();
		server = await serveStatic(DIST);
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** A page that records console errors and any request that leaves the local server. */
	async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
		const page = await browser.newPage();
		const errors: string[] = [];
		const foreign: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => {
			if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		await page.goto(server.url + path);
		return { page, errors, foreign };
	}

	it('goes from the home page to a remedy in three clicks: symptom → cause → remedy', async () => {
		const { page, errors, foreign } = await open('/');
		await page.locator('.symptom-card a').first().click();
		await expect.poll(() => page.url()).toMatch(/\/symptoms\/S-\d+\/$/);
		await page.locator('#related-causes ~ ol a, #related-causes + ol a').first().click();
		await expect.poll(() => page.url()).toMatch(/\/causes\/C-\d+\/$/);
		await page.locator('#related-remedies + ol a').first().click();
		await expect.poll(() => page.url()).toMatch(/\/remedies\/R-\d+\/$/);
		await expect.poll(() => page.locator('#step-1').count()).toBe(1);
		expect(errors.slice(0, 5)).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});
});
