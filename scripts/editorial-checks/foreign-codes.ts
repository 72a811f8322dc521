import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * Rules for the codes of foreign card schemes (src/editorial/foreign-codes.yaml): each leads to an existing catalogue
 * entry, and a code UnionPay's tables have is mapped on its own page (codes.yaml `foreign`), not listed again.
 */

const FILE = 'src/editorial/foreign-codes.yaml';

export const foreignCodeTarget: EditorialCheck = {
	code: 'foreign/unknown-entry',
	description:
		'Every foreign-scheme code of foreign-codes.yaml leads (`see`) to an entry of the catalogue, is not a code of codes.yaml (map that one with its `foreign` field), and is listed once.',
	severity: 'error',
	check(catalogue: Catalogue) {
		const ids = new Set<string>(
			[catalogue.symptoms, catalogue.causes, catalogue.remedies, catalogue.prevention, catalogue.cases, catalogue.codes].flatMap((part) =>
				part.map((e) => e.id),
			),
		);
		const codes = new Set(catalogue.codes.map((c) => c.id));
		const seen = new Set<string>();
		const out: Diagnostic[] = [];
		for (const code of catalogue.foreignCodes) {
			const at = entryLocation(catalogue, `foreignCodes:${code.code}`, FILE);
			const problem = (message: string, hint: string) => out.push({ severity: this.severity, code: this.code, ...at, message, hint });
			if (!ids.has(code.see))
				problem(
					`Foreign code ${code.code} leads to ${code.see}, which is not an entry of the catalogue.`,
					'Name the cause, remedy or code whose page says what to do.',
				);
			if (codes.has(code.code))
				problem(
					`Foreign code ${code.code} is also a UnionPay code of codes.yaml.`,
					`Map it on its page: give code ${code.code} in codes.yaml a "foreign" field (English messages, schemes, what differs), and delete it here.`,
				);
			if (seen.has(code.code)) problem(`Foreign code ${code.code} is listed twice.`, 'Merge the two entries.');
			seen.add(code.code);
		}
		return out;
	},
};
