import type { Provenance } from '../../../src/schemas/statement.ts';
import { typesetChinese } from '../text/typeset.ts';
import type { ClassifiedItem, StatementKind } from '../types.ts';

/**
 * Stage 8, cut: classified items become statements, one per labelled or numbered item and one per sentence of running
 * text, typeset as the pages print them (full-width marks next to Chinese, scripts/pipeline/text/typeset.ts).
 */

/** One statement of one article, where it stands. */
export interface Unit {
	kind: StatementKind;
	text: string;
	/** The subsection heading the statement stands under ('' when it names no subject): match rules see it too. */
	subject: string;
	provenance: Provenance;
}

/** Items become statements: a labelled or numbered item is one statement; running text gives one per sentence. */
export function cut(items: readonly ClassifiedItem[]): Unit[] {
	const units: Unit[] = [];
	for (const item of items) {
		if (item.role === 'heading') continue;
		const section = item.headings.at(-1) ?? '';
		// A subsection heading ("（一）账户余额不足") names the subject of the text under it; a top heading is too broad.
		const subject = item.headings.length >= 2 ? section : '';
		const provenance = { file: item.file, section, line: item.line };
		const texts = item.role === 'item' ? [item.label ? `${item.label}：${item.text}` : item.text] : item.sentences;
		for (const raw of texts) {
			if (raw === item.label && !item.text) continue;
			const text = typesetChinese(raw);
			units.push({ kind: item.kind, text, subject, provenance });
		}
	}
	return units;
}
