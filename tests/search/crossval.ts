/**
 * `node tests/search/crossval.ts [--index FILE] [--folds dev,heldout-6]`: a leave-one-set-out check of the ranking's settings (issue 15).
 * Every real-phrasing set has been tuned against, so its figure overstates how the search does on phrasings nobody has
 * seen. This asks how much of that is the ranking's settings fitted to the sets: for each set in turn, the settings
 * (RANKING in src/shared/search/rank.ts) are chosen on the other sets only — one pass of coordinate search over each
 * setting at ½ and 2 times today's value, keeping a change only when it improves the other sets — and the
 * set left out is then measured with them. Printed per set: its figure with today's settings (chosen with every set in
 * view) and with the settings chosen without it. A large drop means today's settings fit that set's queries.
 *
 * The entry ranking only (no Pagefind full-text fallback, which only adds pages after the ranked ones when the ranking
 * finds fewer than three): hit@3, MRR@5 and unrelated-first counts as in `npm run eval:search`. The vocabulary is
 * not varied: its rules were written with the sets in view, which only a fresh held-out batch can measure.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type EntryIndex, RANKING, rankEntries } from '../../src/shared/search/rank.ts';
import { apiEntries, assertBuilt, DIST } from '../helpers/dist.ts';
import { figures, isUnrelated, loadRealSet, type Outcome, REAL_SETS, type RealQuery, type Relations } from './real-sets.ts';

const { values } = parseArgs({ options: { index: { type: 'string' }, folds: { type: 'string' } } });
assertBuilt();
const relations: Relations = new Map((await apiEntries()).map((e) => [e.id, e.related]));
const index: EntryIndex = JSON.parse(readFileSync(values.index ?? `${DIST}/search-index.json`, 'utf8'));
const sets = REAL_SETS.map((s) => ({ name: s.file.replace('.yaml', ''), queries: loadRealSet(s.file) }));

/** Settings searched: the ones that change the order of entries (the decline thresholds only change the message). */
const TUNED = [
	'coverageFloor',
	'unknownWeight',
	'singleWeight',
	'canonicalBoost',
	'runBonus',
	'minorWeight',
	'lengthNorm',
	'nameLengthNorm',
	'nameMatch',
	'offTopic',
	'exactBonus',
	'wordWeight',
	'wordPairWeight',
	'seamCap',
] as const satisfies ReadonlyArray<keyof typeof RANKING>;
const FACTORS = [0.5, 1, 2];
const today = { ...RANKING };

function outcomes(queries: readonly RealQuery[]): Outcome[] {
	// A fresh copy of the index: the compiled index (length norms) is cached per object.
	const fresh: EntryIndex = { ...index };
	return queries.map((query) => {
		const r = rankEntries(query.q, fresh);
		const ids = r.results.map((x) => x.id);
		const rank = ids.slice(0, 5).findIndex((id) => query.expect.includes(id)) + 1;
		const first = ids[0];
		return {
			query,
			ranked: { ids, declined: r.declined, understood: r.understood },
			rank,
			unrelatedFirst: !r.declined && first !== undefined && isUnrelated(first, query, relations),
		};
	});
}

/** What the search maximises: hit@3 + MRR@5, less the share of queries with an unrelated first answer. */
function objective(queries: readonly RealQuery[]): number {
	const f = figures(outcomes(queries));
	return f.hit3 + f.mrr5 - f.unrelatedFirst / Math.max(queries.length, 1);
}

function chooseSettings(train: readonly RealQuery[]): Record<string, number> {
	Object.assign(RANKING, today);
	let best = objective(train);
	for (const key of TUNED) {
		const base = today[key];
		let keep = RANKING[key];
		for (const factor of FACTORS) {
			if (factor === 1) continue;
			RANKING[key] = base * factor;
			const value = objective(train);
			if (value > best + 1e-9) {
				best = value;
				keep = RANKING[key];
			}
		}
		RANKING[key] = keep;
	}
	return Object.fromEntries(TUNED.map((k) => [k, RANKING[k]]));
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
console.log(
	'| left out | n | hit@3 today | MRR@5 today | unrelated today | hit@3 chosen without it | MRR@5 | unrelated | settings changed |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
// `--folds heldout-5,heldout-6`: leave out only these sets (each fold searches the settings over all the others; a full
// run is eight folds of 28 rankings of every query, too slow for a shared machine when only some folds are in question).
const folds = values.folds ? new Set(values.folds.split(',')) : undefined;
for (const held of sets.filter((s) => !folds || folds.has(s.name))) {
	const train = sets.filter((s) => s !== held).flatMap((s) => s.queries);
	Object.assign(RANKING, today);
	const before = figures(outcomes(held.queries));
	const chosen = chooseSettings(train);
	const after = figures(outcomes(held.queries));
	const changed = Object.entries(chosen)
		.filter(([k, v]) => v !== today[k as keyof typeof today])
		.map(([k, v]) => `${k} ${today[k as keyof typeof today]}→${Number(v.toFixed(3))}`)
		.join(', ');
	console.log(
		`| ${held.name} | ${before.n} | ${pct(before.hit3)} | ${before.mrr5.toFixed(3)} | ${before.unrelatedFirst} | ${pct(after.hit3)} | ${after.mrr5.toFixed(3)} | ${after.unrelatedFirst} | ${changed || 'none'} |`,
	);
}
Object.assign(RANKING, today);
