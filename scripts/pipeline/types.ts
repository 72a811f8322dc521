/**
 * Data that flows between pipeline stages. Every stage is a pure function from one of these to the next; problems
 * travel as diagnostics (scripts/diagnostics.ts).
 */

/** A raw source file as read from disk. */
export interface SourceFile {
	/** File name (no directory), used as the provenance key. */
	file: string;
	bytes: Uint8Array;
}

/** Stage 1 output: the text of a source, decoded, with LF line ends. */
export interface DecodedSource {
	file: string;
	/** Encoding that was detected, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`. */
	encoding: string;
	text: string;
}

/** One line of a source after normalization. Line numbers are those of the decoded text. */
export interface SourceLine {
	/** 1-based line number in the decoded text. */
	line: number;
	text: string;
}

/** Stage 2 output. */
export interface NormalizedSource {
	file: string;
	encoding: string;
	/** Every line of the decoded text, blank ones included, normalized. */
	lines: SourceLine[];
	/** Whole-document conversions that were applied, e.g. `traditional-to-simplified`. */
	conversions: string[];
}

/** One de-obfuscation replacement, logged for the report. */
export interface Substitution {
	line: number;
	/** Rule ID from the de-obfuscation table. */
	rule: string;
	from: string;
	/** Empty when an unrecoverable mask was dropped. */
	to: string;
}

/** Stage 3 output. */
export interface DeobfuscatedSource extends NormalizedSource {
	substitutions: Substitution[];
}

/** A passage removed by a promotion rule: whole lines, clauses or inserted words. */
export interface Removal {
	line: number;
	/** The removed text as it stood in the de-obfuscated line. */
	text: string;
	/** Promotion rule ID. */
	rule: string;
	/** What the rule says of this removal when it has more to say than its ID (the passage scorer: score and features). */
	detail?: string;
}

/** A kept passage: one non-blank line (paragraph, heading or list item) of cleaned text. */
export interface CleanBlock {
	line: number;
	/** Cleaned text, as it will be published. */
	text: string;
}

/** Stage 4 output: clean text and the account of everything removed. */
export interface CleanSource {
	file: string;
	/** The article title (first non-blank line), cleaned of promotion. */
	title: string;
	blocks: CleanBlock[];
	removed: Removal[];
	substitutions: Substitution[];
	conversions: string[];
	encoding: string;
	/**
	 * Names the article taught the words rules that learn them (their `collect` step: the site's name, the brands it
	 * sells, its city), by rule ID, each removed wherever it occurs in this article; lists that stayed empty are left
	 * out. Across sources they make the corpus's learned names (scripts/pipeline/learned.ts).
	 */
	learned?: Record<string, string[]>;
}

/** What a statement says, as found by the classifier. */
export type StatementKind = 'cause' | 'remedy' | 'prevention' | 'case' | 'impact' | 'background';

/** Stage 6 (segment) output: one structural item of an article. */
export interface SegmentItem {
	file: string;
	line: number;
	/** heading: a section title; item: a list or numbered item; paragraph: running text split into sentences. */
	role: 'heading' | 'item' | 'paragraph';
	/** Heading depth for headings (1 = top); for other items the depth of the section they are in. */
	depth: number;
	/** Headings above the item, outermost first. */
	headings: string[];
	/** The item's own label when it has one (the bold lead of "1、网络问题：…"), without numbering. */
	label: string;
	/** Cleaned text without the numbering. */
	text: string;
	/** Sentences of the text, split on Chinese punctuation. */
	sentences: string[];
}

/** Stage 7 (classify) output. */
export interface ClassifiedItem extends SegmentItem {
	kind: StatementKind;
}
