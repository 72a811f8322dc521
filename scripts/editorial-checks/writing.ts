import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, ENTRY_PARTS, entryLocation } from './types.ts';

/**
 * Writing rules for the catalogue entries (symptoms, causes, remedies, prevention, cases; README "Editing"): numbering,
 * aliases, standard terms, neutrality, and none of the sources' garbled words.
 */

type Entry = Catalogue[(typeof ENTRY_PARTS)[number][0]][number];

/** Every written entry with the file it belongs to. */
function* entries(catalogue: Catalogue): Generator<{ entry: Entry; file: string }> {
	for (const [part, file] of ENTRY_PARTS) for (const entry of catalogue[part]) yield { entry, file };
}

/** Every string anywhere inside a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** The fields of an entry that are not published prose: its ID, match rules and cross-references. */
const NOT_PROSE = new Set(['id', 'match', 'causes', 'remedies', 'prevention', 'symptoms']);

/** The published text of an entry: everything except its ID, cross-references and match rules. */
function proseOf(entry: Entry): string[] {
	return Object.entries(entry).flatMap(([key, value]) => (NOT_PROSE.has(key) ? [] : strings(value)));
}

/** One problem found in an entry: what is wrong, and how to fix it. */
type Finding = readonly [message: string, hint: string];

/**
 * The loop every writing rule shares: `find` looks at one entry at a time (in catalogue order) and returns its
 * problems; each becomes a diagnostic of `rule` at the entry's declaration.
 */
function overEntries<E extends { id: string }>(
	rule: EditorialCheck,
	catalogue: Catalogue,
	list: Iterable<{ entry: E; file: string }>,
	find: (entry: E) => Iterable<Finding>,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const { entry, file } of list)
		for (const [message, hint] of find(entry))
			out.push({ severity: rule.severity, code: rule.code, ...entryLocation(catalogue, entry.id, file), message, hint });
	return out;
}

/** A step that starts with a number of its own: 1. 2、 三） … */
const NUMBERED_STEP = /^\s*(\d+|[一二三四五六七八九十]+)[.、．)）]/;

/** Remedies and prevention measures: the entries with steps. */
function* withSteps(catalogue: Catalogue): Generator<{ entry: Catalogue['remedies' | 'prevention'][number]; file: string }> {
	for (const entry of catalogue.remedies) yield { entry, file: 'src/editorial/remedies.yaml' };
	for (const entry of catalogue.prevention) yield { entry, file: 'src/editorial/prevention.yaml' };
}

export const stepUnnumbered: EditorialCheck = {
	code: 'catalogue/numbered-step',
	description: 'Steps of remedies and prevention measures carry no numbering of their own: the site numbers them (step N is #step-N).',
	severity: 'error',
	check(catalogue) {
		return overEntries(this, catalogue, withSteps(catalogue), (entry) =>
			entry.steps.flatMap((step, i): Finding[] => {
				const found = NUMBERED_STEP.exec(step)?.[0];
				return found
					? [
							[
								`Step ${i + 1} of ${entry.id} starts with its own number "${found.trim()}".`,
								'Delete the number: the site numbers the steps, and links point at #step-N.',
							],
						]
					: [];
			}),
		);
	},
};

/** How many aliases an entry has: enough for search, few enough to stay specific. */
const ALIAS_RANGE = { min: 4, max: 12 } as const;

export const aliasCount: EditorialCheck = {
	code: 'catalogue/alias-count',
	description: `Every symptom, cause, remedy, prevention measure and case has ${ALIAS_RANGE.min}–${ALIAS_RANGE.max} aliases.`,
	severity: 'error',
	check(catalogue) {
		return overEntries(this, catalogue, entries(catalogue), (entry) => {
			const n = entry.aliases.length;
			if (n >= ALIAS_RANGE.min && n <= ALIAS_RANGE.max) return [];
			return [
				[
					`${entry.id} has ${n} aliases; between ${ALIAS_RANGE.min} and ${ALIAS_RANGE.max} are required.`,
					n < ALIAS_RANGE.min
						? 'Add the words a merchant or cardholder would type for it (terminal messages, colloquial names).'
						: 'Keep the aliases a reader would search for and drop the rest; an alias names this entry only.',
				],
			];
		});
	},
};

/** The key two aliases clash on: case and spaces do not tell them apart. */
const aliasKey = (alias: string): string => alias.toLowerCase().replace(/\s+/g, '');

export const aliasUnique: EditorialCheck = {
	code: 'catalogue/alias-duplicate',
	description: 'Aliases are specific: no alias (ignoring case and spaces) appears on two entries or twice on one.',
	severity: 'error',
	check(catalogue) {
		const owner = new Map<string, string>();
		return overEntries(this, catalogue, entries(catalogue), (entry) =>
			entry.aliases.flatMap((alias): Finding[] => {
				const key = aliasKey(alias);
				const first = owner.get(key);
				if (first === undefined) {
					owner.set(key, entry.id);
					return [];
				}
				return [
					[
						first === entry.id
							? `${entry.id} lists the alias "${alias}" twice.`
							: `The alias "${alias}" of ${entry.id} is already an alias of ${first}.`,
						'An alias leads a search to one entry: keep it on the entry it names best and remove it here.',
					],
				];
			}),
		);
	},
};

/** Non-standard terms and the standard term to write instead. */
const STANDARD_TERMS: ReadonlyArray<{ pattern: RegExp; standard: string }> = [{ pattern: /发卡银行/, standard: '发卡行' }];

export const standardTerms: EditorialCheck = {
	code: 'catalogue/non-standard-term',
	description: 'The published text uses the standard terms: 发卡行, not 发卡银行.',
	severity: 'error',
	check(catalogue) {
		return overEntries(this, catalogue, entries(catalogue), (entry) =>
			proseOf(entry).flatMap((text) =>
				STANDARD_TERMS.flatMap(({ pattern, standard }): Finding[] => {
					const found = pattern.exec(text)?.[0];
					return found ? [[`${entry.id} writes "${found}".`, `Write the standard term ${standard}.`]] : [];
				}),
			),
		);
	},
};

/** Brand names of payment providers: the catalogue names no provider. */
const BRANDS = /拉卡拉|银联商务|盛付通|瑞银信|汇付天下|随行付|随行支付|乐刷|云闪付|支付宝|微信支付/;
/** An address of a web site. */
const ADDRESS = /https?:|www\.|\.com|\.cn|\.net/i;
/** The one phone number the catalogue may print: UnionPay's service line. */
const ALLOWED_NUMBER = /95516/g;

export const neutral: EditorialCheck = {
	code: 'catalogue/not-neutral',
	description: 'The published text is neutral: no web addresses, no brand names, no phone number other than 95516.',
	severity: 'error',
	check(catalogue) {
		return overEntries(this, catalogue, entries(catalogue), (entry) =>
			proseOf(entry).flatMap((text) => {
				const found: Finding[] = [];
				const address = ADDRESS.exec(text)?.[0];
				if (address)
					found.push([`${entry.id} contains a web address ("${address}").`, 'Name the kind of site instead (发卡行官网, 收单机构的客服).']);
				const brand = BRANDS.exec(text)?.[0];
				if (brand)
					found.push([
						`${entry.id} contains a brand name ("${brand}").`,
						'Say what it is (收单机构, 支付机构, 收款应用) instead of whose it is.',
					]);
				const number = /\d{5,}/.exec(text.replace(ALLOWED_NUMBER, ''))?.[0];
				if (number)
					found.push([
						`${entry.id} contains a number that reads as a phone number ("${number}").`,
						'Say whom to call (发卡行客服, 收单机构); only 95516 is printed.',
					]);
				return found;
			}),
		);
	},
};

/** Garbled words of the raw sources (obfuscated 卡 and 信息, misspelt POS, 炸骗 …) that must not reach an entry. */
const GARBLED_WORDS = /ka卡|KA卡|银行ka|信xi息|信XIN息|POSS|炸骗|不夜城|自动柜员机/;

export const noGarbledWords: EditorialCheck = {
	code: 'catalogue/garbled-word',
	description: 'No field of an entry carries the garbled words of the raw sources (ka卡, 信xi息, POSS, 炸骗 …).',
	severity: 'error',
	check(catalogue) {
		return overEntries(this, catalogue, entries(catalogue), (entry) =>
			strings(entry).flatMap((text): Finding[] => {
				const found = GARBLED_WORDS.exec(text)?.[0];
				return found
					? [
							[
								`${entry.id} contains the garbled word "${found}" of a raw source.`,
								'Write the word as it is meant (卡, 信息, POS, 诈骗, ATM …).',
							],
						]
					: [];
			}),
		);
	},
};
