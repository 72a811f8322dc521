import type { Erratum } from '../../../src/schemas/erratum.ts';
import { warning } from '../diagnostics.ts';
import type { CleanSource, Diagnostic } from '../types.ts';

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
		const relevant = errata.filter((e) => e.file === undefined || e.file === source.file);
		if (relevant.length === 0) return source;
		const blocks = source.blocks.map((block) => {
			let text = block.text;
			for (const e of relevant) {
				if (!text.includes(e.find)) continue;
				text = text.split(e.find).join(e.replace);
				applied.set(e.id, applied.get(e.id)! + 1);
			}
			return text === block.text ? block : { ...block, text };
		});
		return { ...source, blocks };
	});
	const touched = new Set(sources.map((s) => s.file));
	const diagnostics = errata
		.filter((e) => applied.get(e.id) === 0 && (e.file === undefined || touched.has(e.file)))
		.map((e) =>
			warning(
				'errata/unused',
				{ file: 'src/editorial/errata.yaml', entry: e.id },
				`Erratum ${e.id} did not find "${e.find}" in ${e.file ?? 'any source'}.`,
				'Update its "find" text or remove the erratum.',
			),
		);
	return { sources: corrected, applied, diagnostics };
}
