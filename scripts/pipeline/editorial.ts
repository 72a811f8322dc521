import type { Vocabulary } from '../../src/schemas/vocabulary.ts';
import { type Diagnostic, error, hasErrors, type StageResult } from '../diagnostics.ts';
import { runEditorialChecks } from '../editorial-checks/index.ts';
import { type Catalogue, parseCatalogue } from './catalogue.ts';
import { type CleaningEditorial, parseCleaningEditorial } from './clean.ts';
import { LEARNED_FILE, type LearnedFile, parseLearned } from './search-learned.ts';
import { parseVocabulary, resolvePinyinTypos, VOCABULARY_FILE } from './search-vocabulary.ts';
import { FACT_FILTER_FILE, type FactFilterModel, parseFactFilter } from './stages/fact-filter.ts';
import { parseVerifierModel, VERIFIER_FILE, type VerifierModel } from './stages/verify-placement.ts';

/** The editorial data (src/editorial/), validated: what the pipeline reads besides the sources. */
export interface Editorial {
	catalogue: Catalogue;
	/** The de-obfuscation table and the promotion rules' context (stages 3–4). */
	cleaning: CleaningEditorial;
	/** The search vocabulary (stage 14). */
	vocabulary: Vocabulary;
	/**
	 * The placement verifier (src/editorial/placement-verifier.yaml, `npm run train:placement`), when the file exists:
	 * the placer then keeps only the proposed pairs it scores at or above its threshold.
	 */
	verifier?: VerifierModel;
	/**
	 * The search terms learned from the labelled real phrasings (src/editorial/search-learned.yaml, `npm run train:search`),
	 * when the file exists: the entry index ships them (EntryIndex `learned`).
	 */
	learnedTerms?: LearnedFile;
	/**
	 * The fact filter (src/editorial/fact-filter.yaml, `npm run train:facts`), when the file exists: the screen then
	 * withholds the statements it scores below its threshold.
	 */
	factFilter?: FactFilterModel;
	/** Warnings found while loading it (an error leaves no Editorial): the report lists them with the run's own. */
	warnings: Diagnostic[];
}

/**
 * Loads and validates the editorial data once: the catalogue and its editorial rules (scripts/editorial-checks/), the
 * cleaning rules and the search vocabulary. `texts` holds the YAML files by path relative to the editorial folder (as
 * scripts/pipeline/io.ts `readEditorial` returns them); `dir` is that folder, for messages. Fails when any part is
 * invalid; the diagnostics say where and why.
 */
export function loadEditorial(texts: ReadonlyMap<string, string>, dir: string): StageResult<Editorial> {
	const catalogue = parseCatalogue(texts, dir);
	// Editorial rules over the validated catalogue; an error stops the run like a schema error.
	const checked = catalogue.ok ? runEditorialChecks(catalogue.value) : [];
	const cleaning = parseCleaningEditorial(texts, dir);
	const parsed = parseVocabulary(texts.get(VOCABULARY_FILE), `${dir}/${VOCABULARY_FILE}`);
	// The search's whole-word pinyin is spelled with the cleaner's pinyin lexicon: one lexicon for both.
	const vocabulary =
		parsed.ok && cleaning.ok ? resolvePinyinTypos(parsed.value, cleaning.value.deobfuscation.pinyin, `${dir}/${VOCABULARY_FILE}`) : parsed;
	const verifierText = texts.get(VERIFIER_FILE);
	const verifier = verifierText === undefined ? undefined : parseVerifierModel(verifierText, `${dir}/${VERIFIER_FILE}`);
	const learnedText = texts.get(LEARNED_FILE);
	const learnedTerms = learnedText === undefined ? undefined : parseLearned(learnedText, `${dir}/${LEARNED_FILE}`);
	const factText = texts.get(FACT_FILTER_FILE);
	const factFilter = factText === undefined ? undefined : parseFactFilter(factText, `${dir}/${FACT_FILTER_FILE}`);
	const diagnostics = [
		...(learnedTerms?.diagnostics ?? []),
		...catalogue.diagnostics,
		...checked,
		...cleaning.diagnostics,
		...vocabulary.diagnostics,
		...(verifier?.diagnostics ?? []),
		...(factFilter?.diagnostics ?? []),
	];
	if (catalogue.ok && vocabulary.ok)
		diagnostics.push(...unknownMessageEntries(catalogue.value, vocabulary.value, `${dir}/${VOCABULARY_FILE}`));
	if (
		!catalogue.ok ||
		!cleaning.ok ||
		!vocabulary.ok ||
		(verifier && !verifier.ok) ||
		(learnedTerms && !learnedTerms.ok) ||
		(factFilter && !factFilter.ok) ||
		hasErrors(diagnostics)
	)
		return { ok: false, diagnostics };
	return {
		ok: true,
		value: {
			catalogue: catalogue.value,
			cleaning: cleaning.value,
			vocabulary: vocabulary.value,
			...(verifier?.ok ? { verifier: verifier.value } : {}),
			...(learnedTerms?.ok ? { learnedTerms: learnedTerms.value } : {}),
			...(factFilter?.ok ? { factFilter: factFilter.value } : {}),
			warnings: diagnostics,
		},
		diagnostics,
	};
}

/** The vocabulary's terminal messages must point at entries the catalogue has (response codes by their code). */
function unknownMessageEntries(catalogue: Catalogue, vocabulary: Vocabulary, file: string): Diagnostic[] {
	const known = new Set(
		[catalogue.symptoms, catalogue.causes, catalogue.remedies, catalogue.prevention, catalogue.cases, catalogue.codes].flatMap((list) =>
			list.map((e) => e.id),
		),
	);
	return vocabulary.messages.flatMap((m) =>
		m.entries
			.filter((id) => !known.has(id))
			.map((id) =>
				error(
					'vocabulary/message-entry',
					{ file },
					`The terminal message "${m.texts[0]}" points at ${id}, which the catalogue does not have.`,
					'Point it at an existing entry ID (S-01 …) or response code (05), or remove the ID.',
				),
			),
	);
}
