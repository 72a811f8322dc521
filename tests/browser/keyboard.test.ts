import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, Session, type Watched } from '../helpers/session.ts';

/** The element that has focus, and whether a reader can see that it does (outline or ring on :focus-visible). */
interface Focus {
	tag: string;
	description: string;
	focusVisible: boolean;
	visibleRing: boolean;
}

const focused = (page: Page): Promise<Focus> =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
		const ring = style.boxShadow !== 'none';
		return {
			tag: el.tagName.toLowerCase(),
			description: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 20) || el.getAttribute('aria-label') || (el as HTMLInputElement).name || ''}"`,
			focusVisible: el.matches(':focus-visible'),
			visibleRing: outline || ring,
		};
	});

/** Presses Tab until `match` is focused (at most `limit` times); every stop on the way must show its focus. */
async function tabTo(page: Page, match: string, limit = 80): Promise<{ stops: Focus[]; reached: boolean }> {
	const stops: Focus[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		stops.push(await focused(page));
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, match)) return { stops, reached: true };
	}
	return { stops, reached: false };
}

describe.runIf(browserAvailable())('keyboard use in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	let watched: Watched;
	beforeAll(async () => {
		await session.start();
		watched = await session.context('desktop', { permissions: ['clipboard-read', 'clipboard-write'] });
	});
	afterAll(() => session.stop());

	it('reaches the search form on the home page with Tab, every stop with a visible focus ring, and searches with Enter', async () => {
		const page = await watched.open('/');
		const { stops, reached } = await tabTo(page, '.kb-search-form input');
		expect(reached, stops.map((s) => s.description).join(' → ')).toBe(true);
		expect(stops.filter((s) => !s.focusVisible || !s.visibleRing).map((s) => s.description)).toEqual([]);
		await page.keyboard.type('交易被拒绝');
		await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).searchParams.get('q')).toBe('交易被拒绝');
		await page.close();
	});

	it('reaches the page and step copy-link buttons of a remedy with Tab, and copies with Enter', async () => {
		const remedy = (await apiEntries()).find((e) => e.type === 'remedy')!;
		const page = await watched.open(remedy.url);
		const toPage = await tabTo(page, '.entry > copy-link button');
		expect(toPage.reached, toPage.stops.map((s) => s.description).join(' → ')).toBe(true);
		const toStep = await tabTo(page, 'li#step-1 copy-link button', 20);
		expect(toStep.reached, toStep.stops.map((s) => s.description).join(' → ')).toBe(true);
		const stops = [...toPage.stops, ...toStep.stops];
		expect(stops.filter((s) => !s.focusVisible || !s.visibleRing).map((s) => s.description)).toEqual([]);
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.url}${remedy.url}#step-1`);
		await page.close();
	});

	it('opens the header search with the keyboard', async () => {
		const page = await watched.open('/');
		const { reached, stops } = await tabTo(page, 'site-search button[data-open-modal]');
		expect(reached, stops.map((s) => s.description).join(' → ')).toBe(true);
		expect(stops.at(-1)?.visibleRing).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
		await page.close();
	});

	it('logs no console errors', () => {
		expect(watched.errors).toEqual([]);
	});
});
