import type { Provenance } from '../../../src/schemas/statement.ts';
import { CODE_ROW } from '../../rules/statement-form/rules.ts';
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
	/** Where it was read; `section` is the heading it stands under (for the reader, not for placement). */
	provenance: Provenance;
}

/**
 * Items become statements: a labelled or numbered item is one statement; running text gives one per sentence, except a
 * response-code row ("07 ——没收卡。特殊情况下请联系收单银行没收卡。"), whose sentences only make sense together.
 */
export function cut(items: readonly ClassifiedItem[]): Unit[] {
	const units: Unit[] = [];
	for (const item of items) {
		if (item.role === 'heading') continue;
		const section = item.headings.at(-1) ?? '';
		const provenance = { file: item.file, section, line: item.line };
		const texts =
			item.role === 'item'
				? [item.label ? `${item.label}：${item.text}` : item.text]
				: CODE_ROW.test(item.text)
					? [item.text]
					: item.sentences;
		for (const raw of texts) {
			if (raw === item.label && !item.text) continue;
			const text = typesetChinese(raw);
			units.push({ kind: item.kind, text, provenance });
		}
	}
	return units;
}
