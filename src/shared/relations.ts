/**
 * The relation fields of each entry type, in the order its page shows them. The link stage fills them
 * (declared ones from the catalogue, reverse ones derived), the pages render them in this order, and
 * `/api/entries.json` lists them as `related`: one declaration, three uses.
 */
export const RELATION_FIELDS = {
	symptom: ['causes', 'codes', 'cases'],
	cause: ['remedies', 'prevention', 'symptoms', 'codes', 'cases'],
	remedy: ['causes', 'codes', 'cases'],
	prevention: ['causes'],
	case: ['symptoms', 'causes', 'remedies'],
	code: ['symptoms', 'causes', 'remedies'],
} as const;

/** The relation field names, which are also collection names. */
export type RelationField = (typeof RELATION_FIELDS)[keyof typeof RELATION_FIELDS][number];

/** Section headings on entry pages, per relation field and the type of the page it appears on. */
export const RELATION_LABELS: Record<RelationField, string> = {
	symptoms: '相关症状',
	causes: '可能原因',
	remedies: '解决方法',
	prevention: '预防措施',
	cases: '相关案例',
	codes: '相关应答码',
};

/** URL path of an entry page. IDs are permanent, so these paths are too. */
export const ENTRY_PATH = {
	symptom: (id: string) => `/symptoms/${id}/`,
	cause: (id: string) => `/causes/${id}/`,
	remedy: (id: string) => `/remedies/${id}/`,
	prevention: (id: string) => `/prevention/${id}/`,
	case: (id: string) => `/cases/${id}/`,
	code: (id: string) => `/codes/${id}/`,
} as const;

/** Chinese name of each entry type, as shown in badges and search filters. */
export const TYPE_LABEL = {
	symptom: '症状',
	cause: '原因',
	remedy: '解决方法',
	prevention: '预防',
	case: '案例',
	code: '应答码',
} as const;

export type EntryKind = keyof typeof RELATION_FIELDS;

/** The entry type of an ID: S-, C-, R-, P-, K- prefixes; two characters for a response code. */
export function kindOfId(id: string): EntryKind | undefined {
	if (/^[0-9A-Z]{2}$/.test(id)) return 'code';
	const prefixes: Record<string, EntryKind> = { S: 'symptom', C: 'cause', R: 'remedy', P: 'prevention', K: 'case' };
	const m = /^([SCRPK])-\d{2,3}$/.exec(id);
	return m ? prefixes[m[1]!] : undefined;
}

/** The content collection that holds each entry type (src/content.config.ts). */
export const COLLECTION_OF_KIND = {
	symptom: 'symptoms',
	cause: 'causes',
	remedy: 'remedies',
	prevention: 'prevention',
	case: 'cases',
	code: 'codes',
} as const satisfies Record<EntryKind, RelationField>;
