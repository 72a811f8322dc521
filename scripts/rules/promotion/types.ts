import type { PassageModel } from './scorer-model.ts';

/**
 * Types of the promotion rules (stage 4). A rule is data plus one small pure function; the vocabulary it matches comes
 * from src/editorial/promotion/*.yaml through {@link Lexicon}, so editors extend word lists without reading code.
 */

/** A hotline that may be published (src/editorial/hotlines.yaml). Every other 95xxx/96xxx hotline is removed. */
export interface OfficialHotline {
	/** Digits only, e.g. `95516`. */
	number: string;
	/** Who answers it, e.g. 中国银联客服. */
	name: string;
	description: string;
}

/** Word lists by name; an entry is a plain phrase or a `/regular expression/`. See src/editorial/promotion/README in each file. */
export type PromotionVocabulary = Readonly<Record<VocabularyList, readonly string[]>>;

/** Names of the vocabulary lists; each YAML file under src/editorial/promotion/ contributes to one or more of them. */
export const VOCABULARY_LISTS = [
	'brands',
	'products',
	'praise',
	'sectionHeadings',
	'callsToAction',
	'messengerLabels',
	'contactInvitations',
	'salesperson',
	'feeOffers',
	'recruitment',
	'furniture',
	'relatedHeadings',
	'clipboard',
	'metaCommentary',
	'metaLabels',
	'readingLabels',
	'spam',
	'cities',
	'saladStrong',
	'saladWeak',
	'saladVerbs',
	'metaFields',
	'contactLabelWords',
	'uiWords',
	'selfReference',
	'disclaimers',
	'productModifiers',
	'sellingClaims',
	'sloganWords',
	'topicWords',
	'latinTopicWords',
	'widgetWords',
	'listLabels',
	'pitchWords',
	'consultationTargets',
	'productClaims',
	'feeCuts',
] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

/** Editorial data stage 4 needs: hotlines that may stay, and the vocabulary of the rules. */
export interface PromotionContext {
	hotlines: readonly OfficialHotline[];
	vocabulary: PromotionVocabulary;
	/** The statistical passage scorer (src/editorial/passage-scorer.yaml); absent, the rule `passage-scorer` removes nothing. */
	scorer?: PassageModel | undefined;
}

/** Each vocabulary list compiled once into a case-insensitive regex (`never` when the list is empty). */
export type Lexicon = Readonly<Record<VocabularyList, RegExp>>;

/** What a rule sees besides the text. */
export interface RuleContext {
	/** The article title (first non-blank line, already cleaned); '' when scanning arbitrary text. */
	title: string;
	/** Numbers of the official hotlines. */
	hotlines: ReadonlySet<string>;
	lexicon: Lexicon;
	/**
	 * What rules with a `collect` step found in the whole text before any line was cleaned (the site's own name, the
	 * brands it sells), by rule ID: a name learned from one line is removed from every line.
	 */
	collected: ReadonlyMap<string, readonly string[]>;
	/** The passage scorer's model, when one is loaded. */
	scorer?: PassageModel | undefined;
}

/** A non-blank line as document rules see it (trimmed). */
export interface DocumentLine {
	/** 1-based line number. */
	line: number;
	text: string;
}

/** A half-open character range [start, end) to remove. */
export type Span = readonly [start: number, end: number];

interface RuleBase {
	/** Stable kebab-case ID, written to every Removal. */
	id: string;
	/** What the rule removes and why that is safe; judgment calls are recorded here. */
	description: string;
	/**
	 * Texts the rule must remove something from, and texts it must leave alone (traps).
	 * Each text is one article body (lines separated by `\n`); tests/unit/promotion-rules.test.ts runs them all with a
	 * fixed title ({@link EXAMPLE_TITLE}) in front.
	 */
	examples: { removes: readonly string[]; keeps: readonly string[] };
	/**
	 * True when the rule only makes sense on a whole article with a title (a table of contents, the repeated title, a
	 * breadcrumb above the title): the site checks, which scan a built page's text, leave it out.
	 */
	articleOnly?: true;
	/** Optional: why the rule removed this text (a score and its strongest features), written to the Removal's `detail`. */
	explain?(text: string, context: RuleContext): string;
}

/** Title the rule examples are run under. */
export const EXAMPLE_TITLE = 'POS机刷卡失败的原因及解决方法';

/** Decides whole lines from the document structure (sections, repeats, tables of contents). */
export interface DocumentRule extends RuleBase {
	scope: 'document';
	/**
	 * `before`: sees the lines as they came in (structure: sections, tables of contents, repeated title).
	 * `after`: sees the lines once every other rule has cleaned them (repeats are judged on clean text, so cleaning twice
	 * finds nothing new).
	 */
	phase: 'before' | 'after';
	/**
	 * Optional: true for a first line that is this rule's furniture and never the title (an SEO tag line above the
	 * title, a line with no word of the subject). The engine then removes it and takes the next line as the title; it
	 * asks the rules of both phases, on the raw line. `lines` are the article's non-blank lines as they came in, the
	 * lines above the title candidate included (a breadcrumb above it names the site's sections).
	 */
	rejectsTitle?(text: string, context: RuleContext, lines: readonly DocumentLine[]): boolean;
	/** Indices (into `lines`) of the lines to remove whole. `lines[0]` is the title line. */
	select(lines: readonly DocumentLine[], context: RuleContext): Iterable<number>;
}

/** Removes the whole line when it matches. */
export interface LineRule extends RuleBase {
	scope: 'line';
	matches(line: string, context: RuleContext): boolean;
}

/**
 * Removes clauses (text between , ， ; ； 。 ! ? and their full-width forms) that match; with `extent: 'sentence'` the
 * rest of the sentence up to 。!? goes too. The separators are removed so the kept text reads as a sentence.
 */
export interface ClauseRule extends RuleBase {
	scope: 'clause';
	extent: 'clause' | 'sentence';
	/**
	 * True when the rule only looks for something contained in the clause (no anchors), so a line it does not match
	 * has no clause it matches: the engine then tests the whole line once instead of every clause.
	 */
	containment: boolean;
	/**
	 * True for a selling clause (a URL, a contact, a call to action, an offer): such clauses leave instructions behind
	 * (“工作人员收到申请后…”), so when they make up most of their line, or the line names a brand, the engine removes the
	 * whole line as the pitch. Absent for clauses that never take factual text with them (meta-commentary, furniture).
	 */
	sells?: true;
	matches(clause: string, context: RuleContext): boolean;
}

/** Removes inserted words inside a sentence and keeps the sentence. */
export interface WordsRule extends RuleBase {
	scope: 'words';
	/**
	 * Optional first pass over every non-blank line of the text (before cleaning): names this rule removes wherever they
	 * occur, e.g. a site name learned from “本文由神卡网发布”. The engine stores them in {@link RuleContext.collected}.
	 */
	collect?(lines: readonly DocumentLine[], context: RuleContext): readonly string[];
	/**
	 * True when what `collect` finds is evidence about this page (it is a seller's page, a spun rewrite, a revision
	 * table), not a name to learn for the corpus: it never goes into the learned names (scripts/pipeline/learned.ts),
	 * and text scanned with the corpus's learned names (a built page) has no such evidence.
	 */
	pageEvidence?: true;
	spans(text: string, context: RuleContext): Span[];
}

export type PromotionRule = DocumentRule | LineRule | ClauseRule | WordsRule;
