/**
 * The page batches whose evidence labels the trainers and the labelled-sample test read. A held-out batch joins these
 * lists only after its first measurement (tests/corpus/real/batches.yaml `firstMeasurement`); never list one that has not
 * been measured.
 */

/** Batches whose raw sentences were pre-labelled before anything ran on them (tests/evidence/sentences-<batch>.yaml). */
export const PRELABELLED_BATCHES = [
	'heldout-3',
	'heldout-4',
	'heldout-5',
	'heldout-6',
	'heldout-7',
	'heldout-8',
	'heldout-9',
	'heldout-10',
	'heldout-11',
	'heldout-12',
	'heldout-13',
	'heldout-14',
] as const;

/**
 * Batches whose shown statements were judged by those pre-labels at their first measurement
 * (tests/evidence/judged-<batch>.yaml): from heldout-6 on.
 */
export const JUDGED_BATCHES = PRELABELLED_BATCHES.slice(PRELABELLED_BATCHES.indexOf('heldout-6'));
