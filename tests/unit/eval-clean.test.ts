import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchOrder, formatLeaveBatchOut, unmeasuredHeldOut } from '../../scripts/eval/clean.ts';
import { type PageScore, pageShowsMarker, summarize } from '../../scripts/eval/clean-metrics.ts';
import { chooseThreshold, leaveBatchOutModels, type PageClauses, trainOn, trapTrainingClauses } from '../../scripts/eval/cross-validate.ts';
import { clauseFeatures } from '../../scripts/rules/promotion/scorer-model.ts';
import { parsePage } from '../../scripts/site-checks/html-page.ts';

describe('eval:clean', () => {
	it('a plain run leaves out exactly the held-out batches that have no first measurement yet', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'eval-clean-'));
		const file = join(dir, 'batches.yaml');
		await writeFile(
			file,
			[
				'batches:',
				'  - { name: dev-1, role: dev }',
				'  - { name: heldout-1, role: heldout, firstMeasurement: { date: 2026-12-01 } }',
				'  - { name: heldout-9, role: heldout }',
			].join('\n'),
		);
		expect([...(await unmeasuredHeldOut(file))]).toEqual(['heldout-9']);
	});

	it('--lbo takes the batches in the order of batches.yaml, with their recorded first measurement', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'eval-clean-'));
		const file = join(dir, 'batches.yaml');
		await writeFile(
			file,
			[
				'batches:',
				'  - { name: dev-1, role: dev }',
				'  - { name: heldout-1, role: heldout, firstMeasurement: { date: 2026-12-01, promoRemoved: 0.182 } }',
				'  - { name: heldout-2, role: heldout, firstMeasurement: { date: 2026-12-02, promoRemoved: 0.621 } }',
			].join('\n'),
		);
		expect(await batchOrder(file)).toEqual([
			{ name: 'dev-1' },
			{ name: 'heldout-1', firstPromoRemoved: 0.182 },
			{ name: 'heldout-2', firstPromoRemoved: 0.621 },
		]);
	});
});

describe('leave-batch-out models', () => {
	const page = (id: string, batch: string, promotion: string, other: string): PageClauses => ({
		id,
		site: `${id}.example`,
		batch,
		clauses: [
			{ text: promotion, promotion: true, weight: 1, features: clauseFeatures(promotion) },
			{ text: other, promotion: false, weight: 1, features: clauseFeatures(other) },
		],
	});
	const pages = [
		page('a', 'dev-1', '免费领取POS机', '刷卡失败请检查网络'),
		page('b', 'heldout-1', '加盟代理分润高', '交易超时先查询结果'),
		page('c', 'heldout-2', '费率低至0.38', '签到失败重启终端'),
	];
	const models = leaveBatchOutModels(pages, ['dev-1', 'heldout-1', 'heldout-2'], { threshold: 0.9, minLength: 4 });

	it('gives the first batch no model (the rules alone) and every later batch the model of the batches before it only', () => {
		const settings = { threshold: 0.9, minLength: 4 };
		expect(models.get('dev-1')).toBeUndefined();
		expect(models.get('heldout-1')).toEqual(trainOn(pages.slice(0, 1), settings));
		expect(models.get('heldout-2')).toEqual(trainOn(pages.slice(0, 2), settings));
		expect(models.get('heldout-2')).not.toEqual(trainOn(pages, settings));
	});

	it('prints one row per batch with the recorded first measurement', () => {
		const summary = summarize('heldout-1', []);
		const table = formatLeaveBatchOut([
			{ batch: 'heldout-1', rulesOnly: summary, scorerBefore: summary, trainedOn: 1, firstPromoRemoved: 0.182 },
		]);
		expect(table.split('\n')).toHaveLength(2);
		expect(table).toContain('18.2 % removed');
	});
});

describe('threshold of the scorer', () => {
	const score = (batch: string, facts: number, lost: number, leaked: number): PageScore => ({
		id: `${batch}-p`,
		batch,
		genre: 'other',
		markers: 10,
		leaked: Array.from({ length: leaked }, (_, i) => `m${i}`),
		facts,
		lost: Array.from({ length: lost }, (_, i) => `f${i}`),
		obfuscationsLeft: [],
		addressRemoved: true,
		statements: 0,
		placed: 0,
	});
	const thresholds = [0.5, 0.9, 0.99];

	it('is the lowest threshold keeping the given share of the facts the rules keep, pooled over the rows it is chosen on', () => {
		const rows = [
			{
				batch: 'a',
				rules: [score('a', 100, 0, 5)],
				byThreshold: [[score('a', 100, 3, 0)], [score('a', 100, 1, 2)], [score('a', 100, 0, 4)]],
			},
			{
				batch: 'b',
				rules: [score('b', 100, 0, 5)],
				byThreshold: [[score('b', 100, 3, 0)], [score('b', 100, 1, 2)], [score('b', 100, 0, 4)]],
			},
		];
		expect(chooseThreshold(rows, thresholds, 0.99)?.threshold).toBe(0.9);
		expect(chooseThreshold(rows, thresholds)?.threshold).toBe(0.99);
		expect(chooseThreshold(rows, thresholds, 1)?.threshold).toBe(0.99);
	});

	it('is undefined without a row that had a model, or when no threshold keeps enough', () => {
		expect(chooseThreshold([{ batch: 'a', rules: [score('a', 10, 0, 1)], byThreshold: [] }], thresholds)).toBeUndefined();
		const lossy = [{ batch: 'a', rules: [score('a', 100, 0, 5)], byThreshold: thresholds.map(() => [score('a', 100, 5, 0)]) }];
		expect(chooseThreshold(lossy, thresholds)).toBeUndefined();
	});

	it('trains on every clause of the rules’ traps as text to keep', () => {
		expect(trapTrainingClauses(['刷卡失败时,终端会显示应答码。\n联系发卡行'])).toEqual([
			expect.objectContaining({ text: '刷卡失败时', promotion: false, weight: 3 }),
			expect.objectContaining({ text: '终端会显示应答码', promotion: false, weight: 3 }),
			expect.objectContaining({ text: '联系发卡行', promotion: false, weight: 3 }),
		]);
	});
});

describe('eval:site', () => {
	it('judges only the visible text of a page: a script, a style or a template is not shown', () => {
		const html =
			'<html lang="zh"><body><script>e.target.closest(`summary`)</script><style>.close{}</style><template>close</template><p>卡片冻结</p></body></html>';
		const page = parsePage(html, '/codes/');
		expect(page.text).not.toMatch(/close/iu);
		expect(pageShowsMarker(page.text, 'close')).toBe(false);
	});

	it('finds a marker with a Latin end only as a word of its own', () => {
		expect(pageShowsMarker('46（Visa，DECLINE / CLOSED ACCOUNT）：账户已关闭', 'close')).toBe(false);
		expect(pageShowsMarker('Google Pay 付款 close 全站热搜', 'close')).toBe(true);
		expect(pageShowsMarker('出处：最新試題', '最新试题')).toBe(true);
		expect(pageShowsMarker('Sign in 后查看', 'Sign in')).toBe(true);
	});
});
