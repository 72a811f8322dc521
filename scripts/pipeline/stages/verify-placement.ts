import { z } from 'astro/zod';
import type { MatchRule } from '../../../src/schemas/match-rule.ts';
import type { StageResult } from '../../diagnostics.ts';
import type { StatementRole } from '../../rules/statement-role/index.ts';
import { parseModelFile } from '../model-file.ts';
import { compileTerm, foldCase } from '../text/match.ts';
import type { StatementKind } from '../types.ts';

/**
 * The placement verifier (issue 14, part 2): after the match rules propose (statement, entry) pairs, a logistic
 * regression over a few features that carry to pages nobody has seen decides whether to keep each pair — the statement's
 * role and kind, the entry's collection, how many entries and collections its words matched, how specific the matched
 * terms are, how similar the statement is to the entry's own text (character-bigram TF-IDF cosine) and by how much more
 * than to the other candidates, whether it names a problem at all, its length. Trained on the labelled placements
 * (tests/evidence/placements*.yaml) by `npm run train:placement` and shipped as data
 * (src/editorial/placement-verifier.yaml). Pure: index, features, scoring, explanation, training; no I/O.
 */

/** Collections a statement is placed into. */
export type VerifiedCollection = 'symptoms' | 'causes' | 'remedies' | 'prevention' | 'cases';

/** An entry as the verifier sees it: its collection, its own text and its match rules. */
export interface VerifierEntry {
	id: string;
	collection: VerifiedCollection;
	/** Title and aliases: the names of its subject. */
	names: readonly string[];
	/** Everything the entry says (title, aliases, summary, steps, checks …), for the similarity. */
	text: string;
	rules: ReadonlyArray<Pick<MatchRule, 'all'> & { not?: readonly string[] | undefined }>;
}

interface IndexedEntry extends VerifierEntry {
	vector: SparseVector;
	nameVector: SparseVector;
	/** Each rule's terms as folded alternatives. */
	terms: string[][][];
	foldedNames: string[];
}

type SparseVector = Map<string, number>;

/** The catalogue as the verifier sees it: entries with their text vectors, and how many entries share each term. */
export interface VerifierIndex {
	entries: ReadonlyMap<string, IndexedEntry>;
	byCollection: ReadonlyMap<VerifiedCollection, readonly IndexedEntry[]>;
	idf: ReadonlyMap<string, number>;
	/** Folded alternative → number of entries whose match rules name it. */
	shared: ReadonlyMap<string, number>;
}

/** Folds text as the similarity sees it: NFKC, lower case, only letters and digits. */
const fold = (text: string): string =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ');

/** Character bigrams of each run of letters and digits (a one-character run counts as itself). */
export function bigrams(text: string): string[] {
	const out: string[] = [];
	for (const run of fold(text).split(' ')) {
		const chars = [...run];
		if (chars.length === 1) out.push(chars[0] as string);
		for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
	}
	return out;
}

function vectorOf(text: string, idf: ReadonlyMap<string, number>, defaultIdf: number): SparseVector {
	const tf = new Map<string, number>();
	for (const gram of bigrams(text)) tf.set(gram, (tf.get(gram) ?? 0) + 1);
	const vector: SparseVector = new Map();
	let norm = 0;
	for (const [gram, count] of tf) {
		const weight = (1 + Math.log(count)) * (idf.get(gram) ?? defaultIdf);
		vector.set(gram, weight);
		norm += weight * weight;
	}
	norm = Math.sqrt(norm) || 1;
	for (const [gram, weight] of vector) vector.set(gram, weight / norm);
	return vector;
}

function cosine(a: SparseVector, b: SparseVector): number {
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	let sum = 0;
	for (const [gram, weight] of small) sum += weight * (large.get(gram) ?? 0);
	return sum;
}

/** Builds the index once per run from the catalogue's placeable entries. */
export function buildVerifierIndex(entries: readonly VerifierEntry[]): VerifierIndex {
	const df = new Map<string, number>();
	for (const entry of entries) for (const gram of new Set(bigrams(entry.text))) df.set(gram, (df.get(gram) ?? 0) + 1);
	const n = entries.length;
	const idf = new Map([...df].map(([gram, count]) => [gram, Math.log((n + 1) / (count + 1)) + 1]));
	const defaultIdf = Math.log(n + 1) + 1;
	const shared = new Map<string, number>();
	const indexed = entries.map((entry): IndexedEntry => {
		const terms = entry.rules.map((rule) => rule.all.map(compileTerm));
		for (const alternative of new Set(terms.flat(2))) shared.set(alternative, (shared.get(alternative) ?? 0) + 1);
		return {
			...entry,
			vector: vectorOf(entry.text, idf, defaultIdf),
			nameVector: vectorOf(entry.names.join(' '), idf, defaultIdf),
			terms,
			foldedNames: entry.names.map(foldCase).filter((name) => [...name].length >= 3),
		};
	});
	return {
		entries: new Map(indexed.map((e) => [e.id, e])),
		byCollection: Map.groupBy(indexed, (e) => e.collection),
		idf,
		shared,
	};
}

/** A statement the placer placed, with the entries its match rules proposed. */
export interface ProposedPlacement {
	text: string;
	/** The kind it was placed as (after its own form's say). */
	kind: StatementKind;
	/** Its role by its own form; undefined when no role rule found one. */
	role: StatementRole | undefined;
	/** The entries proposed (none `U-…`). */
	entries: readonly string[];
}

/** Words that name a problem: a statement with none of them names none. */
const PROBLEM =
	/失败|故障|错误|异常|无法|不能|不了|拒绝|拒付|问题|提示|显示|报错|不足|超限|超出|冻结|过期|失效|风险|损坏|中断|不稳定|不通|未到账|没到账|扣款|扣钱|退款|冲正|被盗|盗刷|欺诈|诈骗|违规|停用|注销|限制|不成功|不支持|不符|有误/u;

const bucket = (value: number, bounds: readonly number[]): string => {
	const at = bounds.findIndex((bound) => value <= bound);
	return at < 0 ? `>${bounds.at(-1)}` : `≤${bounds[at]}`;
};

/**
 * The features of one proposed pair: named indicators (one-hot, value 1) and a few continuous values (similarities in
 * 0…1, margins in −1…1).
 */
export function pairFeatures(index: VerifierIndex, proposal: ProposedPlacement, entryId: string): Map<string, number> {
	const features = new Map<string, number>();
	const entry = index.entries.get(entryId);
	const role = proposal.role ?? 'none';
	const collection = entry?.collection ?? 'unknown';
	features.set(`role:${role}`, 1);
	features.set(`kind:${proposal.kind}`, 1);
	features.set(`coll:${collection}`, 1);
	features.set(`role×coll:${role}×${collection}`, 1);
	features.set(`kind×coll:${proposal.kind}×${collection}`, 1);
	features.set(`entry:${entryId}`, 1);
	features.set(`candidates:${bucket(proposal.entries.length, [1, 2, 3])}`, 1);
	const length = (proposal.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
	features.set(`length:${bucket(length, [15, 30, 60, 120])}`, 1);
	if (!PROBLEM.test(proposal.text)) features.set('no-problem-word', 1);
	if (!entry) return features;
	const folded = foldCase(proposal.text);
	// Specificity of the match: the weakest term of the best rule (its longest alternative found), and how many entries
	// name that alternative.
	let best: { length: number; shared: number; terms: number } | undefined;
	for (const rule of entry.terms) {
		let weakest: { length: number; shared: number } | undefined;
		for (const alternatives of rule) {
			const found = alternatives.filter((a) => folded.includes(a)).sort((a, b) => b.length - a.length)[0];
			if (found === undefined) {
				weakest = undefined;
				break;
			}
			const candidate = { length: [...found].length, shared: index.shared.get(found) ?? 1 };
			if (!weakest || candidate.length < weakest.length) weakest = candidate;
		}
		if (weakest && (!best || weakest.length > best.length)) best = { ...weakest, terms: rule.length };
	}
	if (best) {
		features.set(`term-length:${bucket(best.length, [2, 3, 4])}`, 1);
		features.set(`term-shared:${bucket(best.shared, [1, 3, 6])}`, 1);
		features.set(`rule-terms:${bucket(best.terms, [1, 2])}`, 1);
	} else features.set('term:none', 1);
	if (entry.foldedNames.some((name) => folded.includes(name))) features.set('names-entry', 1);
	// Similarity to the entry's own text, and against the other candidates and the rest of its collection.
	const vector = vectorOf(proposal.text, index.idf, 1);
	const similarity = cosine(vector, entry.vector);
	features.set('similarity', similarity);
	features.set('name-similarity', cosine(vector, entry.nameVector));
	const others = proposal.entries.filter((id) => id !== entryId).map((id) => index.entries.get(id));
	const otherBest = Math.max(0, ...others.map((other) => (other ? cosine(vector, other.vector) : 0)));
	features.set('margin-over-candidates', others.length ? similarity - otherBest : 0);
	const collectionBest = Math.max(
		0,
		...(index.byCollection.get(entry.collection) ?? []).filter((e) => e.id !== entryId).map((e) => cosine(vector, e.vector)),
	);
	features.set('margin-over-collection', similarity - collectionBest);
	features.set(`similarity:${bucket(similarity, [0.05, 0.1, 0.2, 0.3])}`, 1);
	let anyBest = 0;
	for (const other of index.entries.values()) anyBest = Math.max(anyBest, cosine(vector, other.vector));
	features.set(`best-anywhere:${bucket(anyBest, [0.1, 0.2, 0.3])}`, 1);
	if (similarity >= anyBest) features.set('best-anywhere', 1);
	if (similarity >= collectionBest) features.set('best-in-collection', 1);
	return features;
}

/** A trained verifier, as stored in src/editorial/placement-verifier.yaml. */
export interface VerifierModel {
	bias: number;
	/** Weight of each feature ({@link pairFeatures}); a feature not listed weighs 0. */
	weights: Readonly<Record<string, number>>;
	/** A pair whose probability of being correct is below this is rejected. */
	threshold: number;
}

export function scoreFeatures(model: Pick<VerifierModel, 'bias' | 'weights'>, features: ReadonlyMap<string, number>): number {
	let z = model.bias;
	for (const [feature, value] of features) z += (model.weights[feature] ?? 0) * value;
	return 1 / (1 + Math.exp(-z));
}

/** A pair the verifier rejected: the entry, its probability of being correct, and the features that weighed most against it. */
export interface RejectedPlacement {
	entry: string;
	score: number;
	reason: string;
}

/** `p=0.12 < 0.40; role×coll:neutral×symptoms −1.20, similarity 0.05 −0.90, …`: why a pair was rejected. */
export function explainRejection(model: VerifierModel, features: ReadonlyMap<string, number>): string {
	const against = [...features]
		.map(([feature, value]) => [feature, value, (model.weights[feature] ?? 0) * value] as const)
		.filter(([, , contribution]) => contribution < 0)
		.sort((a, b) => a[2] - b[2] || (a[0] < b[0] ? -1 : 1))
		.slice(0, 3)
		.map(([feature, value, contribution]) => `${feature}${value === 1 ? '' : ` ${value.toFixed(2)}`} ${contribution.toFixed(2)}`);
	return `p=${scoreFeatures(model, features).toFixed(2)} < ${model.threshold}; ${against.join(', ')}`;
}

/** Keeps the proposed entries the model finds likely enough, in their order; lists the others with score and reason. */
export function verifyPlacements(
	model: VerifierModel,
	index: VerifierIndex,
	proposal: ProposedPlacement,
): { kept: string[]; rejected: RejectedPlacement[] } {
	const kept: string[] = [];
	const rejected: RejectedPlacement[] = [];
	for (const entry of proposal.entries) {
		const features = pairFeatures(index, proposal, entry);
		const score = scoreFeatures(model, features);
		if (score >= model.threshold) kept.push(entry);
		else rejected.push({ entry, score: Math.round(score * 1000) / 1000, reason: explainRejection(model, features) });
	}
	return { kept, rejected };
}

/** One labelled pair of the training data. */
export interface TrainingPair {
	features: ReadonlyMap<string, number>;
	correct: boolean;
	/** How much it counts. */
	weight: number;
}

export interface VerifierTrainOptions {
	/** L2 penalty (on the mean loss). */
	l2?: number;
	iterations?: number;
	rate?: number;
	/** Indicator features seen in fewer pairs are dropped. */
	minCount?: number;
}

/**
 * Trains the logistic regression by full-batch gradient descent with Adagrad steps and L2 (deterministic: no sampling),
 * the classes balanced by weight. Returns bias and weights rounded to 3 decimals (below 0.005 dropped).
 */
export function trainVerifier(
	pairs: readonly TrainingPair[],
	{ l2 = 0.01, iterations = 400, rate = 0.3, minCount = 3 }: VerifierTrainOptions = {},
): Pick<VerifierModel, 'bias' | 'weights'> {
	const counts = new Map<string, number>();
	for (const pair of pairs) for (const feature of pair.features.keys()) counts.set(feature, (counts.get(feature) ?? 0) + 1);
	const names = [...counts]
		.filter(([, count]) => count >= minCount)
		.map(([name]) => name)
		.sort();
	const id = new Map(names.map((name, i) => [name, i]));
	const rows = pairs.map((pair) => ({
		ids: [...pair.features].flatMap(([name, value]) => (id.has(name) ? [[id.get(name) as number, value] as const] : [])),
		y: pair.correct ? 1 : 0,
		weight: pair.weight,
	}));
	const positive = rows.reduce((sum, row) => sum + row.y * row.weight, 0);
	const negative = rows.reduce((sum, row) => sum + (1 - row.y) * row.weight, 0);
	const total = positive + negative || 1;
	const classWeight = [negative > 0 ? total / (2 * negative) : 1, positive > 0 ? total / (2 * positive) : 1];
	const w = new Float64Array(names.length);
	const squares = new Float64Array(names.length).fill(1e-8);
	let bias = 0;
	let biasSquare = 1e-8;
	for (let iteration = 0; iteration < iterations; iteration++) {
		const gradient = new Float64Array(names.length);
		let biasGradient = 0;
		for (const row of rows) {
			let z = bias;
			for (const [i, value] of row.ids) z += (w[i] as number) * value;
			const g = ((1 / (1 + Math.exp(-z)) - row.y) * row.weight * (classWeight[row.y] as number)) / total;
			biasGradient += g;
			for (const [i, value] of row.ids) gradient[i] = (gradient[i] as number) + g * value;
		}
		biasSquare += biasGradient * biasGradient;
		bias -= (rate * biasGradient) / Math.sqrt(biasSquare);
		for (let i = 0; i < names.length; i++) {
			const g = (gradient[i] as number) + l2 * (w[i] as number);
			squares[i] = (squares[i] as number) + g * g;
			w[i] = (w[i] as number) - (rate * g) / Math.sqrt(squares[i] as number);
		}
	}
	const weights: Record<string, number> = {};
	for (const [i, name] of names.entries()) {
		const weight = Math.round((w[i] as number) * 1000) / 1000;
		if (Math.abs(weight) >= 0.005) weights[name] = weight;
	}
	return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** File of the model, relative to the editorial folder. */
export const VERIFIER_FILE = 'placement-verifier.yaml';

const modelFileSchema = z
	.object({
		/** What the file is, for editors. */
		description: z.string().min(1),
		/** When and from what it was trained, and its leave-batch-out figures (written by `npm run train:placement`). */
		trained: z
			.object({
				/** Date of training, YYYY-MM-DD. */
				date: z.string(),
				/** Commit the training data and code were at. */
				commit: z.string(),
				/** Labelled pairs it was trained on: correct and wrong. */
				pairs: z.object({ correct: z.number(), wrong: z.number() }).strict(),
				/** Leave-batch-out and in-sample figures per batch. */
				crossValidation: z.record(z.string(), z.unknown()).optional(),
			})
			.passthrough(),
		/** Intercept. */
		bias: z.number(),
		/** Probability of being correct below which a pair is rejected. */
		threshold: z.number().min(0).max(1),
		/** Feature → weight. */
		weights: z.record(z.string(), z.number()),
	})
	.strict();

/** Parses src/editorial/placement-verifier.yaml (written as JSON, which is YAML). */
export function parseVerifierModel(text: string, file: string): StageResult<VerifierModel> {
	const parsed = parseModelFile(text, file, modelFileSchema, {
		name: 'placement verifier',
		code: 'placement/verifier',
		rebuild: 'npm run train:placement',
	});
	if (!parsed.ok) return parsed;
	const { bias, weights, threshold } = parsed.value;
	return { ok: true, value: { bias, weights, threshold }, diagnostics: [] };
}

const ENTRY_TEXT_SKIP = new Set([
	'id',
	'match',
	'references',
	'remedies',
	'prevention',
	'causes',
	'symptoms',
	'audience',
	'performer',
	'category',
	'stage',
	'codes',
]);

/** All the prose of an entry (every string field but IDs, lists of IDs and match rules). */
export function entryText(entry: Readonly<Record<string, unknown>>): string {
	const out: string[] = [];
	const walk = (value: unknown): void => {
		if (typeof value === 'string') out.push(value);
		else if (Array.isArray(value)) for (const item of value) walk(item);
		else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (!ENTRY_TEXT_SKIP.has(key)) walk(item);
	};
	for (const [key, value] of Object.entries(entry)) if (!ENTRY_TEXT_SKIP.has(key)) walk(value);
	return out.join('。');
}
