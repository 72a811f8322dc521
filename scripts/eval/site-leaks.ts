import { loadEditorial } from '../pipeline/editorial.ts';
import { readEditorial } from '../pipeline/io.ts';
import { checkPublication } from '../rules/publication/index.ts';
import { loadDist } from '../site-checks/load-dist.ts';
import { loadCorpus } from './clean.ts';
import { fold, pageShowsMarker } from './clean-metrics.ts';

/**
 * `npm run eval:site [-- DIST]`: the site built from the shipped sources plus the real-page corpus
 * (`KB_SOURCES=<sources + tests/corpus/real/pages> npm run build`) must show none of the corpus's must-remove strings and
 * no contact data. Reads dist/ (default) and tests/corpus/real/pages/*.yaml; prints every page that shows a
 * must-remove string of any labelled page in its visible text (scripts/site-checks/html-page.ts: no script, style,
 * template or nav; folded as eval:clean folds: case, width, script, spaces; a marker with a Latin end only as a word of
 * its own, scripts/eval/clean-metrics.ts `pageShowsMarker`) or fails the publication gate's contact check; exits 1 when
 * there is one. Not part of `npm test` (needs that build).
 */

/** Strings this short (after folding) also occur in ordinary text (a brand of two characters, a number): not judged. */
const MIN_FOLDED = 4;

async function main(argv: string[]): Promise<number> {
	const dist = argv.find((arg) => !arg.startsWith('--')) ?? 'dist';
	const { pages } = await loadDist(dist);
	const corpus = await loadCorpus();
	const editorial = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	const official = new Set(editorial.ok ? editorial.value.cleaning.promotion.hotlines.map((hotline) => hotline.number) : []);
	const markers = new Map<string, { marker: string; origin: string }>();
	for (const page of corpus)
		for (const marker of page.labels.mustRemove) {
			const folded = fold(marker);
			if ([...folded].length >= MIN_FOLDED && !markers.has(folded)) markers.set(folded, { marker, origin: `${page.labels.id}: ${marker}` });
		}
	let problems = 0;
	for (const [path, page] of pages) {
		if (page.refresh) continue;
		const text = fold(page.text);
		for (const [folded, { marker, origin }] of markers)
			if (text.includes(folded) && pageShowsMarker(page.text, marker)) {
				problems++;
				console.log(`dist${path} shows a must-remove string (${origin})`);
			}
		const passages = page.text.replace(/[\w.-]+\.txt/gu, ' ').split(/\s{2,}|(?<=[。！？!?])\s*/u);
		for (const passage of passages) {
			const failed = checkPublication(passage, official);
			if (failed?.check === 'contact') {
				problems++;
				console.log(`dist${path} shows contact data: "${failed.found}" in "${passage.slice(0, 80)}"`);
			}
		}
	}
	console.log(`${pages.size} pages, ${markers.size} must-remove strings of ${corpus.length} labelled pages: ${problems} problem(s)`);
	return problems === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
