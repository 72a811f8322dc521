import { describe, expect, it } from 'vitest';
import { SHOWN_ON_ENTRY_PAGE, statementPages, statementsPath } from '../../src/shared/evidence.ts';
import { site } from '../helpers/dist.ts';

/** Issue 14, part 4, on the built site: an entry page shows at most a dozen statements; the rest are one step away. */
const { pages } = await site();
const entryPages = [...pages.values()].filter((p) => /^\/(symptoms|causes|remedies|prevention|cases)\/[A-Z]-\d+\/$/.test(p.path));
const count = (html: string) => html.match(/个来源/g)?.length ?? 0;

describe('evidence on the built site', () => {
	it(`shows at most ${SHOWN_ON_ENTRY_PAGE} statements on an entry page, each with its number of sources`, () => {
		expect(entryPages.length).toBeGreaterThan(50);
		for (const page of entryPages) expect(count(page.text), page.path).toBeLessThanOrEqual(SHOWN_ON_ENTRY_PAGE);
	});
	it('links an entry page with more statements to its all-statements pages, which list every one of them', () => {
		const withMore = entryPages.filter((p) => /查看全部 \d+ 条说法/.test(p.text));
		expect(withMore.length).toBeGreaterThan(0);
		for (const page of withMore) {
			const total = Number(/查看全部 (\d+) 条说法/.exec(page.text)![1]);
			expect(
				page.links.map((l) => l.href),
				page.path,
			).toContain(statementsPath(page.path));
			let listed = 0;
			for (let n = 1; n <= statementPages(total); n++) {
				const all = pages.get(statementsPath(page.path, n));
				expect(all, statementsPath(page.path, n)).toBeDefined();
				listed += count(all!.text);
			}
			expect(listed, page.path).toBe(total);
		}
	});
});
