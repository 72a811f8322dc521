import type { Samples } from './samples.ts';

/**
 * Figures of issue 14 for the statements a site shows, against the labelled samples: how many shown statements are not
 * statements of fact, how many contradict the catalogue, and how precise their placement is. Pure.
 */

/** One shown statement with the entries it is shown under. */
export interface ShownStatement {
	text: string;
	entries: readonly string[];
	/** Where it was first read, `file:line`. */
	source: string;
	/** Its kind, and the section heading of its first place as the page quotes it. */
	kind?: string;
	heading?: string;
}

export interface EvidenceFigures {
	shown: number;
	/** Shown statements the samples have no label for (label them: they are not counted below). */
	unlabelled: number;
	notFacts: number;
	notFactShare: number;
	/** Shown statements labelled `contradicts`. */
	contradictions: number;
	notFactsByLabel: Record<string, number>;
	placements: { labelled: number; correct: number; wrong: number; unlabelled: number; precision: number };
	/** What to label or fix (the first `listed` of each). */
	worst: { notFacts: string[]; wrongPlacements: string[]; unlabelledStatements: string[]; unlabelledPlacements: string[] };
}

export function measureEvidence(shown: readonly ShownStatement[], samples: Samples, listed = 50): EvidenceFigures {
	const notFactsByLabel: Record<string, number> = {};
	const worst: EvidenceFigures['worst'] = { notFacts: [], wrongPlacements: [], unlabelledStatements: [], unlabelledPlacements: [] };
	const note = (list: string[], line: string) => list.length < listed && list.push(line);
	let unlabelled = 0;
	let notFacts = 0;
	const placements = { labelled: 0, correct: 0, wrong: 0, unlabelled: 0, precision: 1 };
	for (const s of shown) {
		const label = samples.labelOf(s.text);
		if (label === undefined) {
			unlabelled++;
			note(worst.unlabelledStatements, `${s.source}\t${s.entries.join(',')}\t${s.text}`);
			continue;
		}
		if (label !== 'fact') {
			notFacts++;
			notFactsByLabel[label] = (notFactsByLabel[label] ?? 0) + 1;
			note(worst.notFacts, `${label}\t${s.source}\t${s.text}`);
			continue;
		}
		for (const entry of s.entries) {
			const verdict = samples.verdictOf(s.text, entry);
			if (verdict === undefined) {
				placements.unlabelled++;
				note(worst.unlabelledPlacements, `${s.source}\t${entry}\t${s.text}`);
				continue;
			}
			placements.labelled++;
			if (verdict === 'correct') placements.correct++;
			else {
				placements.wrong++;
				note(worst.wrongPlacements, `${s.source}\t${entry}\t${s.text}`);
			}
		}
	}
	placements.precision = placements.labelled ? placements.correct / placements.labelled : 1;
	const labelled = shown.length - unlabelled;
	return {
		shown: shown.length,
		unlabelled,
		notFacts,
		notFactShare: labelled ? notFacts / labelled : 0,
		contradictions: notFactsByLabel.contradicts ?? 0,
		notFactsByLabel,
		placements,
		worst,
	};
}
