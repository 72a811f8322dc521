import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES_DIR } from './add-pages.ts';

/**
 * The sentence cutter of the pre-labelled evidence samples (issue 14): every sentence of every raw page of a batch, to
 * be labelled by hand BEFORE anything runs on the batch (tests/evidence/sentences-<batch>.yaml; the header of
 * sentences-heldout-12.yaml states the rules). `npm run corpus:sentences -- <batch> <output.yaml>` writes every
 * sentence with an empty label; the labeller fills the labels in and writes the header.
 *
 * The raw text is cut at 。！？!?；; and at line ends; a run of such marks and a closing quote or bracket stays with its
 * sentence. A "?" directly followed by a Latin or pinyin letter is a garbled character, not a sentence end, and so are
 * the "?" and ";" of a broken numeric entity run (?#20445;). Table rows (lines with two or more "|") stand as they are.
 * Lines holding only list or table markup (a lone "-", "•", "|---|", a code fence) are not sentences, nor are runs of
 * question marks standing for lost indentation, nor a leftover run of sentence marks. Each sentence carries its line
 * in the page file (line 1 is the address, never cut) and, as `heading`, the nearest preceding line of at most 40
 * characters (a reading aid, not the pipeline's heading). Pure apart from `main`.
 */

export interface CutSentence {
	page: string;
	line: number;
	heading: string;
	text: string;
}

/** Sentence-ending marks. */
const END = '。！？!?；;';
/** Closing quotes and brackets, which stay with the sentence they close. */
const CLOSE = `”’"'」』）)】》〉]`;
/** What may stand after an end mark and stay with its sentence. */
const TRAIL = `${END}${CLOSE}`;
/** Lowercase and uppercase Latin letters and the toned vowels of pinyin. */
const LATIN_OR_PINYIN = /[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/u;
/** Longest line (in characters) that may serve as a sentence's heading. */
export const HEADING_MAX = 40;

/** The sentences of one line, in order, trimmed; markup-only and mark-only pieces dropped. */
export function cutLine(line: string): string[] {
	if ((line.match(/\|/g) ?? []).length >= 2) {
		const row = line.trim();
		return isSentence(row) ? [row] : [];
	}
	const chars = [...line];
	const pieces: string[] = [];
	let current = '';
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i] as string;
		current += c;
		if (!END.includes(c) || !ends(chars, i)) continue;
		let j = i + 1;
		// a run of end marks, then closing quotes or brackets
		while (j < chars.length && END.includes(chars[j] as string) && ends(chars, j)) current += chars[j++];
		while (j < chars.length && CLOSE.includes(chars[j] as string)) current += chars[j++];
		i = j - 1;
		pieces.push(current);
		current = '';
	}
	pieces.push(current);
	return pieces.map((p) => p.trim()).filter(isSentence);
}

/** Whether the mark at `i` ends a sentence: not a garbled "?" before a letter, not part of a broken entity run. */
function ends(chars: readonly string[], i: number): boolean {
	const c = chars[i] as string;
	const next = chars[i + 1] ?? '';
	if (c === '?' || c === '？') {
		if (c === '?' && LATIN_OR_PINYIN.test(next)) return false;
		if (c === '?' && next === '#') return false;
	}
	if (c === ';') {
		// the ";" closing a numeric entity such as ?#20445; or &#20445;
		let k = i - 1;
		while (k >= 0 && /[0-9]/.test(chars[k] as string)) k--;
		if (k < i - 1 && chars[k] === '#') return false;
	}
	return true;
}

/** Whether a trimmed piece is a sentence: not empty, not markup alone, not marks alone. */
function isSentence(piece: string): boolean {
	if (piece.length === 0) return false;
	if (/^[-•·*|:：+\s]+$/u.test(piece)) return false;
	if (/^`{3,}\w*$/u.test(piece)) return false;
	if ([...piece].every((c) => TRAIL.includes(c) || c === '？' || c === '?')) return false;
	return true;
}

/** Every sentence of a page file's text (line 1 the address, not cut). */
export function cutPage(page: string, raw: string): CutSentence[] {
	const lines = raw.split('\n');
	const out: CutSentence[] = [];
	let heading = '';
	for (let n = 1; n < lines.length; n++) {
		const line = lines[n] as string;
		for (const text of cutLine(line)) out.push({ page, line: n + 1, heading, text });
		const trimmed = line.trim();
		if (trimmed.length > 0 && [...trimmed].length <= HEADING_MAX) heading = trimmed;
	}
	return out;
}

/** The pages of a batch (their labels' `batch:`), sorted by id. */
export async function batchPages(batch: string, dir = PAGES_DIR): Promise<string[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
	const ids: string[] = [];
	for (const name of names) {
		const labels = await readFile(join(dir, name), 'utf8');
		if (new RegExp(`^batch: ${batch}\\s*$`, 'm').test(labels)) ids.push(name.slice(0, -'.yaml'.length));
	}
	return ids;
}

/** One sentence as an entry of sentences-<batch>.yaml (label empty, to be filled in by hand). */
export function formatSentence(s: CutSentence, label = ''): string {
	return [
		`- page: ${s.page}`,
		`  line: ${s.line}`,
		`  kind: ''`,
		`  heading: ${JSON.stringify(s.heading)}`,
		`  text: ${JSON.stringify(s.text)}`,
		`  label: ${label === '' ? "''" : label}`,
	].join('\n');
}

/** Every sentence of a batch's pages, in page order. */
export async function cutBatch(batch: string, dir = PAGES_DIR): Promise<CutSentence[]> {
	const out: CutSentence[] = [];
	for (const id of await batchPages(batch, dir)) out.push(...cutPage(id, await readFile(join(dir, `${id}.txt`), 'utf8')));
	return out;
}

async function main(argv: string[]): Promise<void> {
	const [batch, output] = argv.filter((arg) => arg !== '--');
	if (!batch || !output) {
		console.error('usage: npm run corpus:sentences -- <batch> <output.yaml>');
		process.exit(2);
	}
	const sentences = await cutBatch(batch);
	const pages = new Set(sentences.map((s) => s.page)).size;
	const header = `# ${batch}: ${sentences.length} sentences on ${pages} pages, cut by scripts/corpus/cut-sentences.ts; labels to be written by hand.\n`;
	await writeFile(output, `${header}${sentences.map((s) => formatSentence(s)).join('\n')}\n`);
	console.log(`${output}: ${sentences.length} sentences on ${pages} pages`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
