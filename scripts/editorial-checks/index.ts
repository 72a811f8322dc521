import type { Diagnostic } from '../diagnostics.ts';
import type { Catalogue } from '../pipeline/catalogue.ts';
import { codeAlias, reportedVariant, retryDisplayCaution, retryMatchesCategory, routedToRemedy, visaSourced } from './codes.ts';
import { diagnosisCauses, diagnosisCoverage, diagnosisPaths } from './diagnosis.ts';
import { foreignCodeTarget } from './foreign-codes.ts';
import { editorialPublishable } from './publication.ts';
import { replyAddressee, replyGarbled, replyGenericDecline } from './replies.ts';
import { entryReviewed } from './reviews.ts';
import { entrySourced, referenceKnown } from './sources.ts';
import { timingShown } from './timings.ts';
import type { EditorialCheck } from './types.ts';
import { aliasCount, aliasUnique, neutral, noGarbledWords, standardTerms, stepUnnumbered } from './writing.ts';

/** Every editorial rule, in the order their diagnostics are printed. */
export const EDITORIAL_CHECKS: readonly EditorialCheck[] = [
	replyAddressee,
	replyGarbled,
	replyGenericDecline,
	entrySourced,
	referenceKnown,
	stepUnnumbered,
	aliasCount,
	aliasUnique,
	standardTerms,
	neutral,
	noGarbledWords,
	retryMatchesCategory,
	retryDisplayCaution,
	routedToRemedy,
	codeAlias,
	reportedVariant,
	visaSourced,
	diagnosisCoverage,
	diagnosisPaths,
	diagnosisCauses,
	foreignCodeTarget,
	timingShown,
	entryReviewed,
	editorialPublishable,
];

/** Runs every rule over a validated catalogue. */
export function runEditorialChecks(catalogue: Catalogue, checks: readonly EditorialCheck[] = EDITORIAL_CHECKS): Diagnostic[] {
	return checks.flatMap((rule) => rule.check(catalogue));
}
