/**
 * Readings of a story: what a question is about when its words do not say it — two amounts compared, a time and the
 * money arriving, funds there and a payment refused, a failure only believed, a failed payment charged anyway. Each reading is a rule with an id, a
 * description, a test over the Simplified query text and the catalogue terms the query rewriting (rewrite.ts) adds
 * when the test holds. One list, so a new reading is one entry here and its own file with its own test.
 */

import { AMOUNT_MISMATCH, comparesAmounts } from './amounts.ts';
import { MISTAKEN_FAILURE, mistakenFailure } from './belief.ts';
import { FAILED_BUT_CHARGED, failedButCharged } from './charged.ts';
import { FUNDS_BUT_DECLINED, fundsButDeclined } from './funds.ts';
import { asksSettlementTime, SETTLEMENT_TIMING } from './timing.ts';

/** One reading: a rule and the terms it adds. */
export interface StoryReading {
	id: string;
	description: string;
	/** Whether the query text (Simplified, codes cut out) tells this story. */
	test: (text: string) => boolean;
	/** Catalogue terms the rewriting adds as runs of their own. */
	terms: readonly string[];
}

export const STORY_READINGS: readonly StoryReading[] = [
	{ id: AMOUNT_MISMATCH.id, description: AMOUNT_MISMATCH.description, test: comparesAmounts, terms: AMOUNT_MISMATCH.terms },
	{ id: SETTLEMENT_TIMING.id, description: SETTLEMENT_TIMING.description, test: asksSettlementTime, terms: [SETTLEMENT_TIMING.term] },
	{ id: FUNDS_BUT_DECLINED.id, description: FUNDS_BUT_DECLINED.description, test: fundsButDeclined, terms: [FUNDS_BUT_DECLINED.term] },
	{ id: MISTAKEN_FAILURE.id, description: MISTAKEN_FAILURE.description, test: mistakenFailure, terms: MISTAKEN_FAILURE.terms },
	{ id: FAILED_BUT_CHARGED.id, description: FAILED_BUT_CHARGED.description, test: failedButCharged, terms: [FAILED_BUT_CHARGED.term] },
];

/** Every term a reading may add. */
export const READING_TERMS: ReadonlySet<string> = new Set(STORY_READINGS.flatMap((r) => r.terms));

/** The terms of every reading the text tells, in the list's order, each once. */
export function readingTerms(text: string): string[] {
	const out: string[] = [];
	for (const reading of STORY_READINGS) {
		if (!reading.test(text)) continue;
		for (const term of reading.terms) if (!out.includes(term)) out.push(term);
	}
	return out;
}
