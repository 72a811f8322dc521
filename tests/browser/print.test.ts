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
		// The address it was served from: this build has no SITE_URL, so never the localhost:4321 default of the config.
		expect(address).toBe(`"本页地址：${session.url}${remedy.url}"`);
		expect(address).not.toContain('localhost:4321');
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

	it('prints the address each entry page was served from, for every type of entry (phone)', async () => {
		const entries = await apiEntries();
		const watched = await session.context('phone');
		for (const type of ['symptom', 'cause', 'remedy', 'prevention', 'case', 'code'] as const) {
			const entry = entries.find((e) => e.type === type)!;
			const page = await watched.open(entry.url);
			await page.emulateMedia({ media: 'print' });
			const address = await page.locator('.entry').evaluate((el) => getComputedStyle(el, '::after').content);
			expect(address, entry.id).toBe(`"本页地址：${session.url}${entry.url}"`);
			await page.close();
		}
		expect(watched.errors).toEqual([]);
		await watched.context.close();
	});
});
