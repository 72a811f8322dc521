import { parse } from 'yaml';
import { type Vocabulary, vocabularySchema } from '../../src/schemas/vocabulary.ts';
import type { DeobfuscationRuleData, DeobfuscationTableData } from '../../src/shared/chinese/deobfuscate.ts';
import { type PinyinLexicon, wholeWordSpellings } from '../../src/shared/chinese/pinyin.ts';
import { compactTable, regionalPhrases, toSimplified as toSimplifiedStandard } from '../../src/shared/chinese/standard.ts';
import { codePageAliases } from '../../src/shared/code-categories.ts';
import { canonicalKeywords, pageWords } from '../../src/shared/search/index-words.ts';
import type { SearchVocabulary } from '../../src/shared/search/vocabulary.ts';
import type { Diagnostic, StageResult } from '../diagnostics.ts';
import { error } from '../diagnostics.ts';
import type { DeobfuscationTable } from '../rules/deobfuscation.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * The search vocabulary: parsed from src/editorial/vocabulary.yaml, checked, and compiled into the JSON the
 * browser's query normalization (src/shared/search/query.ts) and the entry pages' keywords (src/shared/search/index-words.ts) read.
 */

/** Editorial file (relative to src/editorial/) and the generated file (in the content output folder). */
export const VOCABULARY_FILE = 'vocabulary.yaml';
export const SEARCH_VOCABULARY_FILE = 'search-vocabulary.json';

/** Parses and validates the vocabulary, and rejects rules that contradict each other. */
export function parseVocabulary(text: string | undefined, file: string): StageResult<Vocabulary> {
	if (text === undefined) {
		return {
			ok: false,
			diagnostics: [
				error('vocabulary/missing-file', { file }, 'The search vocabulary is missing.', 'Restore src/editorial/vocabulary.yaml.'),
			],
		};
	}
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (e) {
		return {
			ok: false,
			diagnostics: [
				error('vocabulary/yaml', { file }, `YAML syntax error: ${(e as Error).message.split('\n')[0]}`, 'Fix the indentation or quoting.'),
			],
		};
	}
	const parsed = vocabularySchema.safeParse(raw);
	if (!parsed.success) {
		return {
			ok: false,
			diagnostics: parsed.error.issues.map((issue) =>
				error(
					'vocabulary/schema',
					{ file },
					`Field "${issue.path.join('.')}": ${issue.message}.`,
					'Correct it as described in src/schemas/vocabulary.ts.',
				),
			),
		};
	}
	const diagnostics = conflicts(parsed.data).map((message) =>
		error(
			'vocabulary/conflict',
			{ file },
			message,
			'Each phrase may be rewritten one way only, and a canonical term must not contain a variant.',
		),
	);
	return diagnostics.length ? { ok: false, diagnostics } : { ok: true, value: parsed.data, diagnostics };
}

/**
 * The typos marked `pinyin: true` with their spellings derived from the project's one pinyin lexicon
 * (src/editorial/deobfuscation.yaml `pinyin`, the table the cleaner's de-obfuscation reads): shuaka for 刷卡, yu'e
 * for 余额. Fails when a word has a character the lexicon lacks, or when a derived spelling contradicts another rule.
 */
export function resolvePinyinTypos(vocabulary: Vocabulary, lexicon: PinyinLexicon, file: string): StageResult<Vocabulary> {
	const diagnostics: Diagnostic[] = [];
	const typos = vocabulary.typos.map((typo) => {
		if (!typo.pinyin) return typo;
		const spellings = wholeWordSpellings(typo.correct, lexicon);
		if (spellings.length === 0) {
			const missing = [...typo.correct].filter((char) => !lexicon[char]?.length);
			diagnostics.push(
				error(
					'vocabulary/pinyin-unknown',
					{ file },
					`"${typo.correct}" is marked pinyin: true, but the pinyin lexicon has no syllables for ${missing.join('、')}.`,
					'Add the characters with their syllables to the pinyin map of src/editorial/deobfuscation.yaml.',
				),
			);
		}
		return { ...typo, wrong: [...new Set([...typo.wrong, ...spellings])] };
	});
	const resolved = { ...vocabulary, typos };
	for (const message of conflicts(resolved))
		diagnostics.push(
			error(
				'vocabulary/conflict',
				{ file },
				message,
				'Each phrase may be rewritten one way only, and a canonical term must not contain a variant.',
			),
		);
	return diagnostics.length ? { ok: false, diagnostics } : { ok: true, value: resolved, diagnostics };
}

/** Rules that would make normalization ambiguous or not idempotent. */
export function conflicts(vocabulary: Vocabulary): string[] {
	const problems: string[] = [];
	const owner = new Map<string, string>();
	const claim = (phrase: string, by: string) => {
		const first = owner.get(phrase);
		if (first !== undefined && first !== by) problems.push(`"${phrase}" is rewritten both to "${first}" and to "${by}".`);
		else owner.set(phrase, by);
	};
	for (const typo of vocabulary.typos) for (const wrong of typo.wrong) claim(`typo:${wrong}`, typo.correct);
	for (const synonym of vocabulary.synonyms) for (const variant of synonym.variants) claim(variant, synonym.canonical);
	const variants = vocabulary.synonyms.flatMap((s) => s.variants.map((v) => [v, s.canonical] as const));
	for (const synonym of vocabulary.synonyms) {
		for (const [variant, target] of variants) {
			// A canonical term that contains another group's variant would be rewritten again on a second pass.
			if (target !== synonym.canonical && synonym.canonical.replace(/\s+/g, '').includes(variant)) {
				problems.push(`The canonical term "${synonym.canonical}" contains "${variant}", which is rewritten to "${target}".`);
			}
		}
	}
	const sources = new Set(vocabulary.messageSources.map((s) => s.id));
	for (const message of vocabulary.messages) {
		for (const id of message.sources)
			if (!sources.has(id)) problems.push(`The message group "${message.texts[0]}" cites "${id}", which messageSources does not list.`);
	}
	const forms = new Map<string, string>();
	for (const { form, written } of vocabulary.englishForms) {
		for (const w of written) {
			const first = forms.get(w);
			if (first !== undefined && first !== form) problems.push(`The English word "${w}" is folded both to "${first}" and to "${form}".`);
			forms.set(w, form);
		}
	}
	for (const typo of vocabulary.typos) {
		for (const other of vocabulary.typos) {
			for (const wrong of other.wrong) {
				if (typo.correct.includes(wrong)) problems.push(`The correction "${typo.correct}" contains the misspelling "${wrong}".`);
			}
		}
	}
	return problems;
}

/**
 * Traditional → Simplified for single characters: the project's one standard (src/shared/chinese/standard.ts), kept
 * only where the Simplified form is a character the site, the vocabulary's phrases or the names queries cut (brands,
 * banks, cities: 鯤鵬 is the brand 鲲鹏) use (`targets`) and the
 * Traditional one is not a character the site itself writes (著, 乾): a few hundred pairs instead of the whole
 * dictionary in the browser. Only the phrases count, not the vocabulary's notes: a note that quotes 網路 must not stop
 * 網 from being converted.
 */
export function traditionalTable(siteText: string, targets = ''): Record<string, string> {
	const siteChars = new Set(siteText);
	const used = new Set(siteText + targets);
	return { ...compactTable((traditional, simplified) => used.has(simplified) && !siteChars.has(traditional)) };
}

/**
 * Taiwan and Hong Kong phrases → the mainland's, both Simplified: the standard's regional phrase pairs
 * (src/shared/chinese/standard.ts `regionalPhrases`: 网路 → 网络, 列印 → 打印) kept where the mainland phrase is one the
 * site or the vocabulary's phrases (`targets`) write and the regional one is written neither by the catalogue's own
 * text (`ownText`: titles, aliases, summaries, steps) nor by the vocabulary (查询 → 查找 is left out: the catalogue
 * writes 查询; 通讯 → 通信 too: the vocabulary's 通讯失败). Quoted statements may write it (a Taiwan article's 網路,
 * converted character by character, is 网路 on the page): that does not make it the site's word. And the vocabulary's own `regional` payment words (紙捲 → 打印纸), converted
 * by the standard. Sorted for a deterministic file.
 */
export function regionalTable(
	vocabulary: Pick<Vocabulary, 'regional'>,
	siteText: string,
	ownText: string,
	targets = '',
): Record<string, string> {
	const out = new Map<string, string>();
	for (const [from, to] of regionalPhrases())
		if (!ownText.includes(from) && !targets.includes(from) && (siteText.includes(to) || targets.includes(to))) out.set(from, to);
	for (const { mainland, written, keep } of vocabulary.regional) {
		for (const form of written) out.set(toSimplifiedStandard(form), mainland);
		// A longer phrase kept as it is maps to itself: the longest match wins, so its part is not rewritten.
		for (const phrase of keep) out.set(toSimplifiedStandard(phrase), toSimplifiedStandard(phrase));
	}
	return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every phrase the vocabulary rewrites from or to, and every name and term it weighs (not its notes). */
function vocabularyPhrases(vocabulary: Vocabulary): string[] {
	return [
		...vocabulary.typos.flatMap((t) => [t.correct, ...t.wrong]),
		...vocabulary.synonyms.flatMap((s) => [s.canonical, ...s.variants]),
		...vocabulary.fillers,
		...vocabulary.particles,
		...vocabulary.units,
		...vocabulary.names,
		...vocabulary.minor,
		...vocabulary.wholeWords,
		vocabulary.codeTerm,
	];
}

/**
 * Compiles the vocabulary for the browser. `siteText` is everything the site publishes (the emitted collections),
 * which decides the Traditional characters worth converting; the catalogue gives the response codes that have a
 * page and each entry's own words. `otherNames` are names the cleaner knows (brands, cities of the promotion
 * vocabulary): queries weigh them, like the vocabulary's own `names`, as nothing. `deobfuscation` is the cleaner's
 * table: queries are de-obfuscated as articles are.
 */
export function compileSearchVocabulary(
	vocabulary: Vocabulary,
	catalogue: Catalogue,
	siteText: string,
	otherNames: readonly string[] = [],
	deobfuscation?: DeobfuscationTable,
): SearchVocabulary {
	const synonyms: Record<string, string> = {};
	for (const { canonical, variants, translation } of vocabulary.synonyms) {
		// The canonical term maps to itself, so a shorter variant inside it never rewrites part of it; not for a
		// translation of English words alone (the Chinese term is then left as the reader's text has it).
		if (!translation) synonyms[canonical.replace(/\s+/g, '')] = canonical;
		for (const variant of variants) synonyms[variant] = canonical;
	}
	const typos: Record<string, string> = {};
	for (const { correct, wrong } of vocabulary.typos) for (const w of wrong) typos[w] = correct;
	const targets = [...vocabularyPhrases(vocabulary), ...otherNames].join('\n');
	const { locations: _locations, ...own } = catalogue;
	const regional = regionalTable(vocabulary, siteText, JSON.stringify(own), targets);
	const base: SearchVocabulary = {
		// The regional phrases' characters are converted too (萤 of 萤幕 → 屏幕), or their keys would never match.
		traditional: traditionalTable(siteText, `${targets}\n${Object.keys(regional).join('\n')}`),
		regional,
		typos,
		synonyms,
		fillers: vocabulary.fillers,
		particles: vocabulary.particles,
		units: vocabulary.units,
		codes: catalogue.codes.map((c) => c.id).sort(),
		codeTerm: vocabulary.codeTerm,
		entries: [],
		names: [...new Set([...vocabulary.names, ...otherNames])].sort(),
		minor: vocabulary.minor,
		wholeWords: vocabulary.wholeWords,
		english: Object.fromEntries(vocabulary.englishForms.flatMap(({ form, written }) => written.map((w) => [w, form])).sort()),
		...(deobfuscation ? { deobfuscation: queryDeobfuscation(deobfuscation) } : {}),
	};
	return { ...base, entries: entryWords(catalogue, base) };
}

/** The de-obfuscation table as the browser applies it: the rules' data without their descriptions and examples. */
export function queryDeobfuscation(table: DeobfuscationTable): DeobfuscationTableData {
	const rules = table.rules.map((rule): DeobfuscationRuleData => {
		const { description: _description, example: _example, ...data } = rule;
		return data;
	});
	return { pinyin: table.pinyin, rules };
}

/**
 * Each entry's searchable words, as the page shows them: title, aliases, summary, and the canonical forms of the
 * aliases that the page indexes as keywords (a code page: meaning, terminal message, explanation, aliases).
 * Fillers are left out (queries never contain them after normalization); sorted for a deterministic file.
 */
function entryWords(catalogue: Catalogue, vocabulary: SearchVocabulary): string[] {
	const fillers = new Set(vocabulary.fillers);
	const texts: Array<{ aliases: string[]; text: string[] }> = [
		...[...catalogue.symptoms, ...catalogue.causes, ...catalogue.remedies, ...catalogue.prevention, ...catalogue.cases].map((e) => ({
			aliases: e.aliases,
			text: [e.title, e.summary],
		})),
		...catalogue.codes.map((c) => ({ aliases: codePageAliases(c), text: [c.meaning, c.display, c.explanation] })),
	];
	return texts.map(({ aliases, text }) => {
		const words = [...text, ...aliases, ...canonicalKeywords(aliases, vocabulary)].flatMap((t) => pageWords(t, vocabulary));
		return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => !fillers.has(w)))].sort().join(' ');
	});
}

/** The compiled vocabulary as the file the pipeline writes (deterministic: fixed key order, final newline). */
export function serializeSearchVocabulary(vocabulary: SearchVocabulary): string {
	return `${JSON.stringify(vocabulary)}\n`;
}
