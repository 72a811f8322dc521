import type { Diagnostic } from '../diagnostics.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import type { IngestReport } from './ingest-report.ts';

/** The one place that prints: diagnostics one per line on stderr, then a short summary. */
export function printDiagnostics(
	diagnostics: readonly Diagnostic[],
	write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): void {
	for (const d of diagnostics) write(formatDiagnostic(d));
}

export function printSummary(report: IngestReport, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
	const s = report.summary;
	const rules = Object.entries(s.removedByRule)
		.map(([rule, n]) => `${rule} ${n}`)
		.join(', ');
	write(`ingest: ${s.files} files read, ${s.rejected} rejected`);
	write(`ingest: ${s.passagesKept} passages kept, ${s.passagesRemoved} removed (${rules || 'none'}), ${s.substitutions} de-obfuscations`);
	write(
		`ingest: ${s.statements} statements, ${s.placed} placed, ${s.notPublished} deliberately not published, ${s.unplaced} unplaced (${(s.placedShare * 100).toFixed(1)} % placed)`,
	);
	const entriesReached = new Set(report.sources.flatMap((x) => x.contributed.entries)).size;
	const none = s.contributedNothing.length
		? `; ${s.contributedNothing.length} gave nothing (${s.contributedNothing.slice(0, 5).join(', ')}${s.contributedNothing.length > 5 ? ', …' : ''}: see "contributed" in the report)`
		: '';
	write(`ingest: ${s.contributing} of ${s.files} sources contributed statements to ${entriesReached} entries${none}`);
	if (s.withheld) {
		const byCheck = Object.entries(s.withheldByRule).reduce<Record<string, number>>((acc, [key, n]) => {
			const check = key.split('/')[0]!;
			acc[check] = (acc[check] ?? 0) + n;
			return acc;
		}, {});
		const parts = [
			`${byCheck.form ?? 0} not statements of fact`,
			`${byCheck.claim ?? 0} contradicting the catalogue`,
			`${byCheck.gate ?? 0} not publishable`,
		];
		write(`ingest: ${s.withheld} cut statements withheld from the evidence (${parts.join(', ')}); see "withheld" in the report`);
	}
	if (report.placementsRejected?.length)
		write(
			`ingest: ${report.placementsRejected.length} placements proposed by the match rules were rejected by the placement verifier; see "placementsRejected" in the report (score and reason each)`,
		);
	for (const c of report.contradictions.filter((c) => !c.recorded).slice(0, 5))
		write(
			`ingest: ${c.occurrences} source statement(s) say ${c.code} means "${c.claimed}" (catalogue: ${c.catalogue}); if common, add "${c.code} = ${c.claimed}" to its misconceptions in src/editorial/codes.yaml`,
		);
}
