import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, Session } from '../helpers/session.ts';

const OUT = 'test-results/print';

describe.runIf(browserAvailable())('printing a remedy in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	it('prints only the content: title, facts, steps and relations, with the page address, on few pages', async () => {
		const remedy =
			(await apiEntries()).find((e) => e.type === 'remedy' && e.id === 'R-07') ?? (await apiEntries()).find((e) => e.type === 'remedy')!;
		const watched = await session.context('desktop');
		const page = await watched.open(remedy.url);
		await page.emulateMedia({ media: 'print' });
		const shown = (selector: string) => page.locator(selector).first().isVisible();
		// Screen tools are gone on paper.
		for (const selector of [
			'header',
			'nav.sidebar',
			'starlight-toc',
			'mobile-starlight-toc',
			'.copy-link',
			'.copy-text',
			'#reply',
			'.entry-breadcrumbs',
		])
			expect(await shown(selector), selector).toBe(false);
		// The content stays, every step of it.
		expect(await shown('h1')).toBe(true);
		const steps = page.locator('ol.steps > li');
		expect(await steps.count()).toBeGreaterThan(0);
		for (const step of await steps.all()) expect(await step.isVisible()).toBe(true);
		expect(await shown('#related-causes')).toBe(true);
		// The content uses the full width of the paper, and the address of the page is printed at its end.
		const width = await page.locator('.entry').evaluate((el) => el.getBoundingClientRect().width);
		expect(width).toBeGreaterThan(0.8 * 1280 - 100);
		const address = await page.locator('.entry').evaluate((el) => getComputedStyle(el, '::after').content);
		expect(address).toContain(`${remedy.url}`);
		expect(address).toMatch(/^"本页地址：https?:\/\//);
		await mkdir(OUT, { recursive: true });
		await page.screenshot({ path: `${OUT}/${remedy.id}-print.png`, fullPage: true });
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		await writeFile(`${OUT}/${remedy.id}.pdf`, pdf);
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		expect(pages).toBeGreaterThan(0);
		expect(pages).toBeLessThanOrEqual(2);
		expect(watched.errors).toEqual([]);
		await watched.context.close();
	});
});
