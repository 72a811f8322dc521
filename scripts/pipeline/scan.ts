import { isHan } from '../../src/shared/chinese/han.ts';
import { isInLatinNameList, lexiconSyllables } from '../../src/shared/chinese/pinyin.ts';
import type { DeobfuscationTable } from '../rules/deobfuscation.ts';
import { PROMOTION_RULES } from '../rules/promotion/index.ts';
import type { PromotionContext } from '../rules/promotion/types.ts';
import { EMPTY_PROMOTION_CONTEXT } from '../rules/promotion/vocabulary.ts';
import { deobfuscateLine } from './stages/deobfuscate.ts';
import { stripLines } from './stages/strip-promotion.ts';

/** One finding of the scanner: the rule that fired and the text it matched. */
export interface ScanHit {
	rule: string;
	text: string;
}

/** Rules that apply to arbitrary text: all but those that need an article title or its structure. */
const SCAN_RULES = PROMOTION_RULES.filter((rule) => !rule.articleOnly);

/**
 * The promotion rules applied to arbitrary text (e.g. a built page's visible text): every passage the cleaner would
 * remove. Title, table-of-contents and teaser rules are left out, since page text is not an article. `learned`: the
 * names the rules that learn names should remove (the corpus's, scripts/pipeline/learned.ts) instead of learning
 * them from this text.
 */
export function findPromotion(
	text: string,
	context: PromotionContext = EMPTY_PROMOTION_CONTEXT,
	learned?: ReadonlyMap<string, readonly string[]>,
): ScanHit[] {
	const lines = text.split(/\r\n?|\n/).map((lineText, index) => ({ line: index + 1, text: lineText }));
	return stripLines(lines, SCAN_RULES, context, { article: false, learned }).removed.map(({ rule, text: removed }) => ({
		rule,
		text: removed,
	}));
}

const LATIN_RUN = /(?<![A-Za-z0-9])[A-Za-z]{2,12}(?![A-Za-z0-9])/g;

/**
 * Obfuscated tokens in arbitrary text: everything the de-obfuscation table would replace, plus leftover pinyin
 * (a Latin run next to a Chinese character that is the pinyin of a character in the table's map, e.g. `ka`, `xi`).
 * A word that is one item of a list of Latin names (`如Ping、Traceroute等`) is a name, not pinyin.
 */
export function findObfuscation(text: string, table: DeobfuscationTable): ScanHit[] {
	const syllables = lexiconSyllables(table.pinyin);
	const hits: ScanHit[] = [];
	for (const line of text.split(/\r\n?|\n/)) {
		if (line.trim() === '') continue;
		const result = deobfuscateLine(line, table);
		for (const substitution of result.substitutions) {
			// Typographic normalisation (spacing, letter case: "POS 机", "pos机") is house style, not an obfuscated token.
			if (isTypographic(substitution.from, substitution.to)) continue;
			hits.push({ rule: substitution.rule, text: substitution.from });
		}
		// Leftovers are looked for in what the table leaves, so a token is reported once.
		for (const match of result.text.matchAll(LATIN_RUN)) {
			const before = result.text[match.index - 1] ?? '';
			const after = result.text[match.index + match[0].length] ?? '';
			const nextToHanzi = isHan(before) || isHan(after);
			if (!nextToHanzi || !syllables.has(match[0].toLowerCase())) continue;
			if (isInLatinNameList(result.text, match.index, match.index + match[0].length)) continue;
			hits.push({ rule: 'leftover-pinyin', text: match[0] });
		}
	}
	return hits;
}

/** True when a substitution changes only white space or letter case. */
export function isTypographic(from: string, to: string): boolean {
	const fold = (t: string) => t.replace(/\s+/g, '').toLowerCase();
	return fold(from) === fold(to);
}
