import { describe, expect, it } from 'vitest';
import { EDITORIAL_CHECKS } from '../../scripts/editorial-checks/index.ts';
import { aliasCount, aliasUnique, neutral, noGarbledWords, standardTerms, stepUnnumbered } from '../../scripts/editorial-checks/writing.ts';
import type { Catalogue } from '../../scripts/pipeline/catalogue.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

const RULES = [stepUnnumbered, aliasCount, aliasUnique, standardTerms, neutral, noGarbledWords];

/** The small catalogue with four aliases of its own on every entry (and C-02 declared at causes.yaml:30). */
function catalogue(): Catalogue {
	const base = smallCatalogue({ locations: new Map([['C-02', { file: 'src/editorial/causes.yaml', line: 30 }]]) });
	for (const part of ['symptoms', 'causes', 'remedies', 'prevention', 'cases'] as const)
		for (const entry of base[part]) entry.aliases = [1, 2, 3, 4].map((n) => `${entry.id}别名${n}`);
	return base;
}

describe('writing rules of the catalogue', () => {
	it('are registered and pass a catalogue that follows them', () => {
		for (const rule of RULES) {
			expect(EDITORIAL_CHECKS, rule.code).toContain(rule);
			expect(rule.check(catalogue()), rule.code).toEqual([]);
		}
	});
});

describe('catalogue/numbered-step', () => {
	it('reports a step that numbers itself, in digits or Chinese numerals, and not a step that starts with a number word', () => {
		const c = catalogue();
		c.remedies[0]!.steps = ['1. 检查网络', '第二步操作', '2台终端轮流试'];
		c.prevention[0]!.steps = ['三、定期检查网络'];
		const found = stepUnnumbered.check(c);
		expect(found.map((d) => [d.entry, d.file])).toEqual([
			['R-01', 'src/editorial/remedies.yaml'],
			['P-01', 'src/editorial/prevention.yaml'],
		]);
		expect(found[0]).toMatchObject({ severity: 'error', code: 'catalogue/numbered-step' });
		expect(found[0]!.message).toContain('Step 1');
		expect(found[0]!.hint).toMatch(/#step-N/);
	});
});

describe('catalogue/alias-count', () => {
	it('reports fewer than 4 and more than 12 aliases, with the count, file and line', () => {
		const c = catalogue();
		c.causes[1]!.aliases = ['网络', '信号', '断网'];
		c.cases[0]!.aliases = Array.from({ length: 13 }, (_, i) => `案例${i}`);
		c.symptoms[0]!.aliases = Array.from({ length: 12 }, (_, i) => `失败${i}`);
		const found = aliasCount.check(c);
		expect(found.map((d) => d.entry)).toEqual(['C-02', 'K-01']);
		expect(found[0]).toMatchObject({ file: 'src/editorial/causes.yaml', line: 30, code: 'catalogue/alias-count' });
		expect(found[0]!.message).toContain('3 aliases');
		expect(found[1]!.message).toContain('13 aliases');
	});
});

describe('catalogue/alias-duplicate', () => {
	it('reports an alias of two entries and an alias listed twice, ignoring case and spaces', () => {
		const c = catalogue();
		c.causes[1]!.aliases.push('c-01别名1');
		c.remedies[0]!.aliases.push('R-01 别名2');
		const found = aliasUnique.check(c);
		expect(found.map((d) => d.entry)).toEqual(['C-02', 'R-01']);
		expect(found[0]!.message).toContain('already an alias of C-01');
		expect(found[1]!.message).toContain('twice');
	});
});

describe('catalogue/non-standard-term', () => {
	it('reports 发卡银行 in published text but not in match rules', () => {
		const c = catalogue();
		c.causes[0]!.summary = '请联系发卡银行。';
		c.causes[1]!.match = [{ all: ['发卡银行'], not: [] }];
		const found = standardTerms.check(c);
		expect(found.map((d) => d.entry)).toEqual(['C-01']);
		expect(found[0]!.hint).toContain('发卡行');
	});
});

describe('catalogue/not-neutral', () => {
	it('reports addresses, brand names and phone numbers other than 95516', () => {
		const c = catalogue();
		c.symptoms[0]!.summary = '详见 www.example.com 。';
		c.causes[0]!.summary = '使用拉卡拉的终端时。';
		c.remedies[0]!.escalate = { when: '仍然失败', to: '拨打 4001234567' };
		c.remedies[1]!.escalate = { when: '仍然失败', to: '拨打 95516' };
		const found = neutral.check(c);
		expect(found.map((d) => d.entry)).toEqual(['S-01', 'C-01', 'R-01']);
		expect(found.map((d) => d.message)).toEqual([
			expect.stringContaining('web address'),
			expect.stringContaining('拉卡拉'),
			expect.stringContaining('4001234567'),
		]);
	});
});

describe('catalogue/garbled-word', () => {
	it('reports a garbled word in any field, match rules included', () => {
		const c = catalogue();
		c.causes[2]!.match = [{ all: ['KA卡'], not: [] }];
		c.prevention[0]!.steps = ['检查POSS机'];
		const found = noGarbledWords.check(c);
		expect(found.map((d) => d.entry)).toEqual(['C-03', 'P-01']);
		expect(found[1]!.message).toContain('POSS');
	});
});
