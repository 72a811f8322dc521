/**
 * `npm run crossval:learned [-- --weights 0,32] [--explains 0,1] [--min-sets 1] [--min-sets-unwritten 3] [--min-hosts 2] [--top 32]
 * [--min-weight 0.2] [--smoothing 1] [--kinds] [--hand-only] [--changes]`: leave-one-set-out of the learned search terms
 * (scripts/pipeline/search-learned.ts, issue 15).
 *
 * For each set S of tests/search/real/: the learned terms are trained on every other set and S is ranked with them,
 * against the same ranking without learned terms. Twice: over today's entry index (the hand-written vocabulary and
 * aliases in full, some of them written from S's misses), and over the fold's index of `npm run crossval:search`
 * (the rules learned from S left out, tests/search/provenance.ts), where the learned terms are also trained with that
 * fold's vocabulary. Per set and pooled (all sets; heldout-12 to -15, the latest and least tuned; heldout-12 to -17, with the
 * two sets measured after the learned terms were designed): hit@3, MRR@5,
 * unrelated first, no-answer declined, answerable declined. Any learned terms in the built index are replaced per fold,
 * so the figures never see S's own labels. The entry ranking only, as crossval.ts (no Pagefind fallback). `--kinds`
 * adds a table per kind, `--hand-only` runs the second comparison only, `--changes` lists the queries whose outcome differs
 * between the first and the last configuration.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cachedReader, LEARN_DEFAULTS, type LearnOptions, learnTerms, phrasingsOf } from '../../scripts/pipeline/search-learned.ts';
import { type EntryIndex, RANKING } from '../../src/shared/search/rank.ts';
import { apiEntries, assertBuilt, DIST } from '../helpers/dist.ts';
import { learnedRules, rulesAt, withoutRules } from './provenance.ts';
import {
	type Figures,
	figures,
	figuresByKind,
	loadRealSet,
	type Outcome,
	REAL_KINDS,
	REAL_SETS,
	type RealQuery,
	type Relations,
	rankedOutcomes,
} from './real-sets.ts';

const { values } = parseArgs({
	options: {
		index: { type: 'string' },
		weights: { type: 'string', default: '0,32' },
		explains: { type: 'string', default: '1' },
		'min-sets': { type: 'string' },
		'min-sets-unwritten': { type: 'string' },
		'min-hosts': { type: 'string' },
		'min-support': { type: 'string' },
		'min-weight': { type: 'string' },
		smoothing: { type: 'string' },
		top: { type: 'string' },
		kinds: { type: 'boolean', default: false },
		'hand-only': { type: 'boolean', default: false },
		changes: { type: 'boolean', default: false },
	},
});
assertBuilt();
const relations: Relations = new Map((await apiEntries()).map((e) => [e.id, e.related]));
const built: EntryIndex = JSON.parse(readFileSync(values.index ?? `${DIST}/search-index.json`, 'utf8'));
const { learned: _shipped, ...index } = built;
const sets = REAL_SETS.map((s) => ({ name: s.file.replace('.yaml', ''), queries: loadRealSet(s.file) }));
const LATEST = new Set(['heldout-12', 'heldout-13', 'heldout-14', 'heldout-15']);
/** The latest sets, with those measured after the learned terms were designed (heldout-16 and -17). */
const NEWEST = new Set([...LATEST, 'heldout-16', 'heldout-17']);

const num = (v: string | undefined, d: number): number => (v === undefined ? d : Number(v));
const options: LearnOptions = {
	minSupport: num(values['min-support'], LEARN_DEFAULTS.minSupport),
	minHosts: num(values['min-hosts'], LEARN_DEFAULTS.minHosts),
	minSets: num(values['min-sets'], LEARN_DEFAULTS.minSets),
	minSetsUnwritten: num(values['min-sets-unwritten'], LEARN_DEFAULTS.minSetsUnwritten),
	smoothing: num(values.smoothing, LEARN_DEFAULTS.smoothing),
	minWeight: num(values['min-weight'], LEARN_DEFAULTS.minWeight),
	topK: num(values.top, LEARN_DEFAULTS.topK),
};
const weights = (values.weights ?? '0').split(',').map(Number);
const explains = (values.explains ?? '1').split(',').map(Number);
const configs = weights.flatMap((w) => (w === 0 ? [{ w, x: 0 }] : explains.map((x) => ({ w, x }))));
const label = ({ w, x }: { w: number; x: number }): string => (w === 0 ? 'no learned terms' : `learned ×${w}${x ? ', explains' : ''}`);

const outcomes = (queries: readonly RealQuery[], over: EntryIndex): Outcome[] => rankedOutcomes(queries, over, relations);

/** How a query fared: its rank, declined or answered, unrelated first. */
const fate = (o: Outcome): string =>
	`${o.query.noAnswer ? (o.ranked.declined ? 'declined' : 'answered') : o.rank ? `#${o.rank}` : 'miss'}${o.unrelatedFirst ? ' (unrelated first)' : ''}`;

/** The queries of a set whose outcome differs between the first and the last configuration. */
function describeChanges(set: string, outs: readonly Outcome[][]): string[] {
	const [a, b] = [outs[0] ?? [], outs.at(-1) ?? []];
	return a.flatMap((o, k) => {
		const after = b[k] as Outcome;
		return fate(o) === fate(after)
			? []
			: [`  ${set}: ${fate(o)} → ${fate(after)}  ${o.query.q}  (got ${after.ranked.ids.slice(0, 3).join(' ')})`];
	});
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const cells = (f: Figures): string =>
	`${pct(f.hit3)} | ${f.mrr5.toFixed(3)} | ${f.unrelatedFirst} | ${f.declined}/${f.noAnswer} | ${f.falseDeclined}`;

const present = rulesAt(undefined, (path) => readFileSync(path, 'utf8'));
const provenance = learnedRules(new Map(sets.map((s) => [s.name, s.queries.map((q) => q.q)])), present, index.vocabulary);
const today = { ...RANKING };
console.log(
	`Learned terms, leave-one-set-out. Trainer: ${JSON.stringify(options)}. Columns per configuration: hit@3 | MRR@5 | unrelated first | no-answer declined | answerable declined.\n`,
);
for (const hand of values['hand-only'] ? [true] : [false, true]) {
	console.log(
		`### ${hand ? 'Hand vocabulary learned from the held set left out (crossval:search folds)' : 'Hand vocabulary in full (today)'}\n`,
	);
	console.log(
		`| set | n | ${configs.map((c) => `${label(c)}: hit@3 | MRR@5 | unrelated | no-answer declined | answerable declined`).join(' | ')} |`,
	);
	console.log(`| --- | --- | ${configs.map(() => '--- | --- | --- | --- | ---').join(' | ')} |`);
	const pooled = configs.map(() => [] as Outcome[]);
	const latest = configs.map(() => [] as Outcome[]);
	const newest = configs.map(() => [] as Outcome[]);
	let termCount = 0;
	const changes: string[] = [];
	for (const held of sets) {
		const fold = hand ? withoutRules(index, provenance.learned.get(held.name) ?? []) : index;
		const read = cachedReader(fold.vocabulary);
		const train = sets.filter((s) => s !== held).flatMap((s) => phrasingsOf(s.name, s.queries));
		const learned = learnTerms(train, fold, options, read);
		termCount += Object.values(learned).reduce((n, t) => n + Object.keys(t).length, 0);
		const row: string[] = [];
		const outs: Outcome[][] = [];
		configs.forEach((cfg, i) => {
			Object.assign(RANKING, today, { learnedWeight: cfg.w, learnedExplains: cfg.x });
			const out = outcomes(held.queries, cfg.w > 0 ? { ...fold, learned } : fold);
			outs.push(out);
			pooled[i]?.push(...out);
			if (LATEST.has(held.name)) latest[i]?.push(...out);
			if (NEWEST.has(held.name)) newest[i]?.push(...out);
			row.push(cells(figures(out)));
		});
		Object.assign(RANKING, today);
		if (values.changes) changes.push(...describeChanges(held.name, outs));
		console.log(`| ${held.name} | ${held.queries.filter((q) => !q.noAnswer).length} | ${row.join(' | ')} |`);
	}
	console.log(
		`| heldout-12..15 | ${latest[0]?.filter((o) => !o.query.noAnswer).length} | ${latest.map((o) => cells(figures(o))).join(' | ')} |`,
	);
	console.log(
		`| heldout-12..17 | ${newest[0]?.filter((o) => !o.query.noAnswer).length} | ${newest.map((o) => cells(figures(o))).join(' | ')} |`,
	);
	console.log(`| all | ${pooled[0]?.filter((o) => !o.query.noAnswer).length} | ${pooled.map((o) => cells(figures(o))).join(' | ')} |`);
	console.log(`\nLearned terms per fold, mean: ${(termCount / sets.length).toFixed(0)}\n`);
	if (values.changes) console.log(`Queries whose outcome changes from the first configuration to the last:\n${changes.join('\n')}\n`);
	if (values.kinds) {
		console.log(`Per kind, all folds: ${configs.map(label).join(' / ')}\n`);
		const byKind = pooled.map((o) => new Map(figuresByKind(o)));
		for (const k of [...REAL_KINDS, 'all']) {
			const first = byKind[0]?.get(k);
			if (first) console.log(`| ${k} | ${first.n} | ${byKind.map((m) => cells(m.get(k) as Figures)).join(' | ')} |`);
		}
		console.log('');
	}
}
