import { z } from 'astro/zod';
import type { StageResult } from '../../diagnostics.ts';
import { parseModelFile } from '../model-file.ts';

/**
 * The fact filter (issue 14, part 1; `npm run train:facts`, scripts/train-fact-filter.ts): after the form rules, a logistic
 * regression scores each statement a page still has — its character unigrams and bigrams, a few form features, and the
 * profile of its page (how many of the page's statements name card payments at all, tell a story or speak in the first
 * person) — and the screen withholds those that score below the model's threshold. It reads what the form rules cannot:
 * a page about something else (a monitor's repair text relabelled POS, a card that does not exist), a news narrative of
 * one event, filler that shares its words with facts. Trained on the raw sentences pre-labelled on the held-out batches
 * (tests/evidence/sentences-*.yaml) that pass the form rules; its threshold is chosen leave-batch-out. The pipeline uses
 * it only when src/editorial/fact-filter.yaml exists (loaded at the edge, scripts/pipeline/editorial.ts). Pure.
 */

export const FACT_FILTER_FILE = 'fact-filter.yaml';

/**
 * Words of the knowledge base's genre, card payments at a terminal and what goes wrong with them: a statement naming
 * none of them says nothing this knowledge base is about. Written from the catalogue's subject, not from any page.
 */
export const GENRE_TERMS =
	/POS|刷卡|银行卡|信用卡|借记卡|储蓄卡|交易|终端|商户|商家|收单|扣款|到账|发卡|银联|磁条|芯片|密码|额度|限额|余额|冻结|结算|签到|应答码|退款|撤销|冲正|支付|消费|持卡人|收银/iu;
/** Words a report or a story is told with: a reporter, a date, the people of one event, a speaker. */
export const NARRATIVE_TERMS =
	/记者|市民|据.{0,8}报道|报道|受询|表示|透露|强调|回应|称|昨日|昨天|今天|本月|上月|去年|今年|\d{1,2}月\d{1,2}日|\d{4}年|星期|凌晨|先生|女士|小姐|我|他|她/u;
/** The first person: a personal anecdote or a forum post. */
export const FIRST_PERSON = /我(?!们)|我们|咱/u;

/** What the filter knows of a statement's page: shares of its statements (0–1), bucketed into fifths as features. */
export interface PageProfile {
	/** Share naming a genre term ({@link GENRE_TERMS}). */
	genre: number;
	/** Share with a word of a report or a story ({@link NARRATIVE_TERMS}). */
	narrative: number;
	/** Share in the first person ({@link FIRST_PERSON}). */
	firstPerson: number;
}

/** The profile of a page from the texts of its statements (those the form rules let through). */
export function pageProfile(texts: readonly string[]): PageProfile {
	const n = texts.length || 1;
	const share = (re: RegExp) => texts.filter((t) => re.test(t)).length / n;
	return { genre: share(GENRE_TERMS), narrative: share(NARRATIVE_TERMS), firstPerson: share(FIRST_PERSON) };
}

const bucket = (x: number): number => Math.min(4, Math.floor(x * 5));

/**
 * The features of a statement on its page: character unigrams (`u`) and bigrams (`b`) with digits folded to 0 and Latin
 * words to `a`; its length (log2 bucket), how many genre terms it names (0–3), whether it tells a story, speaks in the
 * first person, quotes, holds a digit, or ends without a sentence mark; the page's profile in fifths; and `bias`.
 */
export function factFeatures(text: string, page: PageProfile): string[] {
	const folded = text.replace(/\d+/gu, '0').replace(/[a-zA-Z]+/gu, 'a');
	const features: string[] = [];
	for (let i = 0; i < folded.length; i++) {
		features.push(`u${folded[i]}`);
		if (i + 1 < folded.length) features.push(`b${folded.slice(i, i + 2)}`);
	}
	const length = text.replace(/[^\p{L}\p{N}]/gu, '').length;
	features.push(`len${Math.min(6, Math.floor(Math.log2(length + 1)))}`);
	features.push(`genre${Math.min(3, text.match(new RegExp(GENRE_TERMS.source, 'giu'))?.length ?? 0)}`);
	if (NARRATIVE_TERMS.test(text)) features.push('narrative');
	if (FIRST_PERSON.test(text)) features.push('first-person');
	if (/[“"「].*[”"」]/u.test(text)) features.push('quote');
	if (/\d/u.test(text)) features.push('digit');
	if (!/[。！!；;]$/u.test(text)) features.push('no-end');
	features.push(
		`page-genre${bucket(page.genre)}`,
		`page-narrative${bucket(page.narrative)}`,
		`page-first${bucket(page.firstPerson)}`,
		'bias',
	);
	return features;
}

/** A trained fact filter: weights of the features seen at least `minCount` times in training, and the threshold. */
export interface FactFilterModel {
	/** Probability of being a statement of fact below which a statement is withheld. */
	threshold: number;
	/**
	 * Mean probability of a page's kept statements below which the page publishes none of them: a page that reads as
	 * filler, a story or another subject throughout (0: no page judgment).
	 */
	pageThreshold: number;
	/** Feature → weight; a feature not listed was too rare in training and does not count. */
	weights: ReadonlyMap<string, number>;
}

/**
 * Probability that the statement is a statement of fact. The known features' weights are summed and scaled by
 * 1/√(number of known features), so a long statement does not weigh more for being long.
 */
export function scoreFact(model: Pick<FactFilterModel, 'weights'>, features: readonly string[]): number {
	let z = 0;
	let known = 0;
	for (const f of features) {
		const w = model.weights.get(f);
		if (w === undefined) continue;
		z += w;
		known++;
	}
	return 1 / (1 + Math.exp(-z / Math.sqrt(known || 1)));
}

/** Training options: L2 penalty, passes over the data, first learning rate (decayed by 0.9 a pass), rare-feature cut. */
export interface FactTrainOptions {
	l2: number;
	epochs: number;
	rate: number;
	minCount: number;
}

export const FACT_TRAIN_OPTIONS: FactTrainOptions = { l2: 0.01, epochs: 30, rate: 0.5, minCount: 3 };

/** Logistic regression by stochastic gradient descent, in the data's order (deterministic). */
export function trainFactFilter(
	data: ReadonlyArray<{ features: readonly string[]; fact: boolean }>,
	options: FactTrainOptions = FACT_TRAIN_OPTIONS,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const d of data) for (const f of new Set(d.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
	const weights = new Map<string, number>();
	for (const [f, n] of counts) if (n >= options.minCount) weights.set(f, 0);
	let rate = options.rate;
	for (let epoch = 0; epoch < options.epochs; epoch++) {
		for (const d of data) {
			const known = d.features.filter((f) => weights.has(f));
			const scale = 1 / Math.sqrt(known.length || 1);
			let z = 0;
			for (const f of known) z += weights.get(f)! * scale;
			const gradient = 1 / (1 + Math.exp(-z)) - (d.fact ? 1 : 0);
			for (const f of known) weights.set(f, weights.get(f)! * (1 - rate * options.l2) - rate * gradient * scale);
		}
		rate *= 0.9;
	}
	return weights;
}

/**
 * The screen's verdict on the statements a page kept: for each, its probability, the page's mean, and whether it is
 * withheld (its own score below the threshold, or the page's mean below the page threshold).
 */
export function filterFacts(
	model: FactFilterModel,
	texts: readonly string[],
): Array<{ score: number; pageMean: number; withheld: boolean }> {
	const page = pageProfile(texts);
	const scores = texts.map((text) => scoreFact(model, factFeatures(text, page)));
	const pageMean = scores.reduce((a, b) => a + b, 0) / (scores.length || 1);
	return scores.map((score) => ({ score, pageMean, withheld: score < model.threshold || pageMean < model.pageThreshold }));
}

export const FACT_FILTER_RULE = {
	id: 'fact-filter',
	label: 'filler' as const,
	description:
		'A statement the fact filter (src/editorial/fact-filter.yaml, npm run train:facts) scores below its threshold, or one of a page whose statements it scores below the page threshold on average: by its words, its form and its page’s profile it reads as filler, a story or a page about something else rather than a statement of fact about card payments.',
};

const modelFileSchema = z
	.object({
		/** What the file is, for editors. */
		description: z.string().min(1),
		/** When and from what it was trained, and its leave-batch-out figures (written by `npm run train:facts`). */
		trained: z
			.object({
				/** Date of training, YYYY-MM-DD. */
				date: z.string(),
				/** Commit the training data and code were at. */
				commit: z.string(),
				/** Labelled sentences it was trained on: facts and not. */
				sentences: z.object({ facts: z.number(), notFacts: z.number() }).strict(),
			})
			.passthrough(),
		/** Probability of being a fact below which a statement is withheld. */
		threshold: z.number().min(0).max(1),
		/** Mean probability of a page's kept statements below which the page publishes none. */
		pageThreshold: z.number().min(0).max(1),
		/** Feature → weight. */
		weights: z.record(z.string(), z.number()),
	})
	.strict();

/** Parses src/editorial/fact-filter.yaml (written as JSON, which is YAML). */
export function parseFactFilter(text: string, file: string): StageResult<FactFilterModel> {
	const parsed = parseModelFile(text, file, modelFileSchema, { name: 'fact filter', code: 'facts/filter', rebuild: 'npm run train:facts' });
	if (!parsed.ok) return parsed;
	return {
		ok: true,
		value: {
			threshold: parsed.value.threshold,
			pageThreshold: parsed.value.pageThreshold,
			weights: new Map(Object.entries(parsed.value.weights)),
		},
		diagnostics: [],
	};
}
