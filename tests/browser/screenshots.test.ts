import { mkdir } from 'node:fs/promises';
import type { BrowserContextOptions } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { pageKinds } from '../helpers/pages.ts';
import { BROWSER_TIMEOUT, Session, VIEWPORTS, type ViewportName } from '../helpers/session.ts';

/** Screenshots for review (test artifacts, gitignored); `npm run screenshots:docs` copies a few into docs/screenshots/. */
const SCREENSHOTS = 'test-results/screenshots';
const KINDS = ['home', 'symptom', 'cause', 'remedy', 'prevention', 'case', 'code', 'code-index', 'search'];

describe.runIf(browserAvailable())('screenshots of every page type in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(async () => {
		await session.start();
		await mkdir(SCREENSHOTS, { recursive: true });
	});
	afterAll(() => session.stop());

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		it(`writes one screenshot per page type (${viewport}), each showing a rendered page`, async () => {
			const watched = await session.context(viewport);
			const pages = (await pageKinds()).filter((p) => KINDS.includes(p.kind));
			expect(pages.map((p) => p.kind)).toEqual(KINDS);
			for (const { kind, path } of pages) {
				const page = await watched.open(path);
				await page.waitForLoadState('networkidle');
				const file = `${SCREENSHOTS}/${kind}-${viewport}.png`;
				await page.screenshot({ path: file });
				await page.close();
				// A real page, not a blank or an error screen: the viewport size, and enough variation in the pixels.
				const { width, height } = await sharp(file).metadata();
				const options: BrowserContextOptions = VIEWPORTS[viewport];
				const scale = options.deviceScaleFactor ?? 1;
				expect({ width, height }, file).toEqual({
					width: VIEWPORTS[viewport].viewport.width * scale,
					height: VIEWPORTS[viewport].viewport.height * scale,
				});
				const { channels } = await sharp(file).stats();
				expect(channels[0]!.stdev, file).toBeGreaterThan(10);
			}
			expect(watched.errors).toEqual([]);
			await watched.context.close();
		});
	}
});
