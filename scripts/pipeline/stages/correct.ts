import type { Erratum } from '../../../src/schemas/erratum.ts';
import { type Diagnostic, warning } from '../../diagnostics.ts';
import type { CleanSource } from '../types.ts';

/**
 * Stage 5, correct: known errors in a source are fixed here, from src/editorial/errata.yaml, never in the source file.
 * Each source is corrected on its own; once all are, an erratum that found nothing to correct is reported
 * ({@link unusedErrata}), so stale ones get removed.
 */

/** One source's corrections. `applied` lists an erratum's ID once per block it changed. */
export function correct(source: CleanSource, errata: readonly Erratum[]): { source: CleanSource; applied: string[] } {
	const applied: string[] = [];
	const relevant = errata.filter((e) => e.file === undefined || e.file === source.file);
	if (relevant.length === 0) return { source, applied };
	const blocks = source.blocks.map((block) => {
		let text = block.text;
		for (const e of relevant) {
			if (!text.includes(e.find)) continue;
			text = text.split(e.find).join(e.replace);
			applied.push(e.id);
		}
		return text === block.text ? block : { ...block, text };
	});
	return { source: { ...source, blocks }, applied };
}

/**
 * Errata that changed nothing, given how often each was applied and which sources were read: one whose file was not
 * among them is not stale (the run simply did not include that file).
 */
export function unusedErrata(errata: readonly Erratum[], applied: ReadonlyMap<string, number>, files: ReadonlySet<string>): Diagnostic[] {
	return errata
		.filter((e) => !applied.get(e.id) && (e.file === undefined || files.has(e.file)))
		.map((e) =>
			warning(
				'errata/unused',
				{ file: 'src/editorial/errata.yaml', entry: e.id },
				`Erratum ${e.id} did not find "${e.find}" in ${e.file ?? 'any source'}.`,
				'Update its "find" text or remove the erratum.',
			),
		);
}
