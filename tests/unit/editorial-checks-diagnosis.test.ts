import { describe, expect, it } from 'vitest';
import { diagnosisCauses, diagnosisCoverage, diagnosisPaths } from '../../scripts/editorial-checks/diagnosis.ts';
import type { EditorialCheck } from '../../scripts/editorial-checks/types.ts';
import type { Catalogue } from '../../scripts/pipeline/catalogue.ts';
import { loadEditorial } from '../../scripts/pipeline/editorial.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import type { QuickDiagnosis } from '../../src/schemas/diagnosis.ts';
import { smallCatalogue } from '../helpers/catalogue.ts';

/** The small catalogue with S-01's diagnosis changed by `edit` (and located at line 3 of diagnosis.yaml). */
function withDiagnosis(edit: (d: QuickDiagnosis) => QuickDiagnosis | QuickDiagnosis[]): Catalogue {
	const base = smallCatalogue();
	const edited = edit(structuredClone(base.diagnosis[0]!));
	return {
		...base,
		diagnosis: Array.isArray(edited) ? edited : [edited],
		locations: new Map([['diagnosis:S-01', { file: 'src/editorial/diagnosis.yaml', line: 3 }]]),
	};
}
const messages = (rule: EditorialCheck, catalogue: Catalogue) => rule.check(catalogue).map((d) => d.message);

describe('the small catalogue', () => {
	it('passes every diagnosis rule', () => {
		for (const rule of [diagnosisCoverage, diagnosisPaths, diagnosisCauses]) expect(rule.check(smallCatalogue())).toEqual([]);
	});
});

describe('diagnosis/missing', () => {
	it('rejects a symptom without a diagnosis, and a diagnosis of no symptom or a second one', () => {
		expect(messages(diagnosisCoverage, smallCatalogue({ diagnosis: [] }))).toEqual(['Symptom S-01 (刷卡失败) has no quick diagnosis.']);
		const extra = withDiagnosis((d) => [d, d, { ...d, symptom: 'S-09' }]);
		expect(messages(diagnosisCoverage, extra)).toEqual([
			'Symptom S-01 has 2 quick diagnoses.',
			'The quick diagnosis of S-09 belongs to no symptom of the catalogue.',
		]);
	});
});

describe('diagnosis/dead-end', () => {
	it('rejects an answer leading to a question that does not exist, with file, line and entry', () => {
		const [d, ...rest] = diagnosisPaths.check(
			withDiagnosis((x) => {
				x.questions[0]!.answers[1]!.next = 'nowhere';
				return x;
			}),
		);
		expect(d).toMatchObject({ code: 'diagnosis/dead-end', file: 'src/editorial/diagnosis.yaml', line: 3, entry: 'diagnosis:S-01' });
		expect(d!.message).toContain('"nowhere"');
		// The orphaned question is reported too: no answer leads to it any more.
		expect(rest.map((r) => r.message)).toEqual(['Question "network" of S-01 follows no answer: nobody can reach it.']);
	});

	it('rejects a remedy that does not exist, a loop and a third question on one path', () => {
		const unknown = withDiagnosis((x) => {
			x.questions[1]!.answers[0]!.outcome!.remedies = ['R-99'];
			return x;
		});
		expect(messages(diagnosisPaths, unknown).join()).toMatch(/remedy R-99, which does not exist/);
		const loop = withDiagnosis((x) => {
			x.questions[1]!.answers[0] = { id: 'back', label: '回到开头', next: 'cards' };
			return x;
		});
		expect(messages(diagnosisPaths, loop).join()).toMatch(/a loop/);
		const deep = withDiagnosis((x) => {
			x.questions[1]!.answers[0] = { id: 'more', label: '再问一个', next: 'third' };
			const outcome = { cause: 'C-01', also: [], remedies: ['R-01'] };
			x.questions.push({
				id: 'third',
				ask: '第三个问题？',
				answers: [
					{ id: 'yes', label: '是', outcome },
					{ id: 'no', label: '不是', outcome },
				],
			});
			return x;
		});
		expect(messages(diagnosisPaths, deep)).toEqual([
			'Question "third" of S-01 is question 3 on its path: a remedy would be more than 3 taps away.',
		]);
	});

	it('rejects a question asked after two answers (no single anchor path)', () => {
		const shared = withDiagnosis((x) => {
			x.questions[0]!.answers[0] = { id: 'only-this', label: '只有这张卡失败', next: 'network' };
			return x;
		});
		expect(messages(diagnosisPaths, shared).join()).toMatch(/follows several answers \(cards\/only-this, cards\/all\)/);
	});
});

describe('diagnosis/unreachable-cause', () => {
	it('rejects a cause of the symptom that no outcome reaches', () => {
		const missing = withDiagnosis((x) => {
			x.questions[1]!.answers[1]!.outcome!.cause = 'C-01';
			return x;
		});
		expect(messages(diagnosisCauses, missing)).toEqual(['Cause C-02 of S-01 is reached by no answer of its quick diagnosis.']);
	});

	it("rejects an outcome whose remedies do not address its cause, and a cause that is not the symptom's", () => {
		const unrelated = withDiagnosis((x) => {
			x.questions[0]!.answers[0]!.outcome!.remedies = ['R-01'];
			return x;
		});
		expect(messages(diagnosisCauses, unrelated)).toEqual(['No remedy of outcome cards/only-this (R-01) addresses its likely cause C-03.']);
		const foreign = withDiagnosis((x) => {
			x.questions[0]!.answers[0]!.outcome!.also = ['C-44'];
			return x;
		});
		expect(messages(diagnosisCauses, foreign)).toEqual(['Outcome cards/only-this of S-01 names C-44, which is not a cause of S-01.']);
	});
});

describe('the shipped diagnosis.yaml', () => {
	it('gives every symptom of the catalogue a diagnosis that passes every rule', async () => {
		const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
		expect(loaded.diagnostics.filter((d) => d.code.startsWith('diagnosis/'))).toEqual([]);
		if (!loaded.ok) throw new Error('the editorial data does not load');
		const { symptoms, diagnosis } = loaded.value.catalogue;
		expect(diagnosis.map((d) => d.symptom).sort()).toEqual(symptoms.map((s) => s.id).sort());
		for (const d of diagnosis) expect(d.questions.length, d.symptom).toBeGreaterThanOrEqual(2);
	});
});
