import { readFileSync } from 'node:fs';
import { cachedReader, LEARN_DEFAULTS, learnTerms, phrasingsOf } from '/work/main/scripts/pipeline/search-learned.ts';
import { type EntryIndex } from '/work/main/src/shared/search/rank.ts';
import { apiEntries, DIST } from '/work/main/tests/helpers/dist.ts';
import { learnedRules, rulesAt, withoutRules } from '/work/main/tests/search/provenance.ts';
import { loadRealSet, REAL_SETS, type Relations, rankedOutcomes } from '/work/main/tests/search/real-sets.ts';
const relations: Relations = new Map((await apiEntries()).map((e) => [e.id, e.related]));
const built: EntryIndex = JSON.parse(readFileSync(`${DIST}/search-index.json`, 'utf8'));
const { learned: _s, ...index } = built;
const sets = REAL_SETS.map((s) => ({ name: s.file.replace('.yaml', ''), queries: loadRealSet(s.file) }));
const present = rulesAt(undefined, (p) => readFileSync(p, 'utf8'));
const prov = learnedRules(new Map(sets.map((s) => [s.name, s.queries.map((q) => q.q)])), present, index.vocabulary);
const titles = new Map(built.entries.map((e) => [e.id, e.title]));
for (const held of sets.filter((s) => process.argv.slice(2).includes(s.name))) {
  const fold = withoutRules(index, prov.learned.get(held.name) ?? []);
  const train = sets.filter((s) => s !== held).flatMap((s) => phrasingsOf(s.name, s.queries));
  const learned = learnTerms(train, fold, LEARN_DEFAULTS, cachedReader(fold.vocabulary));
  for (const o of rankedOutcomes(held.queries, { ...fold, learned }, relations)) {
    if (o.query.noAnswer || (o.rank && o.rank <= 3)) continue;
    const pos = o.ranked.ids.findIndex((id) => o.query.expect.includes(id)); (globalThis as any).ranks ??= []; (globalThis as any).ranks.push(pos);
    console.log(`${held.name} [${o.query.kind}] ${o.query.q}\n   want ${o.query.expect.join(',')}  got ${o.ranked.ids.slice(0, 3).map((id) => `${id}:${titles.get(id)?.slice(0, 14)}`).join(' | ')}${o.ranked.declined ? ' (declined)' : ''}`);
  }
}
const r=(globalThis as any).ranks; const h=new Map(); for (const p of r) { const k = p<0?"absent":p<6?String(p+1):p<10?"7-10":">10"; h.set(k,(h.get(k)??0)+1);} console.log(h);
