import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { editorialPublishable } from './publication.ts';
import { replyAddressee, replyGarbled, replyGenericDecline } from './replies.ts';
import { entrySourced, referenceKnown } from './sources.ts';
import type { EditorialCheck } from './types.ts';

/** Every editorial rule, in the order their diagnostics are printed. */
export const EDITORIAL_CHECKS: readonly EditorialCheck[] = [
	replyAddressee,
	replyGarbled,
	replyGenericDecline,
	entrySourced,
	referenceKnown,
	editorialPublishable,
];

/** Runs every rule over a validated catalogue. */
export function runEditorialChecks(catalogue: Catalogue, checks: readonly EditorialCheck[] = EDITORIAL_CHECKS): Diagnostic[] {
	return checks.flatMap((rule) => rule.check(catalogue));
}
