import * as OpenCC from 'opencc-js';
import { isUnifiedIdeograph, UNIFIED_IDEOGRAPHS } from './han.ts';
import type { CharacterTable } from './simplified.ts';

/**
 * The one Traditional → Simplified standard of the project: OpenCC's conversion to mainland Simplified (`cn`), reading
 * Taiwan variant forms and then Hong Kong variant forms (枱 → 台, 衞 → 卫, which the Taiwan table leaves). The cleaner
 * converts Traditional articles with it phrase by phrase; the browser's query side gets a character table derived from
 * it at build time ({@link compactTable}), so queries and pages are converted by one standard by construction.
 *
 * Build time and Node only: opencc's dictionaries are too large for the browser (the search page's budget is 60 KiB
 * gzip). The architecture test forbids importing this module from the browser's code.
 */
export const STANDARD = 'opencc-js tw→cn, then hk→cn';

let converters: Array<(text: string) => string> | undefined;

/** Lazily built once: the opencc dictionaries take a few milliseconds to load. */
function convert(text: string): string {
	converters ??= [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
	let out = text;
	for (const converter of converters) out = converter(out);
	return out;
}

/** Any text in Simplified script, phrase by phrase (乾淨 → 干净, 乾隆 stays), by {@link STANDARD}. */
export function toSimplified(text: string): string {
	return convert(text);
}

let characters: Map<string, string> | undefined;

/**
 * Every character of the CJK Unified Ideographs block that the standard changes when converted on its own, with its
 * one-character Simplified form (the few that become two characters are left out). Built once.
 */
export function traditionalCharacters(): ReadonlyMap<string, string> {
	if (characters) return characters;
	const chars: string[] = [];
	for (let code = UNIFIED_IDEOGRAPHS.first; code <= UNIFIED_IDEOGRAPHS.last; code++) chars.push(String.fromCharCode(code));
	const converted = convert(chars.join('\n')).split('\n');
	characters = new Map();
	chars.forEach((char, i) => {
		const simplified = converted[i];
		if (simplified !== undefined && simplified !== char && [...simplified].length === 1) characters?.set(char, simplified);
	});
	return characters;
}

let traditionalBytes: Uint8Array | undefined;

/**
 * How many of the first `sample` ideographs (CJK Unified Ideographs) of `text` there are, and how many of them the
 * standard changes: what deciding "is this Traditional script?" needs (stage 2 and the site's script check apply their
 * own thresholds). A byte per ideograph, built once, so this is an array lookup per character.
 */
export function countTraditional(text: string, sample = Number.POSITIVE_INFINITY): { ideographs: number; traditional: number } {
	if (!traditionalBytes) {
		traditionalBytes = new Uint8Array(UNIFIED_IDEOGRAPHS.last - UNIFIED_IDEOGRAPHS.first + 1);
		for (const char of traditionalCharacters().keys()) traditionalBytes[char.charCodeAt(0) - UNIFIED_IDEOGRAPHS.first] = 1;
	}
	let ideographs = 0;
	let traditional = 0;
	for (let i = 0; i < text.length && ideographs < sample; i++) {
		const code = text.charCodeAt(i);
		if (!isUnifiedIdeograph(code)) continue;
		ideographs++;
		traditional += traditionalBytes[code - UNIFIED_IDEOGRAPHS.first] ?? 0;
	}
	return { ideographs, traditional };
}

/**
 * The standard's character table restricted to the pairs `keep` accepts (the browser's table: only Simplified forms
 * the site uses, only Traditional forms the site does not write itself), sorted for a deterministic file.
 */
export function compactTable(keep: (traditional: string, simplified: string) => boolean): CharacterTable {
	const pairs = [...traditionalCharacters()].filter(([traditional, simplified]) => keep(traditional, simplified));
	return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
}

let inverse: ((text: string) => string) | undefined;

/**
 * Simplified → Traditional (Taiwan forms), for generating Traditional test articles (bench/generate-corpus.ts): the
 * direction the pipeline undoes.
 */
export function toTraditional(text: string): string {
	inverse ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
	return inverse(text);
}
