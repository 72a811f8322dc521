import { toSimplified } from '../../src/shared/chinese/standard.ts';

/**
 * How well the cleaner does on one labelled real page, and on a batch of them: the pure core of `npm run eval:clean`
 * (the CLI, scripts/eval/clean.ts, reads the corpus and runs the pipeline). Matching is robust to what cleaning
 * legitimately changes — letter case, width of digits and punctuation, white space, Traditional vs Simplified script —
 * and strict about what a leak is: a marker counts as removed only when neither it nor most of it survives.
 */

/** The labels of one page, as written in tests/corpus/real/pages/<id>.yaml. */
export interface PageLabels {
	id: string;
	url: string;
	batch: string;
	genre: string;
	mustRemove: readonly string[];
	mustKeep: readonly string[];
	obfuscated?: readonly string[] | undefined;
}

/** What the pipeline kept of one page. */
export interface CleanedPage {
	/** The page as stored (address on line 1). */
	raw: string;
	/** Every kept passage (the title and the blocks), as the cleaner left it. */
	kept: readonly string[];
	/** Statements cut from the kept passages, and how many of them were placed into a catalogue entry. */
	statements: number;
	placed: number;
	/** Obfuscation the de-obfuscation table still finds in the kept text (rule and token). */
	scanned: ReadonlyArray<{ rule: string; text: string }>;
}

export interface PageScore {
	id: string;
	batch: string;
	genre: string;
	markers: number;
	/** mustRemove strings (or most of them) still in the kept text. */
	leaked: string[];
	facts: number;
	/** mustKeep facts not found in the kept text. */
	lost: string[];
	/** Obfuscated tokens left: labelled ones, those the table still finds, and masks whose hole was published. */
	obfuscationsLeft: string[];
	addressRemoved: boolean;
	statements: number;
	placed: number;
}

export interface BatchSummary {
	batch: string;
	pages: number;
	markers: number;
	markersRemoved: number;
	/** Share of mustRemove strings absent from the kept text (1 when there are none). */
	promoRemoved: number;
	facts: number;
	factsKept: number;
	factsKeptShare: number;
	obfuscationsLeft: number;
	addressesRemoved: number;
	statements: number;
	placed: number;
	placedShare: number;
	/** Pages with the most problems first (leaks, lost facts, obfuscations), at most `worst` of them. */
	worst: Array<Pick<PageScore, 'id' | 'genre' | 'leaked' | 'lost' | 'obfuscationsLeft'>>;
}

/** Case, width and script folded, white space removed: what both sides of every comparison go through. */
export function fold(text: string): string {
	return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/gu, '');
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** {@link fold}, and punctuation removed too: for facts, and for markers that are more than punctuation. */
export function foldLoose(text: string): string {
	return fold(text).replace(PUNCTUATION, '');
}

/** Markers at least this long (after folding) also leak when most of them survives. */
const PARTIAL_FROM = 12;
/** …that is, a contiguous part of at least this share of the marker, and at least PARTIAL_MIN characters. */
const PARTIAL_SHARE = 0.6;
const PARTIAL_MIN = 8;

/**
 * True when a mustRemove marker survives in the kept text: whole (punctuation aside), or — for a long marker — a
 * contiguous part of at least 60 % of it (a pitch whose brand alone was cut still leaks).
 */
export function markerLeaks(marker: string, keptFolded: { strict: string; loose: string }): boolean {
	const loose = foldLoose(marker);
	if (loose === '') {
		const strict = fold(marker);
		return strict !== '' && keptFolded.strict.includes(strict);
	}
	if (keptFolded.loose.includes(loose)) return true;
	if (loose.length < PARTIAL_FROM) return false;
	const needed = Math.max(PARTIAL_MIN, Math.ceil(loose.length * PARTIAL_SHARE));
	return longestCommonSubstring(loose, keptFolded.loose) >= needed;
}

/** True when a mustKeep fact is in the kept text (case, width, script, white space and punctuation aside). */
export function factKept(fact: string, keptFolded: { loose: string }): boolean {
	const loose = foldLoose(fact);
	return loose !== '' && keptFolded.loose.includes(loose);
}

/** Length of the longest common substring: dynamic programming over one row (the marker is short). */
export function longestCommonSubstring(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let best = 0;
	let previous = new Uint16Array(x.length + 1);
	let current = new Uint16Array(x.length + 1);
	for (const charB of y) {
		for (let i = 1; i <= x.length; i++) {
			current[i] = x[i - 1] === charB ? previous[i - 1]! + 1 : 0;
			if (current[i]! > best) best = current[i]!;
		}
		[previous, current] = [current, previous];
		current.fill(0);
	}
	return best;
}

/** Characters that mask or garble a word in the pages: asterisks, question marks. */
const MASK = /[*?？]+/gu;

/** {@link foldLoose} that keeps mask characters, so a kept mask never reads as a closed hole. */
export function foldKeepingMasks(text: string): string {
	return fold(text).replace(PUNCTUATION, (char) => (/[*?？]/u.test(char) ? char : ''));
}

/**
 * Masks whose hole was published: for each occurrence of a labelled asterisk mask in the raw page, the characters right
 * around the mask joined without it (无**确读取 → 无确读取) must not be in the kept text — the mask was dropped but the
 * passage kept with a word missing. `keptMasked` is the kept text through {@link foldKeepingMasks}.
 */
export function maskHoles(token: string, raw: string, keptMasked: string): string[] {
	if (!/[*]/u.test(token)) return [];
	const holes: string[] = [];
	const inner = foldKeepingMasks(token.replace(MASK, ''));
	for (let at = raw.indexOf(token); at >= 0; at = raw.indexOf(token, at + token.length)) {
		// The neighbours on the same line: a mask at a line's end has no hole to close.
		const lineStart = raw.lastIndexOf('\n', at) + 1;
		const lineEnd = raw.indexOf('\n', at) < 0 ? raw.length : raw.indexOf('\n', at);
		const before = foldKeepingMasks(raw.slice(Math.max(lineStart, at - 6), at))
			.replace(MASK, '')
			.slice(-3);
		const after = foldKeepingMasks(raw.slice(at + token.length, Math.min(lineEnd, at + token.length + 6)))
			.replace(MASK, '')
			.slice(0, 3);
		if (before.length < 2 || after.length < 2) continue;
		const closed = before + inner + after;
		if (keptMasked.includes(closed)) holes.push(`mask dropped: ${closed}`);
	}
	return holes;
}

/** The address (line 1), or its host, is still in the kept text. */
export function addressLeaks(url: string, keptStrict: string): boolean {
	const host = (() => {
		try {
			return new URL(url).hostname.replace(/^(www|m|mip)\./u, '');
		} catch {
			return '';
		}
	})();
	return keptStrict.includes(fold(url)) || (host !== '' && keptStrict.includes(fold(host)));
}

/** Scores one page. */
export function scorePage(labels: PageLabels, page: CleanedPage): PageScore {
	const joined = page.kept.join('\n');
	const keptFolded = { strict: fold(joined), loose: foldLoose(joined) };
	const keptMasked = foldKeepingMasks(joined);
	const leaked = labels.mustRemove.filter((marker) => markerLeaks(marker, keptFolded));
	const lost = labels.mustKeep.filter((fact) => !factKept(fact, keptFolded));
	const obfuscationsLeft = [
		...(labels.obfuscated ?? []).filter((token) => fold(token) !== '' && keptFolded.strict.includes(fold(token))),
		...(labels.obfuscated ?? []).flatMap((token) => maskHoles(token, page.raw, keptMasked)),
		...page.scanned.map((hit) => `${hit.text} (${hit.rule})`),
	];
	return {
		id: labels.id,
		batch: labels.batch,
		genre: labels.genre,
		markers: labels.mustRemove.length,
		leaked,
		facts: labels.mustKeep.length,
		lost,
		obfuscationsLeft: [...new Set(obfuscationsLeft)],
		addressRemoved: !addressLeaks(labels.url, keptFolded.strict),
		statements: page.statements,
		placed: page.placed,
	};
}

const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** Sums the pages of one batch. */
export function summarize(batch: string, pages: readonly PageScore[], worst = 5): BatchSummary {
	const sum = (pick: (p: PageScore) => number) => pages.reduce((total, page) => total + pick(page), 0);
	const markers = sum((p) => p.markers);
	const markersRemoved = markers - sum((p) => p.leaked.length);
	const facts = sum((p) => p.facts);
	const factsKept = facts - sum((p) => p.lost.length);
	const statements = sum((p) => p.statements);
	const placed = sum((p) => p.placed);
	const badness = (p: PageScore) => p.leaked.length * 2 + p.lost.length + p.obfuscationsLeft.length * 2;
	return {
		batch,
		pages: pages.length,
		markers,
		markersRemoved,
		promoRemoved: share(markersRemoved, markers),
		facts,
		factsKept,
		factsKeptShare: share(factsKept, facts),
		obfuscationsLeft: sum((p) => p.obfuscationsLeft.length),
		addressesRemoved: pages.filter((p) => p.addressRemoved).length,
		statements,
		placed,
		placedShare: share(placed, statements),
		worst: [...pages]
			.filter((p) => badness(p) > 0)
			.sort((a, b) => badness(b) - badness(a) || (a.id < b.id ? -1 : 1))
			.slice(0, worst)
			.map(({ id, genre, leaked, lost, obfuscationsLeft }) => ({ id, genre, leaked, lost, obfuscationsLeft })),
	};
}

/** The printed table: one row per batch. */
export function formatTable(summaries: readonly BatchSummary[]): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	const rows = [
		['batch', 'pages', 'promo removed', 'facts kept', 'obfuscations left', 'addresses removed', 'placed'],
		...summaries.map((s) => [
			s.batch,
			String(s.pages),
			`${pct(s.promoRemoved)} (${s.markersRemoved}/${s.markers})`,
			`${pct(s.factsKeptShare)} (${s.factsKept}/${s.facts})`,
			String(s.obfuscationsLeft),
			`${s.addressesRemoved}/${s.pages}`,
			`${pct(s.placedShare)} (${s.placed}/${s.statements})`,
		]),
	];
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
	return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
}

/** A marker's folded form for a built page, and whether it starts or ends with a Latin letter or digit. */
function latinEdges(folded: string): { start: boolean; end: boolean } {
	return { start: /^[a-z0-9]/u.test(folded), end: /[a-z0-9]$/u.test(folded) };
}

/**
 * True when a built page's visible text shows a must-remove marker (both folded with {@link fold}): contained, and — for
 * a marker that starts or ends with a Latin letter or digit — as a word of its own, judged on the text with its white
 * space kept (the marker `close`, a button of one page, is not shown by `CLOSED ACCOUNT` on another).
 */
export function pageShowsMarker(visibleText: string, marker: string): boolean {
	const folded = fold(marker);
	if (folded === '' || !fold(visibleText).includes(folded)) return false;
	const edges = latinEdges(folded);
	if (!edges.start && !edges.end) return true;
	const spaced = (text: string) => toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/gu, ' ');
	const needle = spaced(marker).trim();
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	return new RegExp(`${edges.start ? '(?<![a-z0-9])' : ''}${escaped}${edges.end ? '(?![a-z0-9])' : ''}`, 'u').test(spaced(visibleText));
}
