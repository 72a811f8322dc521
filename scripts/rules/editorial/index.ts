import { unknownReferenceRule, unsourcedRule } from './sourced.ts';
import type { EditorialRule } from './types.ts';

/** The rules the editorial data must meet, in the order their findings are reported. */
export const EDITORIAL_RULES: readonly EditorialRule[] = [unsourcedRule, unknownReferenceRule];

export type { EditorialFinding, EditorialRule } from './types.ts';
