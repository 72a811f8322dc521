import { describe, expect, it } from 'vitest';
import { createPlacer, place, verifierEntries } from '../../scripts/pipeline/stages/place.ts';
import {
	bigrams,
	buildVerifierIndex,
	entryText,
	pairFeatures,
	parseVerifierModel,
	scoreFeatures,
	trainVerifier,
	type VerifierModel,
	verifyPlacements,
} from '../../scripts/pipeline/stages/verify-placement.ts';
import { runOn, shippedEditorial } from '../helpers/pipeline.ts';

const editorial = await shippedEditorial();
const index = buildVerifierIndex(verifierEntries(editorial.catalogue));
// The whole pipeline, outside any test (it takes a while on a loaded machine): once with a verifier that rejects every
// pair, once without one.
const source = {
	file: 'a.txt',
	bytes: new TextEncoder().encode(['POS机刷卡失败的原因', '卡内余额不足，发卡行拒绝了这笔交易。'].join('\n')),
};
const rejectingRun = runOn([source], { ...editorial, verifier: { bias: -10, threshold: 0.5, weights: {} } });
const plainRun = runOn([source], editorial);

describe('placement verifier (issue 14, part 2)', () => {
	it('reads text as character bigrams of its letter and digit runs', () => {
		expect(bigrams('余额不足，POS机')).toEqual(['余额', '额不', '不足', 'po', 'os', 's机']);
		expect(bigrams('卡')).toEqual(['卡']);
	});

	it("takes an entry's prose, not its IDs or match rules", () => {
		const text = entryText({ id: 'C-01', title: '卡内余额不足', summary: '余额不够。', match: [{ all: ['余额'] }], remedies: ['R-03'] });
		expect(text).toBe('卡内余额不足。余额不够。');
	});

	it('gives a pair the features of its statement, its entry and the other candidates', () => {
		const proposal = {
			text: '卡内余额不足，发卡行拒绝了这笔交易。',
			kind: 'cause' as const,
			role: 'cause' as const,
			entries: ['C-01', 'C-02'],
		};
		const features = pairFeatures(index, proposal, 'C-01');
		expect(features.get('coll:causes')).toBe(1);
		expect(features.get('role×coll:cause×causes')).toBe(1);
		expect(features.get('candidates:≤2')).toBe(1);
		expect(features.get('names-entry')).toBe(1);
		const similarity = features.get('similarity') ?? 0;
		expect(similarity).toBeGreaterThan(pairFeatures(index, proposal, 'C-02').get('similarity') ?? 1);
		expect(features.get('margin-over-candidates')).toBeGreaterThan(0);
		// A statement that names no problem says so.
		expect(pairFeatures(index, { ...proposal, text: '银行卡是由商业银行发行的支付工具。' }, 'C-01').get('no-problem-word')).toBe(1);
	});

	it('keeps the pairs scored at or above the threshold and gives the others with score and reason', () => {
		const model: VerifierModel = { bias: 0, threshold: 0.5, weights: { 'entry:C-02': -3, 'entry:C-01': 1 } };
		const proposal = { text: '卡内余额不足，交易被拒。', kind: 'cause' as const, role: 'cause' as const, entries: ['C-01', 'C-02'] };
		const { kept, rejected } = verifyPlacements(model, index, proposal);
		expect(kept).toEqual(['C-01']);
		expect(rejected).toHaveLength(1);
		expect(rejected[0]?.entry).toBe('C-02');
		expect(rejected[0]?.score).toBeLessThan(0.5);
		expect(rejected[0]?.reason).toMatch(/^p=0\.05 < 0\.5; entry:C-02 -3\.00/u);
	});

	it('is wired into the placer: a rejected pair is not placed and is listed with the statement', () => {
		const text = '卡内余额不足，发卡行拒绝了这笔交易。';
		const plain = createPlacer(editorial.catalogue).entriesOf('cause', text);
		expect(plain).toContain('C-01');
		const model: VerifierModel = { bias: 5, threshold: 0.5, weights: { 'entry:C-01': -10 } };
		const placer = createPlacer(editorial.catalogue, model);
		expect(placer.entriesOf('cause', text)).toEqual(plain.filter((id) => id !== 'C-01'));
		const [unit] = place(
			[{ kind: 'cause', text, provenance: { file: 'x.md', section: '', line: 3 } }] as Parameters<typeof place>[0],
			placer,
		);
		expect(unit?.rejected?.map((r) => r.entry)).toEqual(['C-01']);
		// Without a verifier nothing is rejected.
		const [free] = place(
			[{ kind: 'cause', text, provenance: { file: 'x.md', section: '', line: 3 } }] as Parameters<typeof place>[0],
			createPlacer(editorial.catalogue),
		);
		expect(free?.rejected).toBeUndefined();
	});

	it('lists every rejected pair in the ingest report with file, line, score and reason', () => {
		if (!rejectingRun.report || !plainRun.report) throw new Error('the pipeline gave no report');
		const { report } = rejectingRun;
		expect(report.placementsRejected?.length).toBeGreaterThan(0);
		for (const rejected of report.placementsRejected ?? [])
			expect(rejected).toMatchObject({ file: 'a.txt', line: 2, text: '卡内余额不足，发卡行拒绝了这笔交易。', score: 0 });
		expect(report.placementsRejected?.[0]?.reason).toMatch(/^p=0\.00 < 0\.5/u);
		expect(report.summary.placed).toBe(0);
		// Without a verifier nothing is rejected.
		expect(plainRun.report.placementsRejected).toBeUndefined();
		expect(plainRun.report.summary.placed).toBeGreaterThan(0);
	});

	it('trains a logistic regression that separates what its features separate, deterministically', () => {
		const pairs = Array.from({ length: 40 }, (_, i) => ({
			features: new Map([[i % 2 ? 'good' : 'bad', 1] as const, ['similarity', (i % 2) * 0.5]]),
			correct: i % 2 === 1,
			weight: 1,
		}));
		const model = trainVerifier(pairs, { minCount: 1 });
		expect(model.weights.good).toBeGreaterThan(0);
		expect(model.weights.bad).toBeLessThan(0);
		expect(scoreFeatures(model, new Map([['good', 1]]))).toBeGreaterThan(0.8);
		expect(trainVerifier(pairs, { minCount: 1 })).toEqual(model);
	});

	it('parses its data file and says how to fix a broken one', () => {
		const file = {
			description: 'x',
			trained: { date: '2026-12-02', commit: 'abc', pairs: { correct: 1, wrong: 1 } },
			bias: 0,
			threshold: 0.5,
			weights: { a: 1 },
		};
		expect(parseVerifierModel(JSON.stringify(file), 'v.yaml')).toMatchObject({ ok: true, value: { threshold: 0.5, weights: { a: 1 } } });
		const broken = parseVerifierModel(JSON.stringify({ ...file, threshold: 2 }), 'v.yaml');
		expect(broken.ok).toBe(false);
		expect(broken.diagnostics[0]?.hint).toMatch(/train:placement/u);
		expect(parseVerifierModel('{', 'v.yaml').ok).toBe(false);
	});
});
