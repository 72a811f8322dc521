/**
 * Where the query-side vocabulary and the entries' aliases come from, for the leave-one-set-out check of what was
 * written with the real-phrasing sets in view (tests/search/crossval.ts, issue 15).
 *
 * Nothing in the search is fitted automatically: the vocabulary (`src/editorial/vocabulary.yaml`: typos, regional
 * words, synonyms, fillers, names, English forms) and the aliases of the entries are written by hand, after looking at
 * the misses of the sets measured so far. What a set's misses taught is therefore recoverable from history: a rule
 * that was already in the vocabulary when the set was first measured (its commit below) cannot have been written for
 * it. A rule written later, whose phrase occurs in the set's queries and in no query of another set that was already
 * measured when the rule was written (those are the sets whose misses could have motivated it), is taken as learned
 * from that set and is left out of its fold. Rules no query contains are general (written by topic) and stay.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { simplifyByTable } from '../../src/shared/chinese/simplified.ts';
import { foldQuery } from '../../src/shared/chinese/width.ts';
import { foldEnglish } from '../../src/shared/search/english.ts';
import type { EntryIndex } from '../../src/shared/search/rank.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';

/**
 * The commit at which each set was first measured (tests/search/measurements.md): the vocabulary there was written
 * without it. The English probe was collected after 4a3d5ad and measured on it.
 */
export const FIRST_MEASURED: Readonly<Record<string, string>> = {
	dev: '3e87545',
	'heldout-1': '3e87545',
	'heldout-2': '9010522',
	'heldout-3': '80f7b50',
	'english-probe': '4a3d5ad',
	'heldout-4': 'c5bfd7b',
	'heldout-5': '894749a',
	'heldout-6': 'ab23724',
	'heldout-7': 'ac9f5bb',
	'heldout-8': '5c2cc73',
	'heldout-9': 'd74fc72',
	'heldout-10': '3201b1f',
	'heldout-11': '6dc3b2c',
	'heldout-12': 'ac181e6',
	'heldout-13': '051b9bd',
	'heldout-14': 'fdcb646',
	'heldout-15': 'a4037c8',
	'heldout-16': '07ca2d6',
	'heldout-17': '8dcbe72',
	'heldout-18': '202d56c',
	'heldout-19': 'b628a5b',
};

/** The first measurement of each set as recorded (hit@3, MRR@5), for comparison with the fold's figure. */
export const FIRST_FIGURES: Readonly<Record<string, readonly [number, number]>> = {
	dev: [0.748, 0.679],
	'heldout-1': [0.75, 0.726],
	'heldout-2': [0.792, 0.728],
	'heldout-3': [0.82, 0.719],
	'english-probe': [0.75, 0.656],
	'heldout-4': [0.747, 0.701],
	'heldout-5': [0.75, 0.686],
	'heldout-6': [0.81, 0.725],
	'heldout-7': [0.757, 0.683],
	'heldout-8': [0.803, 0.72],
	'heldout-9': [0.766, 0.677],
	'heldout-10': [0.621, 0.581],
	'heldout-11': [0.677, 0.587],
	'heldout-12': [0.728, 0.558],
	'heldout-13': [0.585, 0.465],
	'heldout-14': [0.692, 0.615],
	'heldout-15': [0.706, 0.647],
	'heldout-16': [0.706, 0.655],
	'heldout-17': [0.675, 0.625],
	'heldout-18': [0.802, 0.723],
	'heldout-19': [0.566, 0.532],
};

/** A hand-written rule: its section and the phrase a query must contain for it to act. */
export interface Rule {
	section: 'typos' | 'regional' | 'synonyms' | 'fillers' | 'names' | 'english' | 'alias';
	phrase: string;
	/** For an alias: the entry it belongs to. */
	entry?: string;
}

const key = (r: Rule): string => `${r.section}\t${r.entry ?? ''}\t${r.phrase}`;

const ENTRY_FILES = ['symptoms', 'causes', 'remedies', 'prevention', 'cases', 'codes'];

function show(commit: string, path: string): string | undefined {
	try {
		return execFileSync('git', ['show', `${commit}:${path}`], {
			encoding: 'utf8',
			maxBuffer: 64 << 20,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return undefined;
	}
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The rules of one version of the vocabulary and the entry files (the working tree when commit is undefined). */
export function rulesAt(commit: string | undefined, read: (path: string) => string | undefined): Rule[] {
	const get = (path: string): string | undefined => (commit ? show(commit, path) : read(path));
	const out: Rule[] = [];
	const text = get('src/editorial/vocabulary.yaml');
	if (text) {
		const v = (parse(text) ?? {}) as Record<string, unknown>;
		const items = (name: string): Array<Record<string, unknown>> =>
			Array.isArray(v[name]) ? (v[name] as unknown[]).filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
		for (const t of items('typos')) for (const w of strings(t.wrong)) out.push({ section: 'typos', phrase: w });
		for (const t of items('regional')) for (const w of strings(t.written)) out.push({ section: 'regional', phrase: w });
		for (const t of items('synonyms')) for (const w of strings(t.variants)) out.push({ section: 'synonyms', phrase: w });
		for (const t of items('englishForms')) for (const w of strings(t.written)) out.push({ section: 'english', phrase: w });
		for (const f of strings(v.fillers)) out.push({ section: 'fillers', phrase: f });
		for (const f of strings(v.names)) out.push({ section: 'names', phrase: f });
	}
	for (const file of ENTRY_FILES) {
		const yaml = get(`src/editorial/${file}.yaml`);
		if (!yaml) continue;
		const list = parse(yaml);
		if (!Array.isArray(list)) continue;
		for (const e of list as Array<Record<string, unknown>>) {
			if (typeof e?.id !== 'string' && typeof e?.code !== 'string') continue;
			const id = typeof e.id === 'string' ? e.id : String(e.code);
			for (const a of strings(e.aliases)) out.push({ section: 'alias', phrase: a, entry: id });
		}
	}
	return out;
}

/** Text as the rewriting compares it: width, case, Traditional characters and English word forms folded, Han spaces out. */
export function normalizer(vocabulary: SearchVocabulary): (text: string) => string {
	const forms = vocabulary.english ?? {};
	return (text) =>
		foldEnglish(simplifyByTable(foldQuery(text), vocabulary.traditional).toLowerCase(), forms)
			.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
			.trim();
}

/**
 * Whether a rule's phrase acts on a query: the phrase occurs in it, or (a Han phrase of two characters or more)
 * every pair of its characters does, since the ranking matches pairs (an alias 刷卡不成功 helps 刷卡为什么不成功 only
 * through 卡不 … here: it must hold all pairs).
 */
export function acts(phrase: string, query: string): boolean {
	if (!phrase) return false;
	if (query.includes(phrase)) return true;
	const chars = [...phrase];
	if (chars.length < 3 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return false;
	for (let i = 1; i < chars.length; i++) if (!query.includes((chars[i - 1] as string) + chars[i])) return false;
	return true;
}

export interface Provenance {
	/** Per set: the rules of its fold's vocabulary that are left out (learned from it). */
	learned: Map<string, Rule[]>;
	/** Rules in today's vocabulary. */
	total: number;
}

/**
 * For each set, the rules learned from it (see the module comment). `queries` per set name; `present` the rules of
 * today's working tree.
 */
export function learnedRules(
	queries: ReadonlyMap<string, readonly string[]>,
	present: readonly Rule[],
	vocabulary: SearchVocabulary,
): Provenance {
	const norm = normalizer(vocabulary);
	const normalized = new Map([...queries].map(([name, qs]) => [name, qs.map(norm)]));
	const atFirst = new Map<string, Set<string>>();
	const byCommit = new Map<string, Set<string>>();
	for (const [name, commit] of Object.entries(FIRST_MEASURED)) {
		let set = byCommit.get(commit);
		if (!set) {
			set = new Set(rulesAt(commit, () => undefined).map(key));
			byCommit.set(commit, set);
		}
		atFirst.set(name, set);
	}
	const learned = new Map<string, Rule[]>([...queries.keys()].map((name) => [name, []]));
	const unique = [...new Map(present.map((r) => [key(r), r])).values()];
	for (const rule of unique) {
		const phrase = norm(rule.phrase);
		const k = key(rule);
		// The sets measured before the rule existed, whose queries it acts on: the ones that could have motivated it.
		const motivating = [...normalized]
			.filter(([name]) => !(atFirst.get(name) ?? new Set()).has(k))
			.filter(([, qs]) => qs.some((q) => acts(phrase, q)))
			.map(([name]) => name);
		if (motivating.length === 1) learned.get(motivating[0] as string)?.push(rule);
	}
	return { learned, total: unique.length };
}

/** The entry index without the given rules: query-side vocabulary entries and entry aliases removed. */
export function withoutRules(index: EntryIndex, rules: readonly Rule[]): EntryIndex {
	const norm = normalizer(index.vocabulary);
	const drop = (section: Rule['section']): Set<string> => new Set(rules.filter((r) => r.section === section).map((r) => norm(r.phrase)));
	const typos = drop('typos');
	const regional = drop('regional');
	const synonyms = drop('synonyms');
	const fillers = drop('fillers');
	const names = drop('names');
	const english = new Set(rules.filter((r) => r.section === 'english').map((r) => r.phrase.toLowerCase()));
	const filterRecord = (record: Record<string, string>, gone: Set<string>, keepSelf = false): Record<string, string> =>
		Object.fromEntries(Object.entries(record).filter(([from, to]) => !gone.has(norm(from)) || (keepSelf && from === to)));
	const v = index.vocabulary;
	const vocabulary: SearchVocabulary = {
		...v,
		typos: filterRecord(v.typos, typos),
		// A canonical term maps to itself; that self-map is the catalogue's own word, not a learned variant.
		synonyms: filterRecord(v.synonyms, synonyms, true),
		fillers: v.fillers.filter((f) => !fillers.has(norm(f))),
	};
	if (v.regional) vocabulary.regional = filterRecord(v.regional, regional);
	if (v.names) vocabulary.names = v.names.filter((n) => !names.has(norm(n)));
	if (v.english) vocabulary.english = Object.fromEntries(Object.entries(v.english).filter(([from]) => !english.has(from)));
	const aliases = new Map<string, Set<string>>();
	for (const r of rules.filter((x) => x.section === 'alias')) {
		const set = aliases.get(r.entry as string) ?? new Set();
		set.add(r.phrase.toLowerCase().replace(/\s+/g, ''));
		aliases.set(r.entry as string, set);
	}
	const entries = index.entries.map((entry) => {
		const gone = aliases.get(entry.id) ?? aliases.get(entry.id.replace(/^0+(?=\d)/, ''));
		if (!gone) return entry;
		const [own = '', canonical = ''] = entry.fields[1].split(' || ');
		const names = own.split(' | ');
		const canon = canonical.split(' | ');
		const keep = names.map((n) => !gone.has(simplifyByTable(n, v.traditional).toLowerCase().replace(/\s+/g, '')));
		// Own names and their canonical rewriting are aligned one to one; if not, only the own names are thinned.
		const aligned = canon.length === names.length;
		const field = `${names.filter((_, i) => keep[i]).join(' | ')} || ${(aligned ? canon.filter((_, i) => keep[i]) : canon).join(' | ')}`;
		const fields = [...entry.fields] as typeof entry.fields;
		fields[1] = field;
		return { ...entry, fields };
	});
	return { vocabulary, entries };
}
