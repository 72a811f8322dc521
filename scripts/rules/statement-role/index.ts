import { STATEMENT_ROLE_RULES } from './rules.ts';
import type { RoleVerdict } from './types.ts';

export { STATEMENT_ROLE_RULES } from './rules.ts';
export type { RoleVerdict, StatementRole, StatementRoleRule } from './types.ts';

/** The role a statement plays, by the first rule that finds it; undefined when its form says none. Pure. */
export function roleOf(text: string): RoleVerdict | undefined {
	for (const rule of STATEMENT_ROLE_RULES) {
		const found = rule.finds(text);
		if (found !== undefined) return { role: rule.role, rule: rule.id, found };
	}
	return undefined;
}
