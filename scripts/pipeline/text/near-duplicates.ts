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
export function comparable(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toLowerCase();
}

/** Character bigrams as integers (two UTF-16 units packed in 32 bits). */
export function bigrams(key: string): Set<number> {
	const out = new Set<number>();
	if (key.length === 1) out.add(key.charCodeAt(0));
	for (let i = 0; i + 1 < key.length; i++) out.add(((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0);
	return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
	if (a.size === 0 && b.size === 0) return 1;
	let shared = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const x of small) if (large.has(x)) shared++;
	return shared / (a.size + b.size - shared);
}

function minhash(shingles: ReadonlySet<number>): Uint32Array {
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
 * Groups texts whose bigram Jaccard similarity is at least `threshold` (transitively).
 * Returns, for each input index, the index of its group's first member. Exact duplicates (same comparable key)
 * are grouped without hashing.
 */
export function groupNearDuplicates(texts: readonly string[], threshold = 0.7): number[] {
	const parent = texts.map((_, i) => i);
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
	// 1. Exact duplicates after normalisation: a map, no hashing. Identical texts (common across articles copied from
	// each other) share one key, so `comparable` (NFKC + a Unicode regex) runs once per distinct text.
	const byKey = new Map<string, number>();
	const keyOfText = new Map<string, string>();
	const unique: number[] = [];
	for (const [i, text] of texts.entries()) {
		let key = keyOfText.get(text);
		if (key === undefined) {
			key = comparable(text);
			keyOfText.set(text, key);
		}
		const first = byKey.get(key);
		if (first === undefined) {
			byKey.set(key, i);
			unique.push(i);
		} else union(first, i);
	}
	// 2. Near duplicates among the unique keys: LSH buckets, then an exact Jaccard check of each candidate pair.
	// Bigram sets are kept sorted in typed arrays for the Jaccard checks: a merge of two short sorted arrays is several times
	// faster than Set lookups, and it is the inner loop of this stage at 10,000 articles.
	const shingles = new Map<number, Uint32Array>();
	const buckets = new Map<string, number[]>();
	for (const i of unique) {
		const set = bigrams(keyOfText.get(texts[i]!)!);
		shingles.set(i, Uint32Array.from(set).sort());
		const sig = minhash(set);
		for (let b = 0; b < BANDS; b++) {
			// The same text as `${b}:${rows.join(',')}`, without a subarray and a join per band (millions at 10,000 articles).
			let key = `${b}:${sig[b * ROWS]}`;
			for (let r = 1; r < ROWS; r++) key += `,${sig[b * ROWS + r]}`;
			const bucket = buckets.get(key);
			if (bucket) bucket.push(i);
			else buckets.set(key, [i]);
		}
	}
	// Each member is compared with a few representatives of its bucket, not with every member: a large bucket of
	// near-identical statements then costs linear time instead of quadratic.
	for (const bucket of buckets.values()) {
		if (bucket.length < 2) continue;
		const representatives: number[] = [];
		for (const i of bucket) {
			let merged = false;
			for (const r of representatives) {
				if (find(r) === find(i) || sortedJaccardAtLeast(shingles.get(r)!, shingles.get(i)!, threshold)) {
					union(r, i);
					merged = true;
					break;
				}
			}
			if (!merged && representatives.length < MAX_REPRESENTATIVES) representatives.push(i);
		}
	}
	return texts.map((_, i) => find(i));
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
	const key = comparable(text);
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0');
}
