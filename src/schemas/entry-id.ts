import { z } from 'astro/zod';

/** Entry types and the ID prefix each one uses. IDs are permanent: never reused or renumbered. */
export const ENTRY_PREFIXES = {
	symptom: 'S',
	cause: 'C',
	remedy: 'R',
	prevention: 'P',
	case: 'K',
} as const;

export const entryIdSchema = (type: keyof typeof ENTRY_PREFIXES) =>
	z.string().regex(new RegExp(`^${ENTRY_PREFIXES[type]}-\\d{2,3}$`), `ID must look like ${ENTRY_PREFIXES[type]}-01`);

export const symptomIdSchema = entryIdSchema('symptom');
export const causeIdSchema = entryIdSchema('cause');
export const remedyIdSchema = entryIdSchema('remedy');
export const preventionIdSchema = entryIdSchema('prevention');
export const caseIdSchema = entryIdSchema('case');
/** Response codes are identified by the code itself: two characters, digits or capital letters. */
export const codeIdSchema = z.string().regex(/^[0-9A-Z]{2}$/, 'a response code is two digits or capital letters, e.g. 51 or A0');
