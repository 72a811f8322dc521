import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, Session, VIEWPORTS, type ViewportName } from '../helpers/session.ts';

/** The causes as the site publishes them, with the link of the chain each is located at. */
const causes = new Map(
	(JSON.parse(readFileSync('src/content/generated/causes.json', 'utf8')) as Array<{ id: string; stage: string }>).map((c) => [
		c.id,
		c.stage,
	]),
);

/** The home page's entry by role and its payment-chain diagram (issue 18 point 8). */
describe.runIf(browserAvailable())(
	'entry by role and the payment chain on the home page, in Chromium',
	{ timeout: BROWSER_TIMEOUT },
	() => {
		const session = new Session();
		beforeAll(() => session.start());
		afterAll(() => session.stop());

		for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
			const { height } = VIEWPORTS[viewport].viewport;

			it(`offers 我是收银员 / 我是持卡人 / 我是客服 on the first screen, each leading to its pages (${viewport})`, async () => {
				const watched = await session.context(viewport);
				const page = await watched.open('/');
				const roles = page.locator('nav[aria-label="按身份找"] a');
				expect(await roles.allTextContents()).toEqual(['我是收银员', '我是持卡人', '我是客服']);
				for (const link of await roles.all()) {
					const box = await link.boundingBox();
					expect(box!.y + box!.height, (await link.textContent()) ?? '').toBeLessThanOrEqual(height);
				}
				for (const [name, anchor] of [
					['我是收银员', 'for-cashier'],
					['我是持卡人', 'for-cardholder'],
					['我是客服', 'for-agent'],
				] as const) {
					await page.getByRole('link', { name, exact: true }).click();
					expect(new URL(page.url()).hash).toBe(`#${anchor}`);
					const section = page.locator(`#${anchor}`);
					expect(await section.isVisible()).toBe(true);
					const links = await section.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
					expect(links.length, anchor).toBeGreaterThanOrEqual(4);
					// The first page of the role is on screen after the tap.
					const first = await section.locator('a').first().boundingBox();
					expect(first!.y + first!.height, anchor).toBeLessThanOrEqual(height);
					for (const href of links) {
						const response = await page.request.get(`${session.url}${href.split('#')[0]}`);
						expect(response.status(), href).toBe(200);
					}
				}
				expect(watched.errors).toEqual([]);
				await watched.context.close();
			});

			it(`shows the payment chain on one screen, collapsed, without empty boxes, each cause under its link (${viewport})`, async () => {
				const watched = await session.context(viewport);
				const page = await watched.open('/');
				const chain = page.locator('ol.chain');
				const box = await chain.boundingBox();
				expect(box!.height, 'the collapsed chain is taller than one screen').toBeLessThanOrEqual(height * 0.8);
				// Every boxed link of the chain opens to at least one cause; a link without causes is no box.
				for (const stage of await chain.locator(':scope > li').all()) {
					const name = (await stage.locator('.chain-stage-name').textContent()) ?? '';
					const details = stage.locator('details');
					if ((await details.count()) === 0) {
						expect(await stage.evaluate((el) => getComputedStyle(el).borderTopWidth), name).toBe('0px');
						continue;
					}
					await stage.locator('summary').click();
					const hrefs = await stage.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
					expect(hrefs.length, name).toBeGreaterThan(0);
					for (const href of hrefs) expect(causes.get(/C-\d+/.exec(href)?.[0] ?? ''), `${href} under ${name}`).toBe(name);
					expect(await stage.locator('a').first().isVisible(), name).toBe(true);
				}
				// Every cause is somewhere on the chain.
				expect(await chain.locator('a').count()).toBe(causes.size);
				// What happens at the counter (operation, training, weather) is not listed under the terminal.
				const terminal = chain.locator(':scope > li', { hasText: 'POS 终端' }).locator('a');
				for (const href of await terminal.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
					expect(['C-07', 'C-08', 'C-26', 'C-27', 'C-29', 'C-30'], href).not.toContain(/C-\d+/.exec(href)?.[0]);
				expect(watched.errors).toEqual([]);
				await watched.context.close();
			});
		}
	},
);
