/**
 * How the evidence of an entry (资料来源中的说法) is laid out, for the entry page and its "all statements" pages: the most
 * representative statements on the entry page, the rest one step away, a page of them at a time.
 */

/** Statements shown on an entry page; the others are on its all-statements page. */
export const SHOWN_ON_ENTRY_PAGE = 12;

/** Statements per all-statements page. */
export const STATEMENTS_PER_PAGE = 100;

/** Path of an entry's all-statements page `page` (1 = the first), e.g. /causes/C-01/statements/ and …/statements/2/. */
export const statementsPath = (entryPath: string, page = 1): string => `${entryPath}statements/${page > 1 ? `${page}/` : ''}`;

/**
 * How many all-statements pages an entry with `count` statements has: always the first (/…/<id>/statements/, a
 * permanent URL, recorded in src/editorial/published-urls.txt whatever the corpus), then one per further
 * STATEMENTS_PER_PAGE (…/statements/2/ …, which come and go with the corpus and are not recorded).
 */
export const statementPages = (count: number): number => Math.max(1, Math.ceil(count / STATEMENTS_PER_PAGE));

/** Whether the entry page links to its all-statements page: when it does not show every statement itself. */
export const linksAllStatements = (count: number): boolean => count > SHOWN_ON_ENTRY_PAGE;
