/**
 * Traditional → Simplified by character table, for the browser: the table is compiled at build time from the one
 * standard (src/shared/chinese/standard.ts), restricted to the characters that matter (search-vocabulary.json's
 * `traditional`), so the search page carries a few hundred pairs instead of opencc's dictionaries. Pure.
 */

/** Traditional character → its Simplified form, one character each. */
export type CharacterTable = Readonly<Record<string, string>>;

/** Each character of `text` that the table has, replaced. */
export function simplifyByTable(text: string, table: CharacterTable): string {
	let out = '';
	for (const char of text) out += table[char] ?? char;
	return out;
}
