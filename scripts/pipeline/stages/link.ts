import type { Statement } from '../../../src/schemas/statement.ts';
import { COLLECTION_OF_KIND, type EntryKind, RELATION_FIELDS, type RelationField } from '../../../src/shared/relations.ts';
import type { Diagnostic, StageResult } from '../../diagnostics.ts';
import { error } from '../../diagnostics.ts';
import type { Catalogue } from '../catalogue.ts';
import type { MergedStatement } from './merge.ts';

/**
 * Stage 12, link: check every declared relation, derive the reverse direction of each (so no relation is written twice),
 * attach the merged statements to the entries they support, and list each entry's related IDs in page order.
 */

type Relations = Record<RelationField, string[]>;

/** A catalogue entry with its relations filled in and its supporting statements: what the site publishes. */
export interface LinkedEntry {
	kind: EntryKind;
	id: string;
	data: Record<string, unknown>;
	relations: Relations;
	/** Statements with every place they appear (emit shortens the list for the page). */
	statements: Array<Omit<Statement, 'occurrences' | 'sourceCount'>>;
	/** Every entry ID its page links to, in page order. */
	related: string[];
}

/** The relations each type declares in the catalogue; every other relation field is derived from these. */
const DECLARED: ReadonlyArray<{ from: EntryKind; field: RelationField }> = [
	{ from: 'symptom', field: 'causes' },
	{ from: 'cause', field: 'remedies' },
	{ from: 'cause', field: 'prevention' },
	{ from: 'case', field: 'symptoms' },
	{ from: 'case', field: 'causes' },
	{ from: 'case', field: 'remedies' },
	{ from: 'code', field: 'symptoms' },
	{ from: 'code', field: 'causes' },
	{ from: 'code', field: 'remedies' },
];

const TYPE_NAME: Record<RelationField, string> = {
	symptoms: 'symptom',
	causes: 'cause',
	remedies: 'remedy',
	prevention: 'prevention measure',
	cases: 'case',
	codes: 'response code',
};

const emptyRelations = (): Relations => ({ symptoms: [], causes: [], remedies: [], prevention: [], cases: [], codes: [] });

export function link(catalogue: Catalogue, statements: readonly MergedStatement[]): StageResult<LinkedEntry[]> {
	const diagnostics: Diagnostic[] = [];
	const entries = new Map<string, LinkedEntry>();
	const where = (id: string) => ({
		file: catalogue.locations.get(id)?.file ?? 'src/editorial',
		line: catalogue.locations.get(id)?.line,
		entry: id,
	});

	for (const kind of Object.keys(COLLECTION_OF_KIND) as EntryKind[]) {
		for (const raw of catalogue[COLLECTION_OF_KIND[kind]] as ReadonlyArray<{ id: string }>) {
			const { match: _match, ...data } = raw as { id: string; match?: unknown };
			entries.set(raw.id, { kind, id: raw.id, data, relations: emptyRelations(), statements: [], related: [] });
		}
	}

	// 1. Declared relations, checked; 2. their reverse, derived.
	for (const { from, field } of DECLARED) {
		for (const raw of catalogue[COLLECTION_OF_KIND[from]] as ReadonlyArray<Record<string, unknown> & { id: string }>) {
			const source = entries.get(raw.id)!;
			for (const target of (raw[field] as string[] | undefined) ?? []) {
				const other = entries.get(target);
				const targetKind = other?.kind;
				if (!other || !targetKind || COLLECTION_OF_KIND[targetKind] !== field) {
					diagnostics.push(
						error(
							'catalogue/broken-reference',
							where(raw.id),
							`${raw.id} lists ${TYPE_NAME[field]} ${target} under "${field}", but no ${TYPE_NAME[field]} ${target} exists.`,
							`Add ${target} to src/editorial/${field}.yaml or remove it from ${raw.id}.`,
						),
					);
					continue;
				}
				if (source.relations[field].includes(target)) continue;
				source.relations[field].push(target);
				const back = other.relations[COLLECTION_OF_KIND[from]];
				if (!back.includes(raw.id)) back.push(raw.id);
			}
		}
	}

	// Every remedy and every prevention measure must be reachable from a cause.
	for (const entry of entries.values()) {
		if ((entry.kind === 'remedy' || entry.kind === 'prevention') && entry.relations.causes.length === 0) {
			diagnostics.push(
				error(
					'catalogue/orphan',
					where(entry.id),
					`${entry.id} is not listed by any cause, so no reader can reach it from a symptom.`,
					`List ${entry.id} under "${entry.kind === 'remedy' ? 'remedies' : 'prevention'}" of the cause(s) it addresses in src/editorial/causes.yaml.`,
				),
			);
		}
	}

	// 3. Statements go to the entries they support; "U-…" placements are deliberately not published.
	for (const statement of statements) {
		for (const id of statement.entries) {
			const entry = entries.get(id);
			if (!entry) continue;
			entry.statements.push({ id: statement.id, kind: statement.kind, text: statement.text, sources: statement.sources });
		}
	}

	for (const entry of entries.values()) {
		// Derived relations are listed in catalogue order of their source entries, so output is deterministic.
		entry.related = RELATION_FIELDS[entry.kind].flatMap((field) => entry.relations[field]);
	}

	return diagnostics.some((d) => d.severity === 'error')
		? { ok: false, diagnostics }
		: { ok: true, value: [...entries.values()], diagnostics };
}
