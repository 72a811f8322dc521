import type { Diagnostic } from './types.ts';

/** Builds an error diagnostic; `where` carries file, line and entry. */
export function error(
	code: string,
	where: Pick<Diagnostic, 'file'> & Partial<Pick<Diagnostic, 'line' | 'entry'>>,
	message: string,
	hint: string,
): Diagnostic {
	return { severity: 'error', code, ...where, message, hint };
}

/** Builds a warning diagnostic. */
export function warning(
	code: string,
	where: Pick<Diagnostic, 'file'> & Partial<Pick<Diagnostic, 'line' | 'entry'>>,
	message: string,
	hint: string,
): Diagnostic {
	return { severity: 'warning', code, ...where, message, hint };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

/** One line per problem: `file:line [entry] severity code: message — hint`. The only place diagnostics are formatted. */
export function formatDiagnostic(d: Diagnostic): string {
	const where = [d.file + (d.line ? `:${d.line}` : ''), d.entry ? `[${d.entry}]` : ''].filter(Boolean).join(' ');
	return `${where} ${d.severity} ${d.code}: ${d.message} — ${d.hint}`;
}
