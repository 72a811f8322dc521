import { z } from 'astro/zod';
import { causeIdSchema, remedyIdSchema, symptomIdSchema } from './entry-id.ts';

/**
 * Quick diagnosis (快速判断, src/editorial/diagnosis.yaml): per symptom, two to four questions a cashier, cardholder or
 * agent answers by tapping, leading to the likely cause and the remedy to try first. Every answer is a plain link to
 * an anchor of the symptom page (`#dx-<question>` for a question, `#dx-<question>-<answer>` for an outcome), so each
 * answer has its own shareable URL and works without JavaScript. The editorial checks in
 * scripts/editorial-checks/diagnosis.ts hold every path to a remedy within three taps and every cause reachable.
 */

/** A short lower-case slug: part of the permanent anchor of a question or an answer. */
export const diagnosisSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a short lower-case slug, e.g. other-cards');

/** Where an answer ends: the likely cause and what to try first. */
export const diagnosisOutcomeSchema = z.object({
	/** The likely cause given the answers on the way here: a cause the symptom lists. */
	cause: causeIdSchema,
	/** Other causes of the symptom that fit the same answers, checked after the likely one. */
	also: z.array(causeIdSchema).default([]),
	/**
	 * The remedies to try, first one first. At least one addresses `cause` (the cause lists it); each addresses some
	 * cause of the symptom.
	 */
	remedies: z.array(remedyIdSchema).min(1).max(3),
	/** One sentence shown with the outcome, e.g. what not to do meanwhile. */
	note: z.string().min(4).optional(),
});
export type DiagnosisOutcome = z.infer<typeof diagnosisOutcomeSchema>;

/** One tappable answer: it leads either to the next question (`next`) or to an outcome, never both. */
export const diagnosisAnswerSchema = z
	.object({
		/** Slug of the answer, unique within its question; the outcome's anchor is `dx-<question>-<answer>`. */
		id: diagnosisSlugSchema,
		/** What the reader taps, in their words (其他卡能刷成功). */
		label: z.string().min(1).max(40),
		/** The ID of the question asked next. */
		next: diagnosisSlugSchema.optional(),
		/** The likely cause and remedy this answer ends at. */
		outcome: diagnosisOutcomeSchema.optional(),
	})
	.refine((a) => (a.next === undefined) !== (a.outcome === undefined), {
		message: 'An answer leads either to the next question ("next") or to an "outcome", exactly one of them',
	});
export type DiagnosisAnswer = z.infer<typeof diagnosisAnswerSchema>;

/** One question with its answers. */
export const diagnosisQuestionSchema = z.object({
	/** Slug of the question, unique within the symptom; its anchor is `dx-<id>`. */
	id: diagnosisSlugSchema,
	/** The question, answerable at a glance (其他卡能刷成功吗？). */
	ask: z.string().min(4).max(60),
	/** Two to four answers. */
	answers: z.array(diagnosisAnswerSchema).min(2).max(4),
});
export type DiagnosisQuestion = z.infer<typeof diagnosisQuestionSchema>;

/** The quick diagnosis of one symptom. */
export const quickDiagnosisSchema = z.object({
	/** The symptom whose page starts with this diagnosis. */
	symptom: symptomIdSchema,
	/** 先试这些方法: the remedies the symptom page lists directly, first one first. */
	first: z.array(remedyIdSchema).min(1).max(4),
	/** Two to four questions; the first one is asked first. */
	questions: z.array(diagnosisQuestionSchema).min(2).max(4),
});
export type QuickDiagnosis = z.infer<typeof quickDiagnosisSchema>;

/** The most questions on one path: two answers and a tap on the remedy reach it in three taps. */
export const MAX_DIAGNOSIS_DEPTH = 2;

/** Anchor of a question of a symptom page's quick diagnosis. */
export const questionAnchor = (question: string) => `dx-${question}`;
/** Anchor of an outcome: the question and the answer that lead to it. */
export const outcomeAnchor = (question: string, answer: string) => `dx-${question}-${answer}`;
