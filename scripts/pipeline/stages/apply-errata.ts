import type { Erratum } from '../../../src/schemas/erratum.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { warning } from '../../diagnostics.ts';
import type { CleanSource } from '../types.ts';

/**
 * Editorial corrections: known errors in a source are fixed here, from src/editorial/errata.yaml,
 * never in the source file. An erratum that no longer finds its text is reported, so stale ones get removed.
 */
export function applyErrata(
	sources: readonly CleanSource[],
	errata: readonly Erratum[],
): { sources: CleanSource[]; applied: Map<string, number>; diagnostics: Diagnostic[] } {
	const applied = new Map<string, number>(errata.map((e) => [e.id, 0]));
	const corrected = sources.map((source) => {
		const result = correctSource(source, errata);
		for (const id of result.applied) applied.set(id, (applied.get(id) ?? 0) + 1);
		return result.source;
	});
	return { sources: corrected, applied, diagnostics: unusedErrata(errata, applied, new Set(sources.map((s) => s.file))) };
}

/**
 * One source's corrections (the pipeline corrects each source where it is cleaned, on a worker thread for large
 * corpora). `applied` lists an erratum's ID once per block it changed.
 */
export function correctSource(source: CleanSource, errata: readonly Erratum[]): { source: CleanSource; applied: string[] } {
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
