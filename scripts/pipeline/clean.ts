import type { Diagnostic, StageResult } from '../diagnostics.ts';
import { error } from '../diagnostics.ts';
import { type DeobfuscationTable, parseDeobfuscationTable } from '../rules/deobfuscation.ts';
import { PROMOTION_RULES } from '../rules/promotion/index.ts';
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
 * Stages 1–4 for one source: decode → normalize → de-obfuscate → strip promotion. Pure; never throws.
 * Fails only when decoding rejects the file (empty, binary, undecodable, too large); the diagnostics say why.
 */
export function clean(
	source: SourceFile,
	editorial: CleaningEditorial,
	options: { maxBytes?: number | undefined } = {},
): StageResult<CleanSource> {
	const decoded = decode(source, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
	if (!decoded.ok) return decoded;
	const normalized = normalize(decoded.value);
	const deobfuscated = deobfuscate(normalized, editorial.deobfuscation);
	return {
		ok: true,
		value: stripPromotion(deobfuscated, { rules: PROMOTION_RULES, context: editorial.promotion }),
		diagnostics: decoded.diagnostics,
	};
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
	diagnostics.push(...table.diagnostics, ...promotion.diagnostics);
	if (!table.ok || !promotion.ok) return { ok: false, diagnostics };
	return { ok: true, value: { deobfuscation: table.value, promotion: promotion.value }, diagnostics };
}
