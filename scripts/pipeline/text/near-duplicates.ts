/**
 * Near-duplicate detection for short Chinese statements: character bigram sets compared by Jaccard similarity,
 * with MinHash + locality-sensitive hashing to find candidate pairs, so the cost grows with the number of
 * statements, not with its square.
 */

const BANDS = 8;
const ROWS = 3;
const HASHES = BANDS * ROWS;
const MAX_REPRESENTATIVES = 8;

/** Odd multipliers for the hash family: fixed so results are deterministic. */
const SEEDS: readonly number[] = Array.from({ length: HASHES }, (_, i) => (Math.imul(0x9e3779b1, i + 1) ^ 0x85ebca6b) | 1);

/** The comparison key: letters, digits and CJK only, so punctuation and spacing differences do not count. */
export function duplicateKey(text: string): string {
	return duplicateKeyOfCommonText(text) ?? duplicateKeyByUnicode(text);
}

/** {@link duplicateKey} by its definition: NFKC, then only letters and digits, lower case. */
export function duplicateKeyByUnicode(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toLowerCase();
}

/**
 * Punctuation, symbols and spaces of the blocks Chinese text uses (Latin-1, general punctuation, CJK punctuation,
 * full-width forms) that {@link duplicateKeyByUnicode} drops however they stand: NFKC maps them to no letter or digit,
 * and no character composes with them.
 */
const DROPPED: ReadonlySet<number> = new Set(
	[
		[0x00a0, 0x00bf],
		[0x2000, 0x206f],
		[0x3000, 0x303f],
		[0xfe30, 0xfe4f],
		[0xff00, 0xffef],
	].flatMap(([from, to]) =>
		Array.from({ length: to! - from! + 1 }, (_, i) => from! + i).filter((code) => {
			const char = String.fromCharCode(code);
			return /^[\p{P}\p{S}\p{Z}]$/u.test(char) && duplicateKeyByUnicode(char) === '';
		}),
	),
);

/**
 * {@link duplicateKey} without NFKC and a Unicode regular expression, for the text this knowledge base is made of: ASCII,
 * CJK Unified Ideographs (which NFKC leaves as they are) and {@link DROPPED} marks. Undefined for any other
 * character, which then takes the general way. ~5× faster; the merge computes ~100,000 keys at 10,000 articles.
 */
function duplicateKeyOfCommonText(text: string): string | undefined {
	let key = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x4e00 && code <= 0x9fff)) continue;
		// Everything before this character is kept as it is.
		key += text.slice(from, i);
		from = i + 1;
		if (code >= 0x41 && code <= 0x5a) key += String.fromCharCode(code + 0x20);
		else if (code >= 0x80 && !DROPPED.has(code)) return undefined;
	}
	return from === 0 ? text : key + text.slice(from);
}

/** Character bigrams as integers (two UTF-16 units packed in 32 bits). */
export function bigrams(key: string): Set<number> {
	return new Set(sortedBigrams(key));
}

/** The same bigrams, sorted ascending without duplicates: the form the grouping works on (no Set per text). */
export function sortedBigrams(key: string): Uint32Array {
	if (key.length === 1) return Uint32Array.of(key.charCodeAt(0));
	const all = new Uint32Array(Math.max(0, key.length - 1));
	for (let i = 0; i + 1 < key.length; i++) all[i] = ((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0;
	all.sort();
	let unique = 0;
	for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[unique - 1]) all[unique++] = all[i]!;
	return unique === all.length ? all : all.slice(0, unique);
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
	if (a.size === 0 && b.size === 0) return 1;
	let shared = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const x of small) if (large.has(x)) shared++;
	return shared / (a.size + b.size - shared);
}

function minhash(shingles: Uint32Array): Uint32Array {
	const sig = new Uint32Array(HASHES).fill(0xffffffff);
	for (const s of shingles) {
		for (let h = 0; h < HASHES; h++) {
			let x = Math.imul(s ^ SEEDS[h]!, 0x27d4eb2d);
			x ^= x >>> 15;
			x = Math.imul(x, SEEDS[h]!) >>> 0;
			if (x < sig[h]!) sig[h] = x;
		}
	}
	return sig;
}

/**
 * The LSH bucket of band `b`: its rows hashed to 45 bits, with the band in the low 3 bits, as one number. A number is a
 * far cheaper map key than the text of the rows; two bands that collide only add a candidate pair, which the exact
 * Jaccard check then decides.
 */
function bandKey(sig: Uint32Array, b: number): number {
	let high = 0x811c9dc5;
	let low = 0x01000193;
	for (let r = 0; r < ROWS; r++) {
		const row = sig[b * ROWS + r]!;
		high = Math.imul(high ^ row, 0x01000193);
		low = Math.imul(low ^ row, 0x5bd1e995);
		low ^= low >>> 13;
	}
	return ((high >>> 0) * 2 ** 13 + (low >>> 19)) * BANDS + b;
}

/**
 * Groups texts whose bigram Jaccard similarity is at least `threshold` (transitively).
 * Returns, for each input index, the index of its group's first member. Exact duplicates (same comparable key)
 * are grouped without hashing.
 */
export function groupNearDuplicates(texts: readonly string[], threshold = 0.7): number[] {
	const parent = new Int32Array(texts.length);
	for (let i = 0; i < parent.length; i++) parent[i] = i;
	const find = (i: number): number => {
		let root = i;
		while (parent[root] !== root) root = parent[root]!;
		while (parent[i] !== root) {
			const next = parent[i]!;
			parent[i] = root;
			i = next;
		}
		return root;
	};
	const union = (a: number, b: number) => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};
	// 1. Exact duplicates: the same text (common across articles copied from each other) joins its first occurrence,
	// then texts with the same comparable key join; `duplicateKey` (NFKC + a Unicode regex) runs once per distinct text.
	const firstOfText = new Map<string, number>();
	const firstOfKey = new Map<string, number>();
	/** Index and comparable key of each first text of a key: the ones compared below. */
	const unique: number[] = [];
	const uniqueKeys: string[] = [];
	for (let i = 0; i < texts.length; i++) {
		const text = texts[i]!;
		const sameText = firstOfText.get(text);
		if (sameText !== undefined) {
			union(sameText, i);
			continue;
		}
		firstOfText.set(text, i);
		const key = duplicateKey(text);
		const first = firstOfKey.get(key);
		if (first === undefined) {
			firstOfKey.set(key, i);
			unique.push(i);
			uniqueKeys.push(key);
		} else union(first, i);
	}
	// 2. Near duplicates among the unique keys: LSH buckets, then an exact Jaccard check of each candidate pair.
	// Bigram sets are kept sorted in typed arrays for the Jaccard checks: a merge of two short sorted arrays is several times
	// faster than Set lookups, and it is the inner loop of this stage at 10,000 articles.
	const shingles: Uint32Array[] = new Array(unique.length);
	const buckets = new Map<number, number[]>();
	for (let u = 0; u < unique.length; u++) {
		const sorted = sortedBigrams(uniqueKeys[u]!);
		shingles[u] = sorted;
		const sig = minhash(sorted);
		for (let b = 0; b < BANDS; b++) {
			const key = bandKey(sig, b);
			const bucket = buckets.get(key);
			if (bucket) bucket.push(u);
			else buckets.set(key, [u]);
		}
	}
	// Each member is compared with a few representatives of its bucket, not with every member: a large bucket of
	// near-identical statements then costs linear time instead of quadratic.
	for (const bucket of buckets.values()) {
		if (bucket.length < 2) continue;
		const representatives: number[] = [];
		for (const u of bucket) {
			const i = unique[u]!;
			let merged = false;
			for (const r of representatives) {
				if (find(unique[r]!) === find(i) || sortedJaccardAtLeast(shingles[r]!, shingles[u]!, threshold)) {
					union(unique[r]!, i);
					merged = true;
					break;
				}
			}
			if (!merged && representatives.length < MAX_REPRESENTATIVES) representatives.push(u);
		}
	}
	return Array.from(texts, (_, i) => find(i));
}

/**
 * `jaccard(a, b) >= threshold` for sorted, duplicate-free arrays, with the same arithmetic as {@link jaccard}. Sets whose
 * sizes alone rule the threshold out (Jaccard ≤ smaller/larger) are not compared at all.
 */
function sortedJaccardAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
	if (a.length === 0 && b.length === 0) return 1 >= threshold;
	const [small, large] = a.length <= b.length ? [a.length, b.length] : [b.length, a.length];
	if (small / large < threshold) return false;
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return shared / (a.length + b.length - shared) >= threshold;
}

/** FNV-1a over the comparable key: a stable short ID for a statement, so its anchor survives rebuilds. */
export function stableId(text: string): string {
	let h = 0x811c9dc5;
	const key = duplicateKey(text);
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0');
}
