import { applyDeobfuscation } from '../../../src/shared/chinese/deobfuscate.ts';
import type { DeobfuscationTable } from '../../rules/deobfuscation.ts';
import { urlRegExp } from '../../rules/url.ts';
import type { DeobfuscatedSource, NormalizedSource, Substitution } from '../types.ts';

/**
 * Stage 3, de-obfuscate: applies the de-obfuscation table to every line, in table order, and logs every replacement as a
 * {@link Substitution} with its rule ID and line. URLs and bare domains are shielded so that promotion stripping still
 * sees them verbatim. The rules themselves are the Chinese-text core's (src/shared/chinese/deobfuscate.ts), which the
 * search applies to queries too. Pure; the table is compiled once and cached per table object.
 */
export function deobfuscate(doc: NormalizedSource, table: DeobfuscationTable): DeobfuscatedSource {
	const substitutions: Substitution[] = [];
	const lines = doc.lines.map((sourceLine) => {
		if (sourceLine.text.trim() === '') return sourceLine;
		const text = deobfuscateText(sourceLine.text, table, (rule, from, to) => substitutions.push({ line: sourceLine.line, rule, from, to }));
		return text === sourceLine.text ? sourceLine : { line: sourceLine.line, text };
	});
	return { ...doc, lines, substitutions };
}

/** Applies a table to one line of text (used by {@link deobfuscate} and by the site scanner). */
export function deobfuscateLine(
	text: string,
	table: DeobfuscationTable,
): { text: string; substitutions: Array<{ rule: string; from: string; to: string }> } {
	const substitutions: Array<{ rule: string; from: string; to: string }> = [];
	const result = deobfuscateText(text, table, (rule, from, to) => substitutions.push({ rule, from, to }));
	return { text: result, substitutions };
}

// Private-use characters cannot survive normalization, so they are safe placeholders for shielded URLs.
const PLACEHOLDER_START = 0xe000;
const PLACEHOLDER = /\ue000([\ue100-\ue8ff])/g;
/** Global regex reused by every call: String.prototype.replace resets `lastIndex` itself. */
const URL = urlRegExp();

function deobfuscateText(text: string, table: DeobfuscationTable, report: (rule: string, from: string, to: string) => void): string {
	const shielded: string[] = [];
	let working = text.replace(URL, (url) => {
		if (shielded.length >= 0x800) return url;
		shielded.push(url);
		return `\ue000${String.fromCharCode(PLACEHOLDER_START + 0x100 + shielded.length - 1)}`;
	});
	working = applyDeobfuscation(working, table, report);
	return shielded.length === 0
		? working
		: working.replace(PLACEHOLDER, (_, index: string) => shielded[index.charCodeAt(0) - PLACEHOLDER_START - 0x100] ?? '');
}
