import {
	type DiagnosisOutcome,
	MAX_DIAGNOSIS_DEPTH,
	outcomeAnchor,
	type QuickDiagnosis,
	questionAnchor,
} from '../../src/schemas/diagnosis.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { type EditorialCheck, entryLocation } from './types.ts';

/**
 * Rules for the quick diagnosis of the symptom pages (src/editorial/diagnosis.yaml): every symptom has one, every
 * path of taps ends at a remedy within three taps, and every cause the symptom lists is the outcome of some path.
 */

const FILE = 'src/editorial/diagnosis.yaml';
const where = (catalogue: Catalogue, symptom: string) => entryLocation(catalogue, `diagnosis:${symptom}`, FILE);

/** Every outcome of a diagnosis, with the question and answer that lead to it. */
function* outcomes(d: QuickDiagnosis): Generator<{ question: string; answer: string; outcome: DiagnosisOutcome }> {
	for (const q of d.questions) for (const a of q.answers) if (a.outcome) yield { question: q.id, answer: a.id, outcome: a.outcome };
}

export const diagnosisCoverage: EditorialCheck = {
	code: 'diagnosis/missing',
	description: 'Every symptom has exactly one quick diagnosis, and every quick diagnosis belongs to a symptom of the catalogue.',
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		const count = new Map<string, number>();
		for (const d of catalogue.diagnosis) count.set(d.symptom, (count.get(d.symptom) ?? 0) + 1);
		const symptoms = new Set(catalogue.symptoms.map((s) => s.id));
		for (const s of catalogue.symptoms)
			if (!count.has(s.id))
				out.push({
					severity: this.severity,
					code: this.code,
					file: FILE,
					entry: s.id,
					message: `Symptom ${s.id} (${s.title}) has no quick diagnosis.`,
					hint: `Add "- symptom: ${s.id}" to ${FILE} with two to four questions whose answers end at its causes and remedies.`,
				});
		for (const [symptom, n] of count) {
			if (!symptoms.has(symptom))
				out.push({
					severity: this.severity,
					code: this.code,
					...where(catalogue, symptom),
					message: `The quick diagnosis of ${symptom} belongs to no symptom of the catalogue.`,
					hint: 'Correct the "symptom" ID, or delete the diagnosis with the symptom.',
				});
			if (n > 1)
				out.push({
					severity: this.severity,
					code: this.code,
					...where(catalogue, symptom),
					message: `Symptom ${symptom} has ${n} quick diagnoses.`,
					hint: 'Keep one per symptom: merge their questions.',
				});
		}
		return out;
	},
};

export const diagnosisPaths: EditorialCheck = {
	code: 'diagnosis/dead-end',
	description: `Every answer of a quick diagnosis leads to a question of the same diagnosis or to an outcome with a remedy; the questions form a tree from the first one (each asked after exactly one answer, no loops), at most ${MAX_DIAGNOSIS_DEPTH} on any path, so two taps and one more on the remedy reach it; anchors are unique.`,
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		const remedies = new Set(catalogue.remedies.map((r) => r.id));
		for (const d of catalogue.diagnosis) {
			const at = where(catalogue, d.symptom);
			const problem = (message: string, hint: string) => out.push({ severity: this.severity, code: this.code, ...at, message, hint });
			const questions = new Map(d.questions.map((q) => [q.id, q]));
			if (questions.size !== d.questions.length)
				problem(`The quick diagnosis of ${d.symptom} has two questions with the same id.`, 'Give each question its own id.');
			const askedAfter = new Map<string, string[]>();
			for (const q of d.questions) {
				if (new Set(q.answers.map((a) => a.id)).size !== q.answers.length)
					problem(`Question "${q.id}" of ${d.symptom} has two answers with the same id.`, 'Give each answer its own id.');
				for (const a of q.answers) {
					if (a.next !== undefined) {
						if (!questions.has(a.next))
							problem(
								`Answer "${a.id}" of question "${q.id}" (${d.symptom}) leads to question "${a.next}", which the diagnosis does not have: a dead end.`,
								'Add that question, or give the answer an "outcome" with its cause and remedies.',
							);
						askedAfter.set(a.next, [...(askedAfter.get(a.next) ?? []), `${q.id}/${a.id}`]);
					}
					for (const r of a.outcome?.remedies ?? [])
						if (!remedies.has(r))
							problem(
								`Answer "${a.id}" of question "${q.id}" (${d.symptom}) ends at remedy ${r}, which does not exist.`,
								'Name a remedy of remedies.yaml.',
							);
				}
			}
			for (const r of d.first)
				if (!remedies.has(r))
					problem(`The first remedies of ${d.symptom} name ${r}, which does not exist.`, 'Name a remedy of remedies.yaml.');
			const start = d.questions[0];
			if (!start) continue;
			if (askedAfter.has(start.id))
				problem(
					`Question "${start.id}" of ${d.symptom} is asked first and again after ${askedAfter.get(start.id)!.join(', ')}: a loop.`,
					'Let answers lead only to later questions.',
				);
			for (const q of d.questions.slice(1)) {
				const from = askedAfter.get(q.id) ?? [];
				if (from.length === 0)
					problem(
						`Question "${q.id}" of ${d.symptom} follows no answer: nobody can reach it.`,
						'Let an answer lead to it ("next"), or delete it.',
					);
				if (from.length > 1)
					problem(
						`Question "${q.id}" of ${d.symptom} follows several answers (${from.join(', ')}): its answers would have no single path and anchor.`,
						'Give each path its own question (a copy with another id).',
					);
			}
			// Depth of every question from the first, along the tree; a question deeper than the limit needs more taps.
			const depth = new Map<string, number>([[start.id, 1]]);
			const queue = [start.id];
			while (queue.length) {
				const id = queue.shift()!;
				for (const a of questions.get(id)?.answers ?? []) {
					if (a.next === undefined || depth.has(a.next) || !questions.has(a.next)) continue;
					depth.set(a.next, depth.get(id)! + 1);
					queue.push(a.next);
				}
			}
			for (const [id, n] of depth)
				if (n > MAX_DIAGNOSIS_DEPTH)
					problem(
						`Question "${id}" of ${d.symptom} is question ${n} on its path: a remedy would be more than ${MAX_DIAGNOSIS_DEPTH + 1} taps away.`,
						`Ask at most ${MAX_DIAGNOSIS_DEPTH} questions on a path: merge this question into its parent's answers.`,
					);
			const anchors = [
				...d.questions.map((q) => questionAnchor(q.id)),
				...[...outcomes(d)].map((o) => outcomeAnchor(o.question, o.answer)),
			];
			for (const anchor of new Set(anchors.filter((a, i) => anchors.indexOf(a) !== i)))
				problem(
					`The anchor #${anchor} of ${d.symptom}'s quick diagnosis is used twice.`,
					'Rename a question or an answer so that question and outcome anchors differ.',
				);
		}
		return out;
	},
};

export const diagnosisCauses: EditorialCheck = {
	code: 'diagnosis/unreachable-cause',
	description:
		"Every cause a symptom lists is the likely or an also-possible cause of some outcome of its quick diagnosis; an outcome names only the symptom's causes, at least one of its remedies addresses its likely cause, and every remedy it names (and every first remedy) addresses some cause of the symptom.",
	severity: 'error',
	check(catalogue) {
		const out: Diagnostic[] = [];
		const symptoms = new Map(catalogue.symptoms.map((s) => [s.id, s]));
		const remediesOf = new Map(catalogue.causes.map((c) => [c.id, new Set(c.remedies)]));
		for (const d of catalogue.diagnosis) {
			const symptom = symptoms.get(d.symptom);
			if (!symptom) continue;
			const at = where(catalogue, d.symptom);
			const problem = (message: string, hint: string) => out.push({ severity: this.severity, code: this.code, ...at, message, hint });
			const causes = new Set(symptom.causes);
			const forSymptom = new Set(symptom.causes.flatMap((c) => [...(remediesOf.get(c) ?? [])]));
			const reached = new Set<string>();
			for (const { question, answer, outcome } of outcomes(d)) {
				const path = `${question}/${answer}`;
				for (const c of [outcome.cause, ...outcome.also]) {
					reached.add(c);
					if (!causes.has(c))
						problem(
							`Outcome ${path} of ${d.symptom} names ${c}, which is not a cause of ${d.symptom}.`,
							`Name one of ${d.symptom}'s causes, or list ${c} under its "causes" in symptoms.yaml.`,
						);
				}
				if (!outcome.remedies.some((r) => remediesOf.get(outcome.cause)?.has(r)))
					problem(
						`No remedy of outcome ${path} (${outcome.remedies.join(', ')}) addresses its likely cause ${outcome.cause}.`,
						`Put first a remedy that ${outcome.cause} lists in causes.yaml (${[...(remediesOf.get(outcome.cause) ?? [])].join(', ')}).`,
					);
				for (const r of outcome.remedies)
					if (!forSymptom.has(r))
						problem(
							`Outcome ${path} of ${d.symptom} ends at ${r}, which addresses none of ${d.symptom}'s causes.`,
							"Name a remedy of one of the symptom's causes.",
						);
			}
			for (const r of d.first)
				if (!forSymptom.has(r))
					problem(
						`The first remedies of ${d.symptom} name ${r}, which addresses none of its causes.`,
						"List remedies of the symptom's most likely causes.",
					);
			for (const c of symptom.causes)
				if (!reached.has(c))
					problem(
						`Cause ${c} of ${d.symptom} is reached by no answer of its quick diagnosis.`,
						'Name it as the likely cause ("cause") or in "also" of the outcome whose answers fit it.',
					);
		}
		return out;
	},
};
