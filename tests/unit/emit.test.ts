import { describe, expect, it } from 'vitest';
import { emit, informativeness, MAX_PROVENANCE, rankStatements } from '../../scripts/pipeline/stages/emit.ts';
import { link } from '../../scripts/pipeline/stages/link.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const places = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `${String(i).padStart(3, '0')}.txt`, section: '', line: 1 }));

describe('emit', () => {
	const catalogue = smallCatalogue();
	const linked = link(catalogue, [{ id: 's1', kind: 'cause', text: '网络不稳定', sources: places(12), entries: ['C-01'] }]);
	if (!linked.ok) throw new Error('small catalogue must link');
	const files = emit(linked.value, catalogue);

	it('writes one file per collection (and the foreign-scheme codes), entries sorted by ID', () => {
		expect([...files.keys()].sort()).toEqual([
			'cases.json',
			'causes.json',
			'codes.json',
			'foreign-codes.json',
			'prevention.json',
			'remedies.json',
			'symptoms.json',
			'timings.json',
		]);
		expect((files.get('causes.json') as Array<{ id: string }>).map((e) => e.id)).toEqual(['C-01', 'C-02', 'C-03']);
	});

	it('lists the first places of a statement and counts them all', () => {
		const [c1] = files.get('causes.json') as Array<{ statements: Array<{ sources: unknown[]; occurrences: number }>; sources: string[] }>;
		expect(c1!.statements[0]!.sources).toHaveLength(MAX_PROVENANCE);
		expect(c1!.statements[0]!.occurrences).toBe(12);
		// The files of the places the page shows, and the article the entry cites in `references` (art-test).
		expect(c1!.sources).toEqual([...places(MAX_PROVENANCE).map((p) => p.file), '900_test.txt'].sort());
	});

	it('lists the cited source articles of an entry no statement was placed into', () => {
		const [, c2] = files.get('causes.json') as Array<{ id: string; statements: unknown[]; sources: string[] }>;
		expect(c2!.statements).toEqual([]);
		expect(c2!.sources).toEqual(['900_test.txt']);
	});

	it('leaves out the match rules and keeps relations and related IDs', () => {
		const [c1] = files.get('causes.json') as Array<Record<string, unknown>>;
		expect(c1).not.toHaveProperty('match');
		expect(c1).toMatchObject({ remedies: ['R-01'], prevention: ['P-01'], related: ['R-01', 'P-01', 'S-01', 'K-01'] });
	});

	it('is deterministic', () => {
		expect(JSON.stringify([...emit(linked.value, catalogue)])).toBe(JSON.stringify([...files]));
	});

	it('counts the source files that say a statement, not the places', () => {
		const [c1] = files.get('causes.json') as Array<{ statements: Array<{ sourceCount: number }> }>;
		expect(c1!.statements[0]!.sourceCount).toBe(12);
	});
});

describe('rankStatements', () => {
	const s = (id: string, text: string, sourceCount: number) => ({ id, text, sourceCount });
	it('shows first what most sources say, then what tells the most', () => {
		const ranked = rankStatements([
			s('a', '网络不稳定会导致交易失败。', 1),
			s('b', '读卡器的磁头脏污、老化或损坏时，刷卡没有反应，需要清洁或报修。', 1),
			s('c', '余额不足。', 3),
			s('d', '网络不稳定可能导致交易失败。', 1),
		]);
		expect(ranked.map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
	});
	it('does not reward length beyond a full sentence', () => {
		const long = '网络不稳定、信号弱、带宽不足、路由器断网、流量卡欠费、电话线松动、服务器繁忙、银行系统维护，都可能导致交易失败。'.repeat(
			3,
		);
		expect(informativeness(long)).toBe(informativeness(long.slice(0, long.length / 3)));
	});
});
