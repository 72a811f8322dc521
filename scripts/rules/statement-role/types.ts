/**
 * What a statement does, read from its own form (issue 14, placement by role): it defines a term, describes how
 * something works, names a cause, tells what to do, tells how to avoid a problem, or describes what the reader sees; or
 * it is neutral: it names no problem at all.
 */
export type StatementRole = 'definition' | 'background' | 'cause' | 'remedy' | 'prevention' | 'symptom' | 'neutral';

/**
 * One rule of the statement-role check. It sees the statement alone (never its article or section), so the same text
 * gets the same role wherever it appears.
 */
export interface StatementRoleRule {
	/** Stable kebab-case ID, `role-…`. */
	id: string;
	/** The role a statement this rule finds plays. */
	role: StatementRole;
	/** What the rule finds and why it says the role; judgment calls are recorded here. */
	description: string;
	/** Real statements it must find, and real statements it must leave to a later rule (tests/unit/statement-role.test.ts). */
	examples: { finds: readonly string[]; ignores: readonly string[] };
	/**
	 * What in the statement shows the role (a short excerpt; for a definition or background, the term or subject it is
	 * about), or undefined when this rule does not apply.
	 */
	finds(text: string): string | undefined;
}

/** The role of a statement and the rule that gave it. */
export interface RoleVerdict {
	role: StatementRole;
	rule: string;
	found: string;
}
