import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../scripts/pipeline/catalogue.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { checkStatementForm, compileFormLexicon, findPhrase, STATEMENT_FORM_RULES } from '../../scripts/rules/statement-form/index.ts';

const catalogue = parseCatalogue(await readEditorial('src/editorial'), 'src/editorial');
const classes = catalogue.ok ? catalogue.value.statementForm : [];
const lexicon = compileFormLexicon(classes);

describe('statement-form rules', () => {
	it('has unique kebab-case ids, a description and both kinds of examples for every rule', () => {
		expect(catalogue.diagnostics).toEqual([]);
		const ids = STATEMENT_FORM_RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of STATEMENT_FORM_RULES) {
			expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
			expect(rule.description.length).toBeGreaterThan(40);
			expect(rule.examples.rejects.length, `${rule.id} rejects`).toBeGreaterThan(0);
			expect(rule.examples.accepts.length, `${rule.id} accepts`).toBeGreaterThan(0);
		}
	});
});

describe.each(STATEMENT_FORM_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
	it.each(rule.examples.rejects.map((text) => [text]))('rejects %j', (text) => {
		expect(rule.rejects(text)).toBeTypeOf('string');
	});
	it.each(rule.examples.accepts.map((text) => [text]))('accepts %j, and so does every other check', (text) => {
		expect(rule.rejects(text)).toBeUndefined();
		expect(checkStatementForm(text, lexicon)).toBeUndefined();
	});
});

describe('phrase classes of src/editorial/statement-form.yaml', () => {
	it('has classes for meta, filler, furniture, calls and promotion', () => {
		expect(new Set(classes.map((c) => c.label))).toEqual(new Set(['meta', 'filler', 'furniture', 'call', 'promotion']));
	});
	it.each(classes.flatMap((c) => c.examples.map((text) => [c.id, text] as const)))('%s finds a phrase in its example %j', (id, text) => {
		expect(findPhrase(text, { classes: lexicon.classes.filter((c) => c.id === id) })?.id).toBe(id);
	});
	it('reports the class and the phrase it found', () => {
		expect(checkStatementForm('咱们就用大白话捋一捋刷卡失败的原因。', lexicon)).toEqual({ rule: 'SF-03', label: 'filler', found: '咱们' });
	});
	it('matches start phrases only at the start, after a numbering or a label', () => {
		expect(checkStatementForm('2、别急，先查交易记录。', lexicon)?.rule).toBe('SF-02');
		expect(checkStatementForm('收银员说别急，先查交易记录。', lexicon)).toBeUndefined();
	});
});
