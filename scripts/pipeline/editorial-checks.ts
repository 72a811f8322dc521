import { EDITORIAL_RULES, type EditorialRule } from '../rules/editorial/index.ts';
import type { Catalogue } from './catalogue.ts';
import type { Diagnostic } from './types.ts';

/**
 * Runs the editorial rules (scripts/rules/editorial/) over the validated catalogue; each finding becomes a diagnostic
 * with the file and line where its entry is declared.
 */
export function checkEditorial(catalogue: Catalogue, rules: readonly EditorialRule[] = EDITORIAL_RULES): Diagnostic[] {
	return rules.flatMap((rule) =>
		rule.check(catalogue).map((finding) => {
			const where = catalogue.locations.get(finding.entry);
			return {
				severity: rule.severity,
				code: rule.code,
				file: where?.file ?? 'src/editorial',
				line: where?.line,
				entry: finding.entry,
				message: finding.message,
				hint: finding.hint,
			};
		}),
	);
}
