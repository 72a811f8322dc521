import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { apiEntries } from '../helpers/dist.ts';
import { BROWSER_TIMEOUT, POLL_TIMEOUT, Session, type ViewportName } from '../helpers/session.ts';

/**
 * An opened step link (/remedies/R-24/#step-2, as a support agent pastes it): the step is on screen below the sticky
 * header, and the reader still sees which page it is: the step names its page and number while it is the target
 * (the page title itself is then above the screen).
 */
describe.runIf(browserAvailable())('opened step links in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		it(`shows the step below the header with the page's title and the step number (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const remedies = (await apiEntries()).filter((e) => e.type === 'remedy');
			for (const [id, step] of [
				['R-24', 2],
				['R-07', 2],
				['R-07', 5],
			] as const) {
				const remedy = remedies.find((e) => e.id === id)!;
				const page = await watched.open(`${remedy.url}#step-${step}`);
				const target = page.locator(`#step-${step}`);
				const header = await page.locator('header').first().boundingBox();
				await expect
					.poll(async () => (await target.boundingBox())?.y ?? -1, { timeout: POLL_TIMEOUT })
					.toBeGreaterThanOrEqual(header!.y + header!.height);
				const box = (await target.boundingBox())!;
				expect(box.y + Math.min(box.height, 120), `${id} step ${step}`).toBeLessThanOrEqual(page.viewportSize()!.height);
				// The page title, as the step's own first line while it is the opened one.
				const h1 = (await page.locator('h1').textContent())?.trim();
				const context = await target.evaluate((el) => getComputedStyle(el, '::before').content);
				expect(context, `${id} step ${step}`).toBe(`"${h1} · 第 ${step} 步"`);
				// Only the opened step says so.
				const other = page.locator(`#step-${step === 2 ? 1 : 2}`);
				expect(await other.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
				await page.close();
			}
			expect(watched.errors).toEqual([]);
			expect(watched.violations).toEqual([]);
			await watched.context.close();
		});
	}
});
