import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cutBatch, cutLine, cutPage, formatSentence } from '../../scripts/corpus/cut-sentences.ts';

describe('cut-sentences (pre-labelled evidence samples)', () => {
	it('cuts at 。！？!?；; and keeps a run of marks, then closing quotes or brackets, with its sentence', () => {
		expect(cutLine('先重启。再重试！真的吗？？好；完')).toEqual(['先重启。', '再重试！', '真的吗？？', '好；', '完']);
		expect(cutLine('他说“别急。”然后走了')).toEqual(['他说“别急。”', '然后走了']);
		expect(cutLine('见说明(版本。)。下一句')).toEqual(['见说明(版本。)', '下一句']);
	});

	it('does not end a sentence at a garbled "?" before a letter, nor inside a broken numeric entity', () => {
		expect(cutLine('刷卡失???這可能?yàn證')).toEqual(['刷卡失???', '這可能?yàn證']);
		expect(cutLine('?#20445;?#33021;卡片。下一句')).toEqual(['?#20445;?#33021;卡片。', '下一句']);
	});

	it('keeps a table row whole and drops markup-only lines and leftover marks', () => {
		expect(cutLine('| 代码 | 含义？ | 处理。 |')).toEqual(['| 代码 | 含义？ | 处理。 |']);
		for (const line of ['-', '•', '|---|---|', '```', '+++', '??', '。', '  ']) expect(cutLine(line)).toEqual([]);
	});

	it('numbers lines from the address line and takes the nearest preceding line of at most 40 characters as heading', () => {
		const long = '这'.repeat(41);
		const sentences = cutPage('p-x', `https://example.org/a\n一、常见原因\n\n${long}。后句。\n另起一行`);
		expect(sentences).toEqual([
			{ page: 'p-x', line: 2, heading: '', text: '一、常见原因' },
			{ page: 'p-x', line: 4, heading: '一、常见原因', text: `${long}。` },
			{ page: 'p-x', line: 4, heading: '一、常见原因', text: '后句。' },
			{ page: 'p-x', line: 5, heading: '一、常见原因', text: '另起一行' },
		]);
		expect(formatSentence(sentences[0] as (typeof sentences)[number])).toBe(
			'- page: p-x\n  line: 2\n  kind: \'\'\n  heading: ""\n  text: "一、常见原因"\n  label: \'\'',
		);
	});

	// The development batches' pre-labelled samples, cut by the earlier collectors' script: this one reproduces them.
	for (const batch of ['heldout-9', 'heldout-10', 'heldout-11', 'heldout-12']) {
		it(`reproduces tests/evidence/sentences-${batch}.yaml (page, line, heading, text)`, async () => {
			const want = parse(await readFile(`tests/evidence/sentences-${batch}.yaml`, 'utf8')) as {
				page: string;
				line: number;
				heading: string;
				text: string;
			}[];
			const got = await cutBatch(batch);
			expect(got).toEqual(want.map(({ page, line, heading, text }) => ({ page, line, heading, text })));
		});
	}
});
