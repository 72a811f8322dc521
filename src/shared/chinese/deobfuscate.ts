/**
 * De-obfuscation: undoing what SEO pages do to dodge word filters (`刷ka卡`, `信*卡`, `银行ka`, `炸骗`), by the one
 * reviewed table src/editorial/deobfuscation.yaml. The cleaner's stage 3 (scripts/pipeline/stages/deobfuscate.ts) applies
 * it to every line of an article, and the search (src/shared/search/rewrite.ts) to every query, from the compiled copy in
 * the search vocabulary: a reader who copies a title from such a page types the same obfuscation. Pure and
 * dependency-free (browser and Node); the table is compiled once per table object.
 */

import { HAN, isHan } from './han.ts';

/** A rule as the table's data holds it (scripts/rules/deobfuscation.ts validates the editorial file; descriptions and
 * examples are not needed to apply a rule). */
export type DeobfuscationRuleData =
	| { id: string; kind: 'literal'; find: string; replace: string }
	| { id: string; kind: 'regex'; pattern: string; flags: string; replace: string }
	| { id: string; kind: 'pinyin-insertion' }
	| { id: string; kind: 'pinyin-substitution'; words: readonly string[] }
	| { id: string; kind: 'masked-word'; words: readonly string[] };

/** The table: the pinyin syllables of the characters obfuscators spell out, and the rules in the order they apply. */
export interface DeobfuscationTableData {
	pinyin: Readonly<Record<string, readonly string[]>>;
	rules: readonly DeobfuscationRuleData[];
}

/** A rule compiled once per table: a function from a line to its new text, reporting each replacement. */
type CompiledRule = (text: string, report: (from: string, to: string) => void) => string;

/** A compiled table: its rules in order, each with its ID. */
export interface CompiledDeobfuscation {
	rules: Array<{ id: string; apply: CompiledRule }>;
}

const compiledTables = new WeakMap<DeobfuscationTableData, CompiledDeobfuscation>();

/** The table compiled (cached per table object). */
export function compileDeobfuscation(table: DeobfuscationTableData): CompiledDeobfuscation {
	let compiled = compiledTables.get(table);
	if (!compiled) {
		compiled = { rules: table.rules.map((rule) => ({ id: rule.id, apply: compileRule(rule, table.pinyin) })) };
		compiledTables.set(table, compiled);
	}
	return compiled;
}

/** Applies every rule of the table to `text`, in order; `report` hears each replacement with its rule ID. */
export function applyDeobfuscation(
	text: string,
	table: DeobfuscationTableData,
	report: (rule: string, from: string, to: string) => void = () => {},
): string {
	let working = text;
	for (const rule of compileDeobfuscation(table).rules) working = rule.apply(working, (from, to) => report(rule.id, from, to));
	return working;
}

function compileRule(rule: DeobfuscationRuleData, pinyin: Readonly<Record<string, readonly string[]>>): CompiledRule {
	switch (rule.kind) {
		case 'literal':
			return (text, report) => {
				if (!text.includes(rule.find)) return text;
				return text.replaceAll(rule.find, () => {
					report(rule.find, rule.replace);
					return rule.replace;
				});
			};
		case 'regex': {
			const pattern = new RegExp(rule.pattern, `gu${rule.flags}`);
			return (text, report) =>
				text.replace(pattern, (...args: unknown[]) => {
					const match = args[0] as string;
					const groups = args.slice(1).filter((arg): arg is string | undefined => typeof arg === 'string' || arg === undefined);
					const to = expandReplacement(rule.replace, match, groups);
					if (to !== match) report(match, to);
					return to;
				});
		}
		case 'pinyin-insertion':
			return compilePinyinInsertion(pinyin);
		case 'pinyin-substitution':
			return compilePinyinSubstitution(rule.words, pinyin);
		case 'masked-word':
			return compileMaskedWord(rule.words);
	}
}

/** `$1`…`$9`, `$&` and `$$` as in String.prototype.replace; a missing group expands to ''. */
function expandReplacement(template: string, match: string, groups: ReadonlyArray<string | undefined>): string {
	if (!template.includes('$')) return template;
	return template.replace(/\$([1-9&$])/g, (_, key: string) => {
		if (key === '$') return '$';
		if (key === '&') return match;
		return groups[Number(key) - 1] ?? '';
	});
}

// Only letters bound a Latin run: digits next to it may be removed later (a hotline, an ID), and the result must not change
// when cleaned again.
const LATIN_RUN = /(?<![A-Za-z])[A-Za-z]{1,12}(?![A-Za-z])/g;
const HAS_LATIN = /[A-Za-z]/;

/**
 * A Latin run is dropped when it is the pinyin of the character right after it (`ka卡`), right before it (`信XIN息`),
 * of both neighbours together (`信xinxi息`), or of the two characters after/before it (`yinhang银行`).
 */
function compilePinyinInsertion(pinyin: Readonly<Record<string, readonly string[]>>): CompiledRule {
	const syllablesOf = new Map(Object.entries(pinyin));
	/** True when `latin` is the pinyin of `chars` read in order (one syllable per character). */
	const spells = (latin: string, ...chars: Array<string | undefined>): boolean => {
		const walk = (index: number, rest: string): boolean => {
			if (index === chars.length) return rest === '';
			const char = chars[index];
			if (!isHan(char)) return false;
			return (syllablesOf.get(char) ?? []).some((syllable) => rest.startsWith(syllable) && walk(index + 1, rest.slice(syllable.length)));
		};
		return walk(0, latin);
	};
	return (text, report) => {
		if (!HAS_LATIN.test(text)) return text;
		return text.replace(LATIN_RUN, (run: string, offset: number, whole: string) => {
			const latin = run.toLowerCase();
			const before = whole[offset - 1];
			const after = whole[offset + run.length];
			if (!isHan(before) && !isHan(after)) return run;
			if (spells(latin, after) || spells(latin, after, whole[offset + run.length + 1])) {
				report(run + (after ?? ''), after ?? '');
				return '';
			}
			if (spells(latin, before) || spells(latin, whole[offset - 2], before) || spells(latin, before, after)) {
				report((before ?? '') + run, before ?? '');
				return '';
			}
			return run;
		});
	};
}

/**
 * One alternation of every word with one or more characters (never all) spelled in pinyin, e.g. `银行ka`, `ka片`,
 * `套xian`, `xinyong卡`.
 */
function compilePinyinSubstitution(words: readonly string[], pinyin: Readonly<Record<string, readonly string[]>>): CompiledRule {
	const variants = new Map<string, string>();
	for (const word of words) {
		const chars = [...word];
		// Every way to write each character: itself, or (if it has pinyin) one of its syllables.
		let spellings: Array<{ text: string; latin: number }> = [{ text: '', latin: 0 }];
		for (const char of chars) {
			const next: Array<{ text: string; latin: number }> = [];
			for (const spelling of spellings) {
				next.push({ text: spelling.text + char, latin: spelling.latin });
				for (const syllable of pinyin[char] ?? []) next.push({ text: spelling.text + syllable, latin: spelling.latin + 1 });
			}
			spellings = next;
		}
		for (const { text, latin } of spellings) if (latin > 0 && latin < chars.length) variants.set(text, word);
	}
	if (variants.size === 0) return (text) => text;
	const sources = [...variants.keys()]
		.sort((a, b) => b.length - a.length)
		.map((variant) =>
			// Latin parts must not continue into a longer Latin word on either side (digits do not count, see LATIN_RUN).
			variant.replace(/[a-z]+/g, (latin) => `(?<![A-Za-z])${latin}(?![A-Za-z])`),
		);
	const pattern = new RegExp(sources.join('|'), 'giu');
	return (text, report) => {
		if (!HAS_LATIN.test(text)) return text;
		return text.replace(pattern, (match: string) => {
			const word = variants.get(match.toLowerCase()) ?? match;
			report(match, word);
			return word;
		});
	};
}

/** Marks that stand for a hidden character or are put between two characters to dodge a word filter. */
const MASKS = '*＊×xX※□○●◯#';
/** Marks only ever put between two characters (never standing for one). */
const SEPARATORS = '.·•_|~ -';
const escapeClass = (text: string) => text.replace(/[\\^\]-]/g, '\\$&');
const MASK_RUN = new RegExp(`[${escapeClass(MASKS + SEPARATORS)}]+`, 'gu');

/**
 * One alternation of every word with a mask or separator between two of its characters (`刷*卡`, `套.现`) or in every
 * gap (`信.用.卡`) and, for words
 * of three or more characters, an inner character masked (`信*卡`). A form two words share is left out (ambiguous).
 */
function compileMaskedWord(words: readonly string[]): CompiledRule {
	const inserted = `[${escapeClass(MASKS + SEPARATORS)}]{1,3}`;
	const masked = `[${escapeClass(MASKS)}]{1,2}`;
	/** Canonical form (the mark run written as one `*`) → the word, or null when two words share it. */
	const wordOf = new Map<string, string | null>();
	const sources = new Set<string>();
	const add = (canonical: string, source: string, word: string) => {
		wordOf.set(canonical, wordOf.has(canonical) && wordOf.get(canonical) !== word ? null : word);
		sources.add(source);
	};
	// One Latin letter put between two characters of a word of three or more characters (`身份F证`): a single capital or
	// small letter, not part of a Latin word (so `刷IC卡` or `POS机` never match).
	const letter = '(?<![A-Za-z])[A-Za-z](?![A-Za-z])';
	for (const word of words) {
		const chars = [...word];
		for (let gap = 1; gap < chars.length; gap++) {
			const [head, tail] = [chars.slice(0, gap).join(''), chars.slice(gap).join('')];
			add(`${head}*${tail}`, `${head}${inserted}${tail}`, word);
			if (chars.length >= 3) add(`${head}*${tail}`, `${head}${letter}${tail}`, word);
		}
		// A mark in every gap (`信.用.卡`); two-character words are covered above.
		if (chars.length >= 3) add(chars.join('*'), chars.join(inserted), word);
		for (let inner = 1; inner < chars.length - 1; inner++) {
			const [head, tail] = [chars.slice(0, inner).join(''), chars.slice(inner + 1).join('')];
			add(`${head}*${tail}`, `${head}${masked}${tail}`, word);
		}
	}
	if (sources.size === 0) return (text) => text;
	const pattern = new RegExp([...sources].sort((a, b) => b.length - a.length).join('|'), 'gu');
	// Cheap pre-test: a mark between two Chinese characters (every variant has one).
	const hasMark = new RegExp(`${HAN}(?:[${escapeClass(MASKS + SEPARATORS)}]{1,3}|[A-Za-z])${HAN}`, 'u');
	return (text, report) => {
		if (!hasMark.test(text)) return text;
		return text.replace(pattern, (match: string) => {
			const word = wordOf.get(match.replace(MASK_RUN, '*').replace(/[A-Za-z]/u, '*'));
			if (!word) return match;
			report(match, word);
			return word;
		});
	};
}
