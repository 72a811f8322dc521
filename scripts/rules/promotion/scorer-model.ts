import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { StageResult } from '../../diagnostics.ts';
import { error } from '../../diagnostics.ts';

/**
 * The statistical passage scorer: a logistic regression over the character n-grams and a few form features of one clause,
 * trained on the labelled real-page corpus (tests/corpus/real) by `npm run train:clean` and shipped as data
 * (src/editorial/passage-scorer.yaml). Pure: features, scoring, explanation and training; no I/O.
 *
 * Features are clause-local on purpose: removing one clause never changes the score of another, so cleaning twice finds
 * nothing new.
 */

/** Folds a clause as the features see it: NFKC, lower case, white space dropped, every digit written 0. */
export function foldClause(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '').replace(/\d/gu, '0');
}

/** Characters of a clause that carry content (letters, digits, CJK): what its length is counted in. */
export function contentLength(text: string): number {
	return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

const LENGTH_BUCKETS = [4, 8, 14, 24, 40] as const;

/**
 * The features of one clause: character uni-, bi- and trigrams of the folded text with `^`/`$` at its ends (punctuation
 * kept, digits as 0), its length bucket, and form features (a run of 5+ digits, Latin letters, a question, a clause that
 * opens with 我/我们/本).
 */
export function clauseFeatures(text: string): string[] {
	const folded = foldClause(text);
	const chars = [...`^${folded}$`];
	const features = new Set<string>();
	for (let i = 0; i < chars.length; i++) {
		if (i > 0 && i < chars.length - 1) features.add(chars[i] as string);
		if (i + 1 < chars.length) features.add(chars.slice(i, i + 2).join(''));
		if (i + 2 < chars.length) features.add(chars.slice(i, i + 3).join(''));
	}
	const length = contentLength(text);
	features.add(`#len${LENGTH_BUCKETS.find((bound) => length <= bound) ?? 'long'}`);
	if (/0{5,}/u.test(folded)) features.add('#digits5');
	if (/[a-z]{2,}/u.test(folded)) features.add('#latin');
	if (/[?？吗呢]$/u.test(folded)) features.add('#question');
	if (/^(?:我|我们|本|小编)/u.test(folded)) features.add('#self');
	return [...features];
}

/** A trained model, as stored in src/editorial/passage-scorer.yaml. */
export interface PassageModel {
	/** Intercept of the logistic regression. */
	bias: number;
	/** Weight of each feature ({@link clauseFeatures}); a feature not listed weighs 0. */
	weights: Readonly<Record<string, number>>;
	/** A clause whose probability of being promotion is at least this is removed. */
	threshold: number;
	/** Clauses with fewer content characters than this are never judged (too little to go on). */
	minLength: number;
}

/** Probability that a clause is promotion under the model. */
export function scoreClause(model: PassageModel, text: string): number {
	let z = model.bias;
	for (const feature of clauseFeatures(text)) z += model.weights[feature] ?? 0;
	return 1 / (1 + Math.exp(-z));
}

/** The strongest promotional features of a clause (largest positive weights), for the removal's reason. */
export function strongestFeatures(model: PassageModel, text: string, count = 3): Array<[feature: string, weight: number]> {
	return clauseFeatures(text)
		.map((feature) => [feature, model.weights[feature] ?? 0] as [string, number])
		.filter(([, weight]) => weight > 0)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, count);
}

/** `p=0.97; 费率 +1.20, 办理 +0.95, #digits5 +0.80`: what the report says of a clause the scorer removed. */
export function explainClause(model: PassageModel, text: string): string {
	const features = strongestFeatures(model, text).map(([feature, weight]) => `${feature} +${weight.toFixed(2)}`);
	return `p=${scoreClause(model, text).toFixed(2)}; ${features.join(', ')}`;
}

/** One labelled clause of the training data. */
export interface TrainingClause {
	text: string;
	/** True for promotion (it holds a mustRemove marker or is part of one). */
	promotion: boolean;
	/** How much the example counts (a clause holding a labelled fact counts more: losing a fact is worse). */
	weight: number;
	/** Its {@link clauseFeatures}, when already computed (cross-validation trains many models on the same clauses). */
	features?: readonly string[];
}

export interface TrainOptions {
	epochs?: number;
	/** L2 penalty per example and step. */
	l2?: number;
	/** Adagrad learning rate. */
	rate?: number;
	/** Features seen in fewer training clauses are dropped. */
	minCount?: number;
}

/**
 * Trains the logistic regression with Adagrad and L2, the classes balanced by weight; examples are visited in a fixed
 * order (sorted by text, then interleaved with a fixed stride), so training is deterministic. Returns bias and weights
 * (weights below 0.02 in size dropped); threshold and minimum length are the caller's.
 */
export function trainModel(
	examples: readonly TrainingClause[],
	{ epochs = 12, l2 = 1e-2, rate = 0.2, minCount = 3 }: TrainOptions = {},
): Pick<PassageModel, 'bias' | 'weights'> {
	const counts = new Map<string, number>();
	const featured = examples.map((example) => ({ ...example, features: example.features ?? clauseFeatures(example.text) }));
	for (const example of featured) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
	const index = new Map<string, number>();
	for (const [feature, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (count >= minCount) index.set(feature, index.size);
	const rows = featured
		.map((example) => ({ ...example, ids: example.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])) }))
		.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : Number(a.promotion) - Number(b.promotion)));
	const positive = rows.reduce((sum, row) => sum + (row.promotion ? row.weight : 0), 0);
	const negative = rows.reduce((sum, row) => sum + (row.promotion ? 0 : row.weight), 0);
	const classWeight = {
		true: positive > 0 ? (positive + negative) / (2 * positive) : 1,
		false: negative > 0 ? (positive + negative) / (2 * negative) : 1,
	};
	const weights = new Float64Array(index.size);
	const squares = new Float64Array(index.size).fill(1e-8);
	let bias = 0;
	let biasSquare = 1e-8;
	const stride = rows.length > 1 ? largestCoprimeStride(rows.length) : 1;
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let k = 0, at = epoch % Math.max(rows.length, 1); k < rows.length; k++, at = (at + stride) % rows.length) {
			const row = rows[at] as (typeof rows)[number];
			let z = bias;
			for (const id of row.ids) z += weights[id] as number;
			const p = 1 / (1 + Math.exp(-z));
			const g = (p - (row.promotion ? 1 : 0)) * row.weight * classWeight[row.promotion ? 'true' : 'false'];
			biasSquare += g * g;
			bias -= (rate * g) / Math.sqrt(biasSquare);
			for (const id of row.ids) {
				const gradient = g + l2 * (weights[id] as number);
				squares[id] = (squares[id] as number) + gradient * gradient;
				weights[id] = (weights[id] as number) - (rate * gradient) / Math.sqrt(squares[id] as number);
			}
		}
	}
	const kept: Record<string, number> = {};
	for (const [feature, id] of index) {
		const weight = weights[id] as number;
		if (Math.abs(weight) >= 0.02) kept[feature] = Math.round(weight * 1000) / 1000;
	}
	return { bias: Math.round(bias * 1000) / 1000, weights: kept };
}

/** A stride near 0.618 × n that is coprime with n, so one pass visits every row once in a spread-out order. */
function largestCoprimeStride(n: number): number {
	const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
	for (let stride = Math.max(1, Math.round(n * 0.618)); stride > 1; stride--) if (gcd(stride, n) === 1) return stride;
	return 1;
}

/** The model file: the model and the record of how it was trained and how it measured. */
const modelFileSchema = z
	.object({
		/** What the file is, for editors. */
		description: z.string().min(1),
		/** When and from what it was trained, and its leave-site-out figures (written by `npm run train:clean`). */
		trained: z
			.object({
				/** Date of training, YYYY-MM-DD. */
				date: z.string(),
				/** Commit the training data and code were at. */
				commit: z.string(),
				/** Training clauses: promotion and not, and the rules' traps trained on as text to keep. */
				clauses: z.object({ promotion: z.number(), other: z.number(), traps: z.number().optional() }).strict(),
				/** Pages and sites of the corpus it was trained on. */
				pages: z.number(),
				sites: z.number(),
				/** Leave-site-out cross-validation of the cleaner with this scorer (models before 2026-12-03). */
				crossValidation: z.record(z.string(), z.unknown()).optional(),
				/** Nested leave-batch-out in collection order, by which the threshold was chosen. */
				leaveBatchOut: z.record(z.string(), z.unknown()).optional(),
			})
			.passthrough(),
		/** Intercept. */
		bias: z.number(),
		/** Probability from which a clause is removed. */
		threshold: z.number().min(0.5).max(1),
		/** Shortest clause (content characters) that is judged. */
		minLength: z.number().int().min(1),
		/** Feature → weight. */
		weights: z.record(z.string(), z.number()),
	})
	.strict();

/** File of the model, relative to the editorial folder. */
export const SCORER_FILE = 'passage-scorer.yaml';

/**
 * Parses src/editorial/passage-scorer.yaml. `train:clean` writes it as JSON (which is YAML), read with JSON.parse: the
 * YAML parser takes seconds on its ~360 KB of flow collections, and every ingest loads it. A hand-edited YAML file
 * still parses.
 */
export function parsePassageModel(text: string, file: string): StageResult<PassageModel> {
	let raw: unknown;
	try {
		try {
			raw = JSON.parse(text);
		} catch {
			raw = parse(text);
		}
	} catch (cause) {
		return {
			ok: false,
			diagnostics: [
				error(
					'promotion/scorer-yaml',
					{ file },
					`Cannot parse the scorer model: ${String(cause)}.`,
					'Rebuild it with `npm run train:clean`.',
				),
			],
		};
	}
	const parsed = modelFileSchema.safeParse(raw);
	if (!parsed.success) {
		return {
			ok: false,
			diagnostics: parsed.error.issues.map((issue) =>
				error(
					'promotion/scorer-invalid',
					{ file },
					`${issue.path.join('.') || '(root)'}: ${issue.message}.`,
					'Rebuild it with `npm run train:clean`.',
				),
			),
		};
	}
	const { bias, weights, threshold, minLength } = parsed.data;
	return { ok: true, value: { bias, weights, threshold, minLength }, diagnostics: [] };
}
