import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * Rules for the time windows (src/editorial/timings.yaml): each is shown on pages that exist, cites what it rests on
 * (catalogue/unknown-reference checks that every cited ID is declared), and its ID is unique.
 */

const FILE = 'src/editorial/timings.yaml';

export const timingShown: EditorialCheck = {
	code: 'timing/unknown-entry',
	description:
		'Every time window of timings.yaml is shown on entries of the catalogue (`shownOn`: remedies, symptoms, causes, codes), cites at least one source article or specification, and has its own ID.',
	severity: 'error',
	check(catalogue: Catalogue) {
		const ids = new Set<string>(
			[catalogue.symptoms, catalogue.causes, catalogue.remedies, catalogue.prevention, catalogue.cases, catalogue.codes].flatMap((part) =>
				part.map((e) => e.id),
			),
		);
		const seen = new Set<string>();
		const out: Diagnostic[] = [];
		for (const timing of catalogue.timings) {
			const at = entryLocation(catalogue, `timings:${timing.id}`, FILE);
			const problem = (message: string, hint: string) => out.push({ severity: this.severity, code: this.code, ...at, message, hint });
			for (const id of timing.shownOn)
				if (!ids.has(id))
					problem(
						`Time window "${timing.id}" is to be shown on ${id}, which is not an entry of the catalogue.`,
						'Name the remedy, symptom, cause or code whose page shows it.',
					);
			if (timing.references.length === 0)
				problem(
					`Time window "${timing.id}" cites nothing.`,
					'List in "references" the source articles (art-NNN) or specifications that give this window.',
				);
			if (seen.has(timing.id)) problem(`Time window "${timing.id}" is declared twice.`, 'Give each window its own ID.');
			seen.add(timing.id);
		}
		return out;
	},
};
