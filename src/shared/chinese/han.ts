/**
 * Character classes of Chinese text: the one definition every layer uses (the cleaner's stages and rules, the site
 * checks, the search index and the browser's query side). Pure and dependency-free.
 *
 * A Han character is Unicode's `Script=Han` (CJK Unified Ideographs and their extensions, compatibility ideographs,
 * 〇 and 々). The CJK Unified Ideographs block U+4E00–U+9FFF is a narrower thing with its own name: the characters of
 * everyday text, where every Traditional character in common use lies ({@link UNIFIED_IDEOGRAPHS}); it bounds the
 * Traditional → Simplified table and what a decoded article is expected to be made of, not what counts as Chinese.
 */

/** The Han class as a regular-expression fragment, for patterns built with `new RegExp(…, 'u')`. */
export const HAN = '\\p{Script=Han}';
/** One Han character. */
export const HAN_CHAR = /\p{Script=Han}/u;
/** A run of Han characters (global: for `match` / `matchAll`). */
export const HAN_RUN = /\p{Script=Han}+/gu;
/** A space with Han characters on both sides: a reader's pause (刷 不了 卡), not a word boundary. */
export const HAN_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/** True when `char` (one code point) is a Han character. */
export const isHan = (char: string | undefined): char is string => char !== undefined && char !== '' && HAN_CHAR.test(char);

/** The CJK Unified Ideographs block: the domain of the Traditional → Simplified table. */
export const UNIFIED_IDEOGRAPHS = { first: 0x4e00, last: 0x9fff } as const;
/** The same block as a regular-expression range fragment (inside `[…]`). */
export const UNIFIED_IDEOGRAPH_RANGE = '\\u4e00-\\u9fff';

/** True when the UTF-16 code unit `code` is in the CJK Unified Ideographs block. */
export const isUnifiedIdeograph = (code: number): boolean => code >= UNIFIED_IDEOGRAPHS.first && code <= UNIFIED_IDEOGRAPHS.last;
