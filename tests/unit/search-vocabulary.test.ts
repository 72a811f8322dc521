import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflicts, parseVocabulary } from '../../scripts/pipeline/search-vocabulary.ts';
import { type Vocabulary, vocabularySchema } from '../../src/schemas/vocabulary.ts';

/** Parsing and checking src/editorial/vocabulary.yaml (scripts/pipeline/search-vocabulary.ts). */

/** A vocabulary with every list empty but what a test gives. */
function vocabularyOf(extra: Partial<Vocabulary>): Vocabulary {
	return {
		regional: [],
		typos: [],
		synonyms: [],
		fillers: [],
		particles: [],
		units: [],
		names: [],
		minor: [],
		wholeWords: [],
		englishForms: [],
		messages: [],
		messageSources: [],
		codeTerm: '应答码',
		...extra,
	};
}

describe('vocabulary file', () => {
	it('parses and has no conflicting rules', () => {
		const result = parseVocabulary(readFileSync('src/editorial/vocabulary.yaml', 'utf8'), 'vocabulary.yaml');
		expect(result.diagnostics).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('allows spaces in a phrase only between ASCII words', () => {
		const accepts = (phrase: string): boolean =>
			vocabularySchema.safeParse({ synonyms: [{ canonical: '不予承兑', variants: [phrase] }], codeTerm: '应答码' }).success;
		expect(accepts('do not honor')).toBe(true);
		expect(accepts('刷不了')).toBe(true);
		expect(accepts('刷 不了')).toBe(false);
		expect(accepts('do  not')).toBe(false);
		expect(accepts(' do')).toBe(false);
	});

	it('reports a phrase rewritten two ways and a canonical term that would be rewritten again', () => {
		const problems = conflicts(
			vocabularyOf({
				synonyms: [
					{ canonical: '扣款', variants: ['扣钱'] },
					{ canonical: '退款', variants: ['扣钱', '扣'] },
				],
			}),
		);
		expect(problems.some((p) => p.includes('"扣钱"'))).toBe(true);
		expect(problems.some((p) => p.includes('"扣款" contains "扣"'))).toBe(true);
	});

	it('reports a terminal message that cites no listed source and an English word folded two ways', () => {
		const problems = conflicts(
			vocabularyOf({
				synonyms: [{ canonical: '扣款', variants: ['扣钱'] }],
				englishForms: [
					{ form: 'communication', written: ['comms'], why: 'COMMS FAIL' },
					{ form: 'comment', written: ['comms'], why: 'a second, contradicting form' },
				],
				messages: [{ texts: ['COMMS FAIL'], entries: ['S-06'], sources: ['nowhere'] }],
				messageSources: [{ id: 'somewhere', title: 'A list', location: 'a public page' }],
			}),
		);
		expect(problems.some((p) => p.includes('"nowhere"'))).toBe(true);
		expect(problems.some((p) => p.includes('"comms"'))).toBe(true);
	});
});
