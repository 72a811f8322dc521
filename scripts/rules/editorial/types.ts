import type { Catalogue } from '../../pipeline/catalogue.ts';

/** One problem an editorial rule finds: which entry, what is wrong, how to fix it. */
export interface EditorialFinding {
	/** The entry (or reference) ID the problem is about; its file and line come from the catalogue's locations. */
	entry: string;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it, in one sentence. */
	hint: string;
}

/**
 * A rule over the editorial data as a whole, checked before any source is read: a stable code, what it requires,
 * how bad a breach is, and the check itself (pure: the catalogue in, findings out).
 */
export interface EditorialRule {
	/** Stable diagnostic code, e.g. `catalogue/unsourced`. */
	code: string;
	/** What the rule requires, for editors (README, Troubleshooting). */
	description: string;
	/** `error` stops the run; `warning` is reported. */
	severity: 'error' | 'warning';
	check(catalogue: Catalogue): EditorialFinding[];
}
