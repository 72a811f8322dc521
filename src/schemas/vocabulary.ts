import { z } from 'astro/zod';

/**
 * A run of text a query may contain: no spaces (queries are matched character by character, not word by word), except
 * single spaces between ASCII words (do not honor, insufficient funds), which queries keep: runs of spaces are folded to
 * one before matching.
 */
const phraseSchema = z
	.string()
	.min(1)
	.regex(/^(?:\S+|[!-~]+(?: [!-~]+)+)$/, 'no spaces: write the phrase as people type it (single spaces between ASCII words only)');

/** One canonical term and the colloquial ways people write it. */
export const synonymSchema = z.object({
	/**
	 * The term as the catalogue writes it (刷卡失败, 未到账, 扣款). It replaces every variant in a query, and it is
	 * added to the search keywords of every entry that has a variant among its aliases, so the rewritten query
	 * still matches. Spaces split it into separate search words (`网络 中断`).
	 */
	canonical: z.string().min(1),
	/** What people type instead: 钱扣了, 扣钱了, 没到账. The longest variant wins where several start at one place. */
	variants: z.array(phraseSchema).min(1),
	/** Why the mapping is safe, when it is not obvious. */
	note: z.string().optional(),
	/**
	 * The variants are English words of terminal messages translated into the catalogue's term (sale → 消费, tamper →
	 * 篡改): the term is not made a phrase of its own in Chinese text (交易记录 stays one run) nor weighed as a reader's
	 * named problem, unless another group maps to it. Without it, translating a generic English word would change how
	 * every Chinese query that writes the term is read.
	 */
	translation: z.boolean().optional(),
});
export type Synonym = z.infer<typeof synonymSchema>;

/** A common misspelling and its correction, applied before synonyms. */
export const typoSchema = z
	.object({
		/** The correct spelling. */
		correct: phraseSchema,
		/** Wrong spellings seen in queries, e.g. homophones an input method offers first (到帐 → 到账). */
		wrong: z.array(phraseSchema).default([]),
		/**
		 * The word typed in pinyin without choosing the characters (shuaka, daozhang): its spellings are derived from the
		 * project's one pinyin lexicon (src/editorial/deobfuscation.yaml `pinyin`) when the editorial data is loaded, and
		 * added to `wrong`. Every character of `correct` needs an entry there.
		 */
		pinyin: z.boolean().default(false),
		/** Why people make this mistake: the justification for correcting it. */
		why: z.string().min(4),
	})
	.refine((typo) => typo.wrong.length > 0 || typo.pinyin, { message: 'give the wrong spellings, or pinyin: true' });
export type Typo = z.infer<typeof typoSchema>;

/**
 * A Taiwan or Hong Kong way of saying a payment or terminal term that OpenCC's regional phrase tables (which cover
 * computing and everyday words: 網路 → 网络, 列印 → 打印) do not know, and the mainland wording the catalogue uses.
 * Applied to queries right after Traditional → Simplified, before typos and synonyms, so the mainland synonyms do the
 * rest (紙捲用完 → 打印纸用完 → 打印失败).
 */
export const regionalSchema = z.object({
	/** The mainland wording (Simplified), as the catalogue or the vocabulary's synonyms write it: 打印纸, 结算, 刷卡. */
	mainland: phraseSchema,
	/** The regional forms as they are written there, Traditional characters and all (紙捲, 碌卡): converted at build time. */
	written: z.array(phraseSchema).min(1),
	/**
	 * Longer phrases that contain a written form but mean something else, kept as they are (二清機 is no 二 + 清機 →
	 * 结算): written like `written`.
	 */
	keep: z.array(phraseSchema).default([]),
	/** Where it is said (Taiwan, Hong Kong), what it means there, and a real phrasing that uses it. */
	why: z.string().min(4),
});
export type Regional = z.infer<typeof regionalSchema>;

/**
 * A group of English messages a card terminal or an acquirer's host prints, as public terminal guides and response
 * code lists write them, and the catalogue entries that answer them. The search indexes each text with those entries
 * (scripts/pipeline/search-index.ts), so a message typed as the terminal showed it — or abbreviated, or with words
 * missing — finds its code page or symptom by its informative words.
 */
export const terminalMessageSchema = z.object({
	/** The messages, as the sources print them (upper case as found). */
	texts: z.array(z.string().min(2)).min(1),
	/** Catalogue entries that answer them: response codes by their code (05), other entries by ID (S-06). */
	entries: z.array(z.string().min(2)).min(1),
	/** `messageSources` ids of the documents that list these messages with this meaning. */
	sources: z.array(z.string()).min(1),
	/** What the source says the message means, in a few words, when the entries do not make it obvious. */
	note: z.string().optional(),
});
export type TerminalMessage = z.infer<typeof terminalMessageSchema>;

/** A public document that lists terminal or host messages: cited by the message groups. */
export const messageSourceSchema = z.object({
	/** Short id the message groups cite. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The document's title as it has it. */
	title: z.string().min(2),
	/** Who publishes it and where it is (plain text, no link), so a reader can find it again. */
	location: z.string().min(4),
});

/**
 * The search vocabulary (src/editorial/vocabulary.yaml): one source for query normalization in the browser and
 * for the canonical keywords indexed on entry pages.
 */
export const vocabularySchema = z.object({
	/** Misspellings corrected in queries. */
	typos: z.array(typoSchema).default([]),
	/** Taiwan and Hong Kong payment wording rewritten to the mainland's (see regionalSchema). */
	regional: z.array(regionalSchema).default([]),
	/** Colloquial phrasings rewritten to the catalogue's terms. */
	synonyms: z.array(synonymSchema).min(1),
	/**
	 * Words dropped from a query when they stand as a word of their own (a page must contain every query word,
	 * so a word like 怎么办 or 一直 that no answer contains would hide every answer). Longer fillers (怎么回事)
	 * are removed wherever they occur; one-character ones (了, 吗) only as separate words, so 了解 stays.
	 */
	fillers: z.array(phraseSchema).default([]),
	/** Sentence particles stripped from the end of a word (扣了 → 扣, 到账吗 → 到账). */
	particles: z.array(z.string().length(1)).default([]),
	/** Words that make a number a quantity, not a response code, when they follow it (12点, 51元, 05年). */
	units: z.array(phraseSchema).default([]),
	/**
	 * Written before a response code found in a query (刷卡显示05 → `应答码 05`): the code alone also matches
	 * the IDs R-05, C-05 …, the term is on every code page and on few others.
	 */
	codeTerm: z.string().min(1),
	/**
	 * Names that say nothing about the problem and weigh nothing in the ranking: banks, terminal and acquirer brands
	 * the promotion vocabulary does not list (its `brands` and `cities` count too). 中国银行刷卡失败 is a 刷卡失败
	 * question. Not the card scheme (银联) or the parties the entries name (发卡行, 收单机构).
	 */
	names: z.array(phraseSchema).default([]),
	/**
	 * Words that describe the circumstances rather than the problem and count for a third in the ranking: the type of
	 * card (信用卡被盗刷 is a 盗刷 question first), the kind of shop. They still break ties (信用卡收不了).
	 */
	minor: z.array(phraseSchema).default([]),
	/**
	 * Payment terms whose parts mean something else (预授权 is not 授权, 拒付 is not 拒绝, 二清 is not 清算): in a query
	 * they count only where an entry has the whole term. A topic the knowledge base does not cover then stays
	 * unexplained, and the search says so instead of answering with the entry that shares a part.
	 */
	wholeWords: z.array(phraseSchema).default([]),
	/**
	 * English word forms in terminal and host messages: an abbreviation or spelling and the word the search compares
	 * instead (COMMS → communication, AUTH → authorization, CENTRE → center, HONOUR → honor). Applied to every English
	 * word of queries and entries before the suffix stemmer (src/shared/search/english.ts), so a message matches however
	 * a terminal abbreviates or spells it.
	 */
	englishForms: z
		.array(
			z.object({
				/** The word the search compares (lower case; several words separated by one space: pick up). */
				form: z.string().regex(/^[a-z]+(?: [a-z]+)*$/),
				/** Abbreviations and spellings of it that terminals and processors print (lower case, one word each). */
				written: z.array(z.string().regex(/^[a-z']+$/)).min(1),
				/** Where these abbreviations occur. */
				why: z.string().min(4),
			}),
		)
		.default([]),
	/** English terminal and host messages and the entries that answer them (see terminalMessageSchema). */
	messages: z.array(terminalMessageSchema).default([]),
	/** The public documents the messages are taken from, cited by `id` in each message group. */
	messageSources: z.array(messageSourceSchema).default([]),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;
