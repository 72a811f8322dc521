import type { Diagnostic, StageResult } from '../diagnostics.ts';
import { error } from '../diagnostics.ts';
import { type DeobfuscationTable, parseDeobfuscationTable } from '../rules/deobfuscation.ts';
import { PROMOTION_RULES } from '../rules/promotion/index.ts';
import { parsePassageModel, SCORER_FILE } from '../rules/promotion/scorer-model.ts';
import type { PromotionContext } from '../rules/promotion/types.ts';
import { parsePromotionContext } from '../rules/promotion/vocabulary.ts';
import { decode } from './stages/decode.ts';
import { deobfuscate } from './stages/deobfuscate.ts';
import { normalize } from './stages/normalize.ts';
import { stripPromotion } from './stages/strip-promotion.ts';
import type { CleanSource, SourceFile } from './types.ts';

/** Editorial data the cleaning stages need, parsed by `parseDeobfuscationTable` and `parsePromotionContext`. */
export interface CleaningEditorial {
	deobfuscation: DeobfuscationTable;
	promotion: PromotionContext;
}

/**
 * Stages 1–4 for one source: decode → normalize → de-obfuscate → strip promotion. Pure; never throws. Fails only when
 * decoding rejects the file (empty, binary, undecodable, too large); the diagnostics say why. Runs on a worker thread
 * for large corpora (scripts/pipeline/clean-worker.ts).
 */
export function clean(
	source: SourceFile,
	editorial: CleaningEditorial,
	options: { maxBytes?: number | undefined } = {},
): StageResult<CleanSource> {
	// 1. decode: bytes → text (UTF-8, UTF-16 with BOM, GB18030/GBK), LF line ends; rejects what is not an article.
	const decoded = decode(source, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
	if (!decoded.ok) return decoded;
	// 2. normalize: Unicode, width, Traditional → Simplified, pinyin annotations dropped.
	const normalized = normalize(decoded.value);
	// 3. de-obfuscate: the reviewed table src/editorial/deobfuscation.yaml, every substitution logged.
	const deobfuscated = deobfuscate(normalized, editorial.deobfuscation);
	// 4. strip promotion: the rules of scripts/rules/promotion/ with the vocabulary of src/editorial/promotion/.
	const stripped = stripPromotion(deobfuscated, { rules: PROMOTION_RULES, context: editorial.promotion });
	return { ok: true, value: stripped, diagnostics: decoded.diagnostics };
}

/** File of the de-obfuscation table, relative to the editorial folder. */
export const DEOBFUSCATION_FILE = 'deobfuscation.yaml';

/**
 * Parses the cleaning stages' editorial data from the editorial YAML texts, keyed by path relative to the editorial
 * folder (as scripts/pipeline/io.ts `readEditorial` returns them): deobfuscation.yaml, hotlines.yaml, promotion/*.yaml.
 */
export function parseCleaningEditorial(editorial: ReadonlyMap<string, string>, dir = 'src/editorial'): StageResult<CleaningEditorial> {
	const diagnostics: Diagnostic[] = [];
	const tableText = editorial.get(DEOBFUSCATION_FILE);
	const table =
		tableText === undefined
			? ({
					ok: false,
					diagnostics: [
						error(
							'deobfuscation/missing-file',
							{ file: `${dir}/${DEOBFUSCATION_FILE}` },
							'The de-obfuscation table is missing.',
							'Restore src/editorial/deobfuscation.yaml.',
						),
					],
				} as const)
			: parseDeobfuscationTable(tableText, `${dir}/${DEOBFUSCATION_FILE}`);
	const promotion = parsePromotionContext(editorial, dir);
	// The passage scorer's model is optional: without it the rule `passage-scorer` removes nothing.
	const scorerText = editorial.get(SCORER_FILE);
	const scorer = scorerText === undefined ? undefined : parsePassageModel(scorerText, `${dir}/${SCORER_FILE}`);
	diagnostics.push(...table.diagnostics, ...promotion.diagnostics, ...(scorer?.diagnostics ?? []));
	if (!table.ok || !promotion.ok || scorer?.ok === false) return { ok: false, diagnostics };
	return {
		ok: true,
		value: { deobfuscation: table.value, promotion: scorer ? { ...promotion.value, scorer: scorer.value } : promotion.value },
		diagnostics,
	};
}
