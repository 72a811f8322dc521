import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { HAN } from '../../src/shared/chinese/han.ts';
import type { Diagnostic, StageResult } from '../diagnostics.ts';
import { error } from '../diagnostics.ts';

/** Domain words (2–8 Han characters) and pinyin-lexicon keys (one), by the Chinese-text core's Han class. */
const HAN_WORD = new RegExp(`^${HAN}{2,8}$`, 'u');
const HAN_ONE = new RegExp(`^${HAN}$`, 'u');

/** Rule IDs are kebab-case so they read well in reports and diagnostics. */
const ruleIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** A worked example: the whole table applied to `input` must give `output`, and the rule must fire. */
const exampleSchema = z.object({
	/** Obfuscated text as found on the web. */
	input: z.string().min(1),
	/** What the whole table turns it into. */
	output: z.string(),
});

const ruleBase = {
	/** Stable kebab-case ID, logged with every substitution the rule makes. */
	id: ruleIdSchema,
	/** What the rule undoes and why it is safe; judgment calls are recorded here. */
	description: z.string().min(10),
	/** Worked example, checked by tests/unit/deobfuscation-table.test.ts. */
	example: exampleSchema,
};

/** Replaces every occurrence of a literal string. */
const literalRuleSchema = z.object({
	...ruleBase,
	kind: z.literal('literal'),
	/** Exact text to find (case-sensitive). */
	find: z.string().min(1),
	/** Replacement; empty to drop the text. */
	replace: z.string(),
});

/** Replaces every match of a regular expression (always compiled with the `g` and `u` flags). */
const regexRuleSchema = z.object({
	...ruleBase,
	kind: z.literal('regex'),
	/** JavaScript regular expression source; keep it linear (no nested quantifiers). */
	pattern: z.string().min(1),
	/** Extra flags: `i` (ignore case) and/or `s`. */
	flags: z
		.string()
		.regex(/^[is]*$/, 'only the flags i and s are allowed (g and u are always on)')
		.default(''),
	/** Replacement; `$1`…`$9` insert groups, `$&` the match; empty to drop the match. */
	replace: z.string(),
});

/**
 * Generic: removes a Latin run that spells (in pinyin, any case) the Chinese character next to it, per the table's
 * `pinyin` map: `ka卡` → 卡, `信xi息` → 信息, `信XIN息` → 信息.
 */
const pinyinInsertionRuleSchema = z.object({
	...ruleBase,
	kind: z.literal('pinyin-insertion'),
});

/**
 * Generic: restores words of which one or more characters (but not all) were written as their pinyin (`银行ka` → 银行卡,
 * `套xian` → 套现, `xinyong卡` → 信用卡). Every character of the listed words that has an entry in the `pinyin` map may
 * be a substituted one.
 */
const pinyinSubstitutionRuleSchema = z.object({
	...ruleBase,
	kind: z.literal('pinyin-substitution'),
	/** Domain words to restore. */
	words: z.array(z.string().regex(HAN_WORD, 'words must be 2–8 Chinese characters')).min(1),
});

/**
 * Generic: restores words written with a mask or separator inserted between two characters (`刷*卡`, `套.现`, `资-金`) or,
 * in words of three or more characters, an inner character replaced by a mask (`信*卡` → 信用卡). A masked form that
 * two listed words share is ambiguous and left alone.
 */
const maskedWordRuleSchema = z.object({
	...ruleBase,
	kind: z.literal('masked-word'),
	/** Domain words to restore. */
	words: z.array(z.string().regex(HAN_WORD, 'words must be 2–8 Chinese characters')).min(1),
});

/** One de-obfuscation rule. */
export const deobfuscationRuleSchema = z.discriminatedUnion('kind', [
	literalRuleSchema,
	regexRuleSchema,
	pinyinInsertionRuleSchema,
	pinyinSubstitutionRuleSchema,
	maskedWordRuleSchema,
]);
export type DeobfuscationRule = z.infer<typeof deobfuscationRuleSchema>;

/** The table in src/editorial/deobfuscation.yaml. */
export const deobfuscationTableSchema = z.object({
	/** Pinyin syllables (lower case, no tones) of the characters that obfuscators spell out; used by the pinyin rules. */
	pinyin: z.record(
		z.string().regex(HAN_ONE, 'keys must be one Chinese character'),
		z.array(z.string().regex(/^[a-z]{1,6}$/, 'syllables are lower-case Latin without tones')).min(1),
	),
	/** Rules, applied in this order to every line. */
	rules: z.array(deobfuscationRuleSchema).min(1),
});
export type DeobfuscationTable = z.infer<typeof deobfuscationTableSchema>;

/**
 * Parses and validates the de-obfuscation table. Errors name the file, the rule ID (or index) and what is wrong:
 * YAML syntax, schema violations, regular expressions that do not compile, duplicate IDs.
 */
export function parseDeobfuscationTable(yamlText: string, file: string): StageResult<DeobfuscationTable> {
	const diagnostics: Diagnostic[] = [];
	const document = parseDocument(yamlText);
	if (document.errors.length > 0) {
		for (const problem of document.errors) {
			diagnostics.push(
				error(
					'deobfuscation/yaml',
					{ file, line: problem.linePos?.[0]?.line },
					`YAML syntax error: ${problem.message.split('\n')[0]}`,
					'Fix the YAML syntax (indentation, quotes around patterns containing `:` or `#`).',
				),
			);
		}
		return { ok: false, diagnostics };
	}
	const raw: unknown = document.toJS();
	const parsed = deobfuscationTableSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const rule = ruleLabel(raw, issue.path);
			diagnostics.push(
				error(
					'deobfuscation/invalid-rule',
					{ file, ...(rule ? { entry: rule } : {}) },
					`${issue.path.join('.') || '(root)'}: ${issue.message}.`,
					'Give every rule an id, a description, a kind (literal, regex, pinyin-insertion, pinyin-substitution) with its fields, and an example {input, output}.',
				),
			);
		}
		return { ok: false, diagnostics };
	}
	const seen = new Set<string>();
	for (const rule of parsed.data.rules) {
		if (seen.has(rule.id)) {
			diagnostics.push(
				error('deobfuscation/duplicate-id', { file, entry: rule.id }, `Rule ID ${rule.id} is used twice.`, 'Rename one of the rules.'),
			);
		}
		seen.add(rule.id);
		if (rule.kind === 'regex') {
			try {
				new RegExp(rule.pattern, `gu${rule.flags}`);
			} catch (cause) {
				diagnostics.push(
					error(
						'deobfuscation/bad-pattern',
						{ file, entry: rule.id },
						`Pattern does not compile: ${cause instanceof Error ? cause.message : String(cause)}.`,
						'Fix the regular expression (JavaScript syntax, `u` flag: escape `{`, `}`, `[` and `]` when literal).',
					),
				);
			}
		}
	}
	return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: parsed.data, diagnostics };
}

/** `rule <id>` (or `rule #n` when the id is missing) for an issue inside `rules`. */
function ruleLabel(raw: unknown, path: readonly PropertyKey[]): string | undefined {
	if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
	const rules = (raw as { rules?: unknown }).rules;
	const rule: unknown = Array.isArray(rules) ? rules[path[1]] : undefined;
	const id = rule && typeof rule === 'object' && 'id' in rule ? (rule as { id: unknown }).id : undefined;
	return typeof id === 'string' && id !== '' ? id : `rules[${path[1]}]`;
}
