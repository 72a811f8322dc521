/**
 * `npm run eval:search [-- --set heldout-1] [--all] [--markdown]`: runs the real-phrasing query sets
 * (tests/search/real/) through the site's search over the built site (run `npm run build` first) and prints hit@3,
 * MRR@5, declined no-answer queries and unrelated-first counts per set and per kind, and the worst queries.
 * Report only: it never fails on figures. `--set NAME` runs one set (dev, heldout-1 …), `--all` lists every query,
 * `--markdown` adds a table per set for tests/search/measurements.md, `--engine pagefind` measures the search as it was
 * before the entry ranking (Pagefind alone), `--engine chromium` types every query into the built search page in Chromium, `--index FILE` ranks over another entry index than dist/search-index.json
 * (src/content/generated/search-index.json right after `node scripts/ingest.ts`, for a quick look at a vocabulary change;
 * the full-text fallback still uses dist/ — measure the built site before recording a figure).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { apiEntries, assertBuilt, DIST } from '../helpers/dist.ts';
import { pagefindEngine, siteEngine } from './engine.ts';
import { chromiumEngine } from './engine-chromium.ts';
import { loadRealSet, markdownTable, REAL_SETS, type Relations, report, runSet } from './real-sets.ts';

const { values } = parseArgs({
	options: {
		set: { type: 'string' },
		all: { type: 'boolean', default: false },
		markdown: { type: 'boolean', default: false },
		engine: { type: 'string', default: 'site' },
		index: { type: 'string' },
	},
});

assertBuilt();
const relations: Relations = new Map((await apiEntries()).map((e) => [e.id, e.related]));
const chromium = values.engine === 'chromium' ? await chromiumEngine() : undefined;
const engine =
	chromium?.engine ??
	(values.engine === 'pagefind'
		? await pagefindEngine(DIST, JSON.parse(await readFile('src/content/generated/search-vocabulary.json', 'utf8')))
		: await siteEngine(DIST, JSON.parse(await readFile(values.index ?? `${DIST}/search-index.json`, 'utf8'))));
const sets = REAL_SETS.filter((s) => !values.set || s.file === `${values.set}.yaml` || s.name.endsWith(values.set));
if (sets.length === 0) {
	console.error(
		`eval:search: no query set named ${values.set} — use one of ${REAL_SETS.map((s) => s.file.replace('.yaml', '')).join(', ')}`,
	);
	process.exit(2);
}
for (const set of sets) {
	const outcomes = await runSet(loadRealSet(set.file), engine, relations);
	console.log(
		report(`search relevance: ${set.name} (tests/search/real/${set.file})${set.heldOut ? ', held out: reported only' : ''}`, outcomes, {
			all: values.all,
		}),
	);
	if (values.markdown) console.log(`\n${markdownTable(outcomes)}\n`);
}
await chromium?.close();
