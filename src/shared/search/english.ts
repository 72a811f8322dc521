/**
 * English words of terminal and host messages as the search compares them: the same message reaches the search written
 * many ways (COMMS FAIL, COMM. ERROR, Communication failure; CALL AUTH CENTRE, call authorization center; DECLINED,
 * declines, decline). Each ASCII word is folded to one form on both sides — the query (rewrite.ts) and the entries'
 * text (entry-index.ts) — so a message matches whatever its case, abbreviation, British or American spelling and word
 * ending. Pure and dependency-free (browser, build, tests).
 *
 * Folding, per word (lower case first):
 * 1. the vocabulary's word forms (`english` in src/editorial/vocabulary.yaml): abbreviations and spellings terminals
 *    use (comms → communication, auth → authorization, centre → center, honour → honor, insuff → insufficient);
 * 2. a light suffix stemmer: plural -s/-es/-ies, -ization/-isation, -ation, -ed, -ing, a final -e, and the doubled
 *    consonant an ending leaves (stopped → stop). Words of three letters or fewer, and words with digits, stay as they
 *    are (pin, mac, pos, 3g).
 *
 * The stems are not words (declin, authoriz, communicat): they are only ever compared with other stems.
 */

const WORD = /[a-z][a-z']*/g;

/** The suffix stemmer (step 2 above), for one lower-case word without digits. */
export function stemEnglish(word: string): string {
	if (word.length <= 3) return word;
	let s = word.replace(/'s$/, '').replace(/'/g, '');
	// Plural.
	if (s.endsWith('sses')) s = s.slice(0, -2);
	else if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
	else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s) && s.length > 3) s = s.slice(0, -1);
	// British -ise/-isation as -ize/-ization, then the noun endings.
	if (s.length >= 7) s = s.replace(/isation$/, 'ization').replace(/is(e|ed|ing)$/, 'iz$1');
	if (s.endsWith('ization') && s.length > 8) s = s.slice(0, -5);
	else if (s.endsWith('ation') && s.length > 7) s = s.slice(0, -3);
	// Verb endings.
	let cut = false;
	for (const ending of ['ing', 'ed']) {
		if (s.endsWith(ending) && !s.endsWith('eed') && /[aeiouy]/.test(s.slice(0, -ending.length)) && s.length - ending.length >= 3) {
			s = s.slice(0, -ending.length);
			cut = true;
			break;
		}
	}
	if (cut && /([b-df-hj-km-np-rtv-xz])\1$/.test(s) && !/(?:ll|ss|zz)$/.test(s)) s = s.slice(0, -1);
	if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
	return s;
}

/** One word folded (steps 1 and 2); a form may stand for several words (pickup → pick up). */
export function foldEnglishWord(word: string, forms: Readonly<Record<string, string>> = {}): string {
	const lower = word.toLowerCase();
	const form = forms[lower] ?? lower;
	return form
		.split(' ')
		.map((w) => stemEnglish(w))
		.join(' ');
}

/**
 * Every ASCII word of a text folded; everything else (Chinese, digits, punctuation, spacing) kept as it is. Words
 * joined to digits (4g, a0, error05) are left alone: codes and network names, not English.
 */
export function foldEnglish(text: string, forms: Readonly<Record<string, string>> = {}): string {
	return text.toLowerCase().replace(WORD, (word, at: number, all: string) => {
		if (/[0-9]/.test(all[at - 1] ?? '') || /[0-9]/.test(all[at + word.length] ?? '')) return word;
		return foldEnglishWord(word, forms);
	});
}
