/**
 * Problems, as data: every layer (the rules in scripts/rules/, the pipeline, the site checks) reports through this
 * type and these builders, and the CLIs print them with {@link formatDiagnostic}. A leaf module: it imports nothing.
 */

/** A problem found in the input, the editorial data or the built site, collected as data and printed by the reporter. */
export interface Diagnostic {
	/** `error` fails the run; `warning` is reported and the run goes on. */
	severity: 'error' | 'warning';
	/** Stable machine-readable code, e.g. `decode/binary`, `catalogue/broken-reference`, `link/anchor`. */
	code: string;
	/** File the problem is in (source file name, editorial data path, or `dist/<page>` for the built site). */
	file: string;
	/** 1-based line, when known. */
	line?: number | undefined;
	/** Entry ID, when the problem is about one entry. */
	entry?: string | undefined;
	/** What went wrong, in one sentence. */
	message: string;
	/** How to fix it, in one sentence. */
	hint: string;
}

/** Outcome of a step that can reject its input. */
export type StageResult<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Where a problem is: its file, and the line and entry when known. */
export type Where = Pick<Diagnostic, 'file'> & Partial<Pick<Diagnostic, 'line' | 'entry'>>;

/** Builds an error diagnostic; `where` carries file, line and entry. */
export function error(code: string, where: Where, message: string, hint: string): Diagnostic {
	return { severity: 'error', code, ...where, message, hint };
}

/** Builds a warning diagnostic. */
export function warning(code: string, where: Where, message: string, hint: string): Diagnostic {
	return { severity: 'warning', code, ...where, message, hint };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

/** One line per problem: `file:line [entry] severity code: message — hint`. The only place diagnostics are formatted. */
export function formatDiagnostic(d: Diagnostic): string {
	const where = [d.file + (d.line ? `:${d.line}` : ''), d.entry ? `[${d.entry}]` : ''].filter(Boolean).join(' ');
	return `${where} ${d.severity} ${d.code}: ${d.message} — ${d.hint}`;
}
