import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser.ts';
import { pageKinds } from '../helpers/pages.ts';
import { BROWSER_TIMEOUT, mapLimit, Session, type ViewportName } from '../helpers/session.ts';

/** axe-core from node_modules, evaluated in each page. */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe on the page (WCAG 2.x A/AA rules and best practices, or only colour contrast) and returns the serious and
 * critical violations. The page's CSP blocks injected inline scripts (page.addScriptTag), so axe is evaluated through
 * the DevTools protocol (page.evaluate), which CSP does not govern.
 */
async function axe(page: Page, only: 'all' | 'color-contrast' = 'all'): Promise<Violation[]> {
	await page.evaluate(AXE);
	const runOnly =
		only === 'all'
			? "{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }"
			: "{ type: 'rule', values: ['color-contrast'] }";
	const results = (await page.evaluate(`axe.run(document, { runOnly: ${runOnly}, resultTypes: ['violations'] })`)) as {
		violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
	};
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

describe.runIf(browserAvailable())('accessibility (axe-core) in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		it(`has no serious or critical violations on any page type, the indexes, search and 404 (${viewport})`, async () => {
			const watched = await session.context(viewport);
			const found: Record<string, Violation[]> = {};
			await mapLimit(await pageKinds(), 3, async ({ kind, path, missing }) => {
				const page = await watched.open(path, { missing });
				// Language attributes: the document is Simplified Chinese, and nothing inside says otherwise.
				expect(await page.getAttribute('html', 'lang'), path).toBe('zh-CN');
				expect(await page.locator('body [lang]:not([lang^="zh"])').count(), path).toBe(0);
				const violations = await axe(page);
				if (violations.length) found[`${kind} ${path}`] = violations;
				await page.close();
			});
			expect(found).toEqual({});
			expect(watched.errors).toEqual([]);
			await watched.context.close();
		});
	}

	it('has sufficient colour contrast in the light theme too', async () => {
		const watched = await session.context('desktop', { colorScheme: 'light' });
		const found: Record<string, Violation[]> = {};
		await mapLimit(await pageKinds(), 3, async ({ kind, path, missing }) => {
			const page = await watched.open(path, { missing });
			expect(await page.getAttribute('html', 'data-theme')).toBe('light');
			const violations = await axe(page, 'color-contrast');
			if (violations.length) found[`${kind} ${path}`] = violations;
			await page.close();
		});
		expect(found).toEqual({});
		await watched.context.close();
	});
});
