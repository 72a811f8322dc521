import type { ClassifiedItem } from '../../scripts/pipeline/types.ts';

/** A classified list item for the tests of stages 8–10 (cut, place, merge): one sentence, under `headings`. */
export const classifiedItem = (
	file: string,
	line: number,
	kind: ClassifiedItem['kind'],
	text: string,
	headings: string[] = ['原因'],
): ClassifiedItem => ({
	file,
	line,
	role: 'item',
	depth: headings.length,
	headings,
	label: '',
	text,
	sentences: [text],
	kind,
});
