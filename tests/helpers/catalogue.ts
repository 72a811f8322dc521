import type { Catalogue } from '../../scripts/pipeline/catalogue.ts';

/** A small, valid catalogue for stage tests; override parts as needed. */
export function smallCatalogue(overrides: Partial<Catalogue> = {}): Catalogue {
	const base = {
		category: '通信网络' as const,
		stage: '通信网络' as const,
		audience: ['商户' as const],
		aliases: [] as string[],
		references: ['art-test'],
	};
	const catalogue = {
		symptoms: [
			{
				...base,
				id: 'S-01',
				title: '刷卡失败',
				summary: '终端提示交易失败，交易没有完成。',
				match: [{ all: ['交易失败|刷卡失败', '定义|指的是|通常'], not: [] }],
				causes: ['C-01', 'C-02', 'C-03'],
				quickChecks: ['看终端提示', '换一张卡试试'],
				contacts: [{ who: '收单机构', when: '终端反复失败时' }],
				prepare: ['交易时间'],
			},
		],
		causes: ['C-01', 'C-02', 'C-03'].map((id, i) => ({
			...base,
			id,
			title: ['网络不稳定', '读卡器损坏', '余额不足'][i]!,
			summary: '这是一个用于测试的原因说明。',
			match: [{ all: [['网络', '读卡器', '余额'][i]!, '不稳定|损坏|不足'], not: [] }],
			confirm: ['终端提示'],
			remedies: [i === 2 ? 'R-02' : 'R-01'],
			prevention: i === 0 ? ['P-01'] : [],
		})),
		remedies: ['R-01', 'R-02'].map((id, i) => ({
			...base,
			id,
			title: ['检查网络', '查询余额'][i]!,
			summary: '这是一个用于测试的解决方法。',
			match: [{ all: [['检查网络', '查询余额'][i]!], not: [] }],
			performer: ['商户' as const],
			steps: ['第一步操作', '第二步操作'],
			escalate: { when: '仍然失败', to: '收单机构' },
			replies: { merchant: '您好，这是一条用于测试的回复，请您按步骤处理，仍不行请联系收单机构。' },
		})),
		prevention: [
			{
				...base,
				id: 'P-01',
				title: '保持网络稳定',
				summary: '这是一个用于测试的预防措施。',
				match: [{ all: ['保持', '网络'], not: [] }],
				performer: ['商户'],
				steps: ['定期检查网络'],
			},
		],
		cases: [
			{
				...base,
				id: 'K-01',
				title: '超市网络案例',
				summary: '这是一个用于测试的案例说明。',
				match: [{ all: ['超市'], not: [] }],
				scenario: '超市',
				observed: '失败',
				rootCause: '网络',
				actions: ['检查'],
				outcome: '恢复',
				lesson: '保持网络',
				symptoms: ['S-01'],
				causes: ['C-01'],
				remedies: ['R-01'],
			},
		],
		codes: [],
		references: [{ id: 'art-test', kind: 'article', file: '900_test.txt', title: '测试文章', publisher: '测试' }],
		errata: [],
		unpublished: [{ id: 'U-01', all: ['本文'], reason: '文章自我介绍，不是事实。' }],
		statementForm: [],
		genericMeanings: [],
		foreignCodes: [],
		timings: [],
		diagnosis: [
			{
				symptom: 'S-01',
				first: ['R-01'],
				questions: [
					{
						id: 'cards',
						ask: '别的卡能成功吗？',
						answers: [
							{ id: 'only-this', label: '只有这张卡失败', outcome: { cause: 'C-03', also: [], remedies: ['R-02'] } },
							{ id: 'all', label: '别的卡也失败', next: 'network' },
						],
					},
					{
						id: 'network',
						ask: '网络正常吗？',
						answers: [
							{ id: 'down', label: '网络断了', outcome: { cause: 'C-01', also: [], remedies: ['R-01'] } },
							{ id: 'fine', label: '网络正常', outcome: { cause: 'C-02', also: [], remedies: ['R-01'] } },
						],
					},
				],
			},
		],
		reviews: [] as Catalogue['reviews'],
		locations: new Map([['C-01', { file: 'src/editorial/causes.yaml', line: 7 }]]),
		...overrides,
	} as Catalogue;
	// Every entry reviewed once, unless the test gives its own reviews.
	if (!overrides.reviews) {
		const parts = [catalogue.symptoms, catalogue.causes, catalogue.remedies, catalogue.prevention, catalogue.cases, catalogue.codes];
		catalogue.reviews = parts.flat().map((e) => ({ id: e.id, reviewed: '2026-12-01' }));
	}
	return catalogue;
}
