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

/**
 * Characters that are already mainland Simplified in the texts of this genre and that the standard would turn into
 * another character: 么 is the Simplified form of the particle 麼 (可以刷么, 怎么), but opencc's Taiwan table reads a lone
 * 么 as the variant of 幺 and writes 刷幺. Found on a real query (heldout-11, 2026-12-03: POS機沒有小票可以刷么); a
 * Traditional page mixing in the particle would have been published with 幺. They are kept as written.
 */
const KEPT = /么/u;

/** Lazily built once: the opencc dictionaries take a few milliseconds to load. */
function convert(text: string): string {
	converters ??= [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
	const run = (part: string) => {
		let out = part;
		for (const converter of converters ?? []) out = converter(out);
		return out;
	};
	return KEPT.test(text) ? text.split(KEPT).map(run).join('么') : run(text);
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

let regional: Array<[string, string]> | undefined;

/**
 * The phrases the standard's regional dictionaries write differently from the mainland: OpenCC's Taiwan and Hong Kong
 * phrase tables (`twp`, `hkp`: 網路 → 网络, 列印 → 打印, 螢幕 → 屏幕, 伺服器 → 服务器), each pair as the character
 * conversion ({@link toSimplified}) leaves the phrase (网路, 列印) and as the mainland writes it (网络, 打印). The
 * cleaner converts characters only; the search's query side uses these pairs (restricted at build time to phrases the
 * site uses) so a Taiwan reader's 網路連線 finds what the site calls 网络连接. Only phrases of Han characters; built once.
 */
export function regionalPhrases(): ReadonlyArray<readonly [string, string]> {
	if (!regional) {
		const phrase = [OpenCC.Converter({ from: 'twp', to: 'cn' }), OpenCC.Converter({ from: 'hkp', to: 'cn' })];
		const byPhrase = (text: string): string => phrase.reduce((out, convert) => convert(out), text);
		const sources = new Set<string>();
		for (const [withPhrases, plain] of [
			['twp', 'tw'],
			['hkp', 'hk'],
		] as const) {
			const characterDicts = new Set((OpenCC.Locale.from[plain] ?? []).flat());
			for (const group of OpenCC.Locale.from[withPhrases] ?? [])
				for (const dict of group) {
					if (characterDicts.has(dict)) continue;
					const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0] ?? '') : dict.map(([from]) => from);
					for (const source of entries) if ([...source].length >= 2 && /^\p{Script=Han}+$/u.test(source)) sources.add(source);
				}
		}
		const pairs = new Map<string, string>();
		for (const source of [...sources].sort()) {
			const characters = toSimplified(source);
			const mainland = byPhrase(source);
			if (characters !== mainland && !pairs.has(characters)) pairs.set(characters, mainland);
		}
		regional = [...pairs];
	}
	return regional;
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
