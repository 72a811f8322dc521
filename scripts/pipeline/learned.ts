import { PROMOTION_RULES } from '../rules/promotion/index.ts';
import type { DocumentLine, PromotionContext, PromotionRule, RuleContext, WordsRule } from '../rules/promotion/types.ts';
import { lexiconFor } from '../rules/promotion/vocabulary.ts';
import { findPromotion } from './scan.ts';
import type { PublicationGate } from './stages/screen.ts';
import type { CleanSource } from './types.ts';

/**
 * The names the cleaner learned from the corpus (issue 14): some promotion rules learn names from the article they
 * clean (their `collect` step: the site's own name, the brands it sells, its city) and remove them wherever they occur
 * in it. A repost that lost the lines a name is learned from keeps the name, although another copy of the article, or
 * another article, taught it. The names the articles taught, gathered across the corpus and confirmed by it
 * ({@link confirmLearned}), are therefore one list that both sides use:
 * - the pipeline's screen across sources (stage 11, scripts/pipeline/stages/screen.ts `screenAcross`) withholds a
 *   statement of any article that still names one, with the rule and the name in the report;
 * - the site's page check (scripts/site-checks/promotion.ts) recognises exactly these names on the built pages (written
 *   as {@link LEARNED_NAMES_FILE} next to the content collections) instead of learning names from a page's text: a
 *   page is not an article, and a statement it shows twice is not a name the page uses twice.
 */

/** Names by the ID of the rule that learned them, each list sorted. */
export type LearnedNames = ReadonlyMap<string, readonly string[]>;

/** File, in the content output folder, that holds the corpus's learned names for the site checks. */
export const LEARNED_NAMES_FILE = 'learned-names.json';

/** Gathers the names every cleaned source taught, one source at a time. */
export function createLearner(): { add(source: CleanSource): void; names(): LearnedNames } {
	const byRule = new Map<string, Set<string>>();
	return {
		add(source) {
			for (const [rule, names] of Object.entries(source.learned ?? {})) {
				let set = byRule.get(rule);
				if (!set) {
					set = new Set();
					byRule.set(rule, set);
				}
				for (const name of names) set.add(name);
			}
		},
		names: () =>
			new Map(
				[...byRule]
					.sort(([a], [b]) => (a < b ? -1 : 1))
					.map(([rule, names]) => [rule, [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))]),
			),
	};
}

/**
 * The learned names the corpus confirms: a name one article taught a rule stays learned for the whole corpus when that
 * rule, run over the corpus's statements and headings that still contain it (with their repeats: the same sentence in
 * five reposts is five uses; each use counted twice, since the article that taught the name used it twice already),
 * learns it again. A brand that lost its lines in one repost is still used as a brand by
 * the others (`导致中付POS机` in every copy that kept it); words an article used as a brand once in a while and the
 * corpus uses otherwise are not (`低费率POS机` in one sales page, `低费率商户` in articles about MCC codes; `消费者在进行刷卡`).
 */
export function confirmLearned(
	names: LearnedNames,
	texts: readonly string[],
	promotion: PromotionContext,
	rules: readonly PromotionRule[] = PROMOTION_RULES,
): LearnedNames {
	const all = [...new Set([...names.values()].flat())];
	if (all.length === 0) return new Map();
	// Each text once through one pattern of every name: the lines that contain each name.
	const any = new RegExp(all.map(escapeName).join('|'), 'giu');
	const containing = new Map<string, DocumentLine[]>();
	for (const [index, text] of texts.entries()) {
		if (!any.test(text)) continue;
		any.lastIndex = 0;
		for (const name of all) {
			if (!text.includes(name)) continue;
			let lines = containing.get(name);
			if (!lines) {
				lines = [];
				containing.set(name, lines);
			}
			lines.push({ line: index + 1, text });
		}
	}
	const context: RuleContext = { title: '', hotlines: new Set(), lexicon: lexiconFor(promotion.vocabulary), collected: new Map() };
	const confirmed = new Map<string, string[]>();
	for (const [rule, list] of names) {
		const learner = rules.find((r): r is WordsRule => r.id === rule && r.scope === 'words' && r.collect !== undefined);
		const kept = list.filter((name) => {
			const lines = containing.get(name);
			// Each remaining use counts twice: the article that taught the name used it twice already, so one use elsewhere
			// is enough, when the corpus's uses are as the rule learns names (before a product word, for a brand).
			return lines !== undefined && learner?.collect?.([...lines, ...lines], context).includes(name) === true;
		});
		if (kept.length > 0) confirmed.set(rule, kept);
	}
	return confirmed;
}

const escapeName = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The names as the JSON file holds them: `{ "<rule>": ["name", …] }`. */
export function serializeLearned(names: LearnedNames): Record<string, readonly string[]> {
	return Object.fromEntries(names);
}

/** Reads {@link serializeLearned}'s JSON; anything else gives no names. */
export function parseLearned(json: unknown): LearnedNames {
	const names = new Map<string, string[]>();
	if (json === null || typeof json !== 'object' || Array.isArray(json)) return names;
	for (const [rule, list] of Object.entries(json))
		if (Array.isArray(list))
			names.set(
				rule,
				list.filter((n) => typeof n === 'string'),
			);
	return names;
}

/**
 * The publication gate of the screen across sources: a text that names one of the corpus's learned names is judged by
 * the cleaner's promotion rules with those names, exactly as the page check judges a page (scripts/pipeline/scan.ts
 * `findPromotion`); a text that names none passes at once (the screen of its own article judged the rest).
 */
export function learnedGate(promotion: PromotionContext, names: LearnedNames): PublicationGate {
	const all = [...new Set([...names.values()].flat())];
	if (all.length === 0) return () => undefined;
	const any = new RegExp(all.map(escapeName).join('|'), 'iu');
	return (text) => {
		if (!any.test(text)) return undefined;
		const hit = findPromotion(text, promotion, names)[0];
		return hit ? { rule: hit.rule, found: hit.text } : undefined;
	};
}
