import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuickDiagnosis } from '../../src/schemas/diagnosis.ts';
import { browserAvailable } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, Session, VIEWPORTS, type ViewportName, type Watched } from '../helpers/session.ts';

/** The symptoms as the site publishes them, each with its quick diagnosis (src/editorial/diagnosis.yaml). */
const symptoms = JSON.parse(readFileSync('src/content/generated/symptoms.json', 'utf8')) as Array<{
	id: string;
	causes: string[];
	diagnosis?: Omit<QuickDiagnosis, 'symptom'>;
}>;

/** What one walk down a path of answers found. */
interface Path {
	/** The answers tapped, in order. */
	taps: string[];
	/** The address after the last tap (its anchor is the outcome's). */
	url: string;
	/** The remedy link the outcome shows first. */
	remedy: string;
	/** The cause links the outcome names. */
	causes: string[];
}

/** The one question or outcome of the quick diagnosis on screen (exactly one is). */
async function shown(page: Page) {
	const nodes = page.locator('.dx-node:visible');
	expect(await nodes.count(), page.url()).toBe(1);
	return nodes.first();
}

/**
 * Taps every answer of the question on screen, depth first, back with the browser's Back button after each: every
 * path a reader can take, by plain links (the page may have JavaScript off).
 */
async function walk(page: Page, height: number, taps: string[] = []): Promise<Path[]> {
	const node = await shown(page);
	const remedy = node.locator('a.dx-remedy');
	if ((await remedy.count()) > 0) {
		// An outcome: its first remedy is on screen, one more tap away.
		const box = await remedy.boundingBox();
		expect(box, page.url()).not.toBeNull();
		expect(box!.y + box!.height, `${page.url()}: the remedy link is below the first screen`).toBeLessThanOrEqual(height);
		const causes = await node.locator('.dx-cause a, .dx-also a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		return [{ taps, url: page.url(), remedy: (await remedy.getAttribute('href')) ?? '', causes }];
	}
	const answers = node.locator('.dx-answers a');
	const labels = await answers.allTextContents();
	expect(labels.length, page.url()).toBeGreaterThanOrEqual(2);
	const paths: Path[] = [];
	for (let i = 0; i < labels.length; i++) {
		await (await shown(page)).locator('.dx-answers a').nth(i).click();
		expect(new URL(page.url()).hash, `${taps.join(' › ')} › ${labels[i]}`).toMatch(/^#dx-/);
		paths.push(...(await walk(page, height, [...taps, labels[i]!])));
		await page.goBack({ waitUntil: 'commit' });
	}
	return paths;
}

describe.runIf(browserAvailable())('quick diagnosis on every symptom page, in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
	const session = new Session();
	beforeAll(() => session.start());
	afterAll(() => session.stop());

	it('every symptom of the catalogue has one', () => {
		expect(symptoms.length).toBeGreaterThanOrEqual(16);
		for (const s of symptoms) expect(s.diagnosis?.questions.length ?? 0, s.id).toBeGreaterThanOrEqual(2);
	});

	for (const viewport of ['desktop', 'phone'] satisfies ViewportName[]) {
		describe(`at ${VIEWPORTS[viewport].viewport.width}×${VIEWPORTS[viewport].viewport.height}`, () => {
			const height = VIEWPORTS[viewport].viewport.height;
			let watched: Watched;
			// JavaScript off on the phone: the answers are plain links, the questions shown by CSS alone.
			beforeAll(async () => {
				watched = await session.context(viewport, viewport === 'phone' ? { javaScriptEnabled: false } : {});
			});
			afterAll(async () => {
				expect(watched.errors).toEqual([]);
				expect(watched.violations).toEqual([]);
				expect(watched.foreign).toEqual([]);
				await watched.context.close();
			});

			for (const symptom of symptoms) {
				it(`${symptom.id}: every path reaches a remedy in at most 3 taps, every cause is on a path, an answer's address opens it`, async () => {
					const path = `/symptoms/${symptom.id}/`;
					const page = await watched.open(path);
					// The page starts with the diagnosis: its first question and first answer are on the first screen.
					const first = await shown(page);
					expect(await first.getAttribute('id')).toBe(`dx-${symptom.diagnosis!.questions[0]!.id}`);
					const answerBox = await first.locator('.dx-answers a').first().boundingBox();
					expect(answerBox!.y + answerBox!.height, 'first answer below the first screen').toBeLessThanOrEqual(height);
					// The first remedies are listed directly.
					expect(await page.locator('#first-remedies + ol a').count()).toBe(symptom.diagnosis!.first.length);

					const paths = await walk(page, height);
					for (const p of paths) {
						expect(p.taps.length + 1, p.taps.join(' › ')).toBeLessThanOrEqual(3);
						expect(p.remedy, p.taps.join(' › ')).toMatch(/^\/remedies\/R-\d+\/$/);
					}
					const reached = new Set(paths.flatMap((p) => p.causes.map((href) => /C-\d+/.exec(href)?.[0])));
					for (const cause of symptom.causes) expect(reached.has(cause), `${cause} on no path`).toBe(true);

					// The address of an answer, opened on its own (as shared in a ticket), shows the same outcome; one more tap
					// opens the remedy: three taps in all on the longest path.
					const longest = paths.reduce((a, b) => (b.taps.length > a.taps.length ? b : a));
					const shared = await watched.open(longest.url.slice(session.url.length));
					const outcome = await shown(shared);
					expect(await outcome.getAttribute('id')).toBe(new URL(longest.url).hash.slice(1));
					await outcome.locator('a.dx-remedy').click();
					await shared.waitForURL(`**${longest.remedy}`);
					expect(await shared.locator('h1').isVisible()).toBe(true);
					await shared.close();
					await page.close();
				});
			}
		});
	}
});
