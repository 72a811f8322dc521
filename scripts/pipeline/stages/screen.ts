import { EXAM_BANK, type PageLine } from '../../rules/statement-form/exam-bank.ts';
import { checkStatementForm, compileFormLexicon } from '../../rules/statement-form/index.ts';
import { NEWS_PAGE } from '../../rules/statement-form/narrative.ts';
import { SPUN_PAGE } from '../../rules/statement-form/spun.ts';
import type { Catalogue } from '../catalogue.ts';
import { createClaimChecker } from '../text/code-claims.ts';
import type { Unit } from './cut.ts';
import { FACT_FILTER_RULE, type FactFilterModel, filterFacts } from './fact-filter.ts';

/**
 * Stage 9, screen, between cut and place: only statements of fact that agree with the catalogue go on to be placed and published as
 * evidence. Each cut statement passes three checks, on its own text only:
 * 1. its form (scripts/rules/statement-form/): no question, heading, fragment, filler, page furniture, article meta, no
 *    item of an exam or quiz bank (decided by the page's structure, exam-bank.ts);
 * 2. its claims (scripts/pipeline/text/code-claims.ts): no response code given another meaning, no erratum's wrong claim;
 * 3. the publication gate, when one is given: nothing that may not be published (promotion, contacts …).
 * Then, with a fact filter (src/editorial/fact-filter.yaml, fact-filter.ts), the statements a page kept are scored on their
 * words and their page's profile, and those below its threshold are withheld too (rule `fact-filter`).
 * A statement that fails is withheld: not placed, not merged, listed in the report with the check and what it found.
 * The section heading its provenance quotes passes the gate too, or is not quoted.
 */

/** Why a statement is not published: which check, its rule, and what it found. */
export interface Withholding {
	check: 'form' | 'claim' | 'gate';
	/** Rule ID (`question`, `SF-03`, `code-meaning`, `erratum`, a promotion rule …). */
	rule: string;
	/** What kind of non-fact it is (form), or `contradicts` (claim), or `not-publishable` (gate). */
	label: string;
	found: string;
	/** For a code given another meaning: the code and the meaning the statement gives it. */
	code?: string | undefined;
	claimed?: string | undefined;
}

/** A cut statement that is not published, and why. */
export interface WithheldUnit extends Unit {
	withheld: Withholding;
}

/**
 * The publication gate: what may not reach a page, whatever its form (contacts, promotion, self-promotion of a site).
 * Returns why, or undefined when the text may be published. The cleaning issue's gate plugs in here.
 */
export type PublicationGate = (text: string) => { rule: string; found: string } | undefined;

export interface Screen {
	/** Why the statement is withheld, or undefined when it may be published. */
	check(text: string): Withholding | undefined;
	/**
	 * The section heading as provenance may quote it: the heading when it passes the publication gate and reads as a
	 * heading, '' otherwise (a code row, a table row, a heading the promotion rules or the gate reject).
	 */
	heading(section: string): string;
	/** Why the publication gate keeps a section heading out of 出处, or undefined when it may be quoted. */
	headingGate(section: string): { rule: string; found: string } | undefined;
	/** The fact filter that scores the statements a page kept, when one is loaded. */
	facts?: FactFilterModel | undefined;
}

/** A section heading the publication gate kept out of 出处: where it is, and why. */
export interface HiddenHeading {
	file: string;
	line: number;
	section: string;
	rule: string;
	found: string;
}

/** Headings that are not headings: a response-code row ("02——同上"), a table rule or row ("|---|"), a lone symbol. */
const NOT_A_HEADING = /^\s*(?:[“"]?(?:\d{2}|[A-Z]\d)[”"]?\s*(?:——|—|--|-|－|：|:)|.*[|｜])|^[^\p{Script=Han}]*$/u;

/** The screen for a catalogue (and a gate). Verdicts are kept per distinct text: copied statements recur across articles. */
export function createScreen(catalogue: Catalogue, gate?: PublicationGate, facts?: FactFilterModel): Screen {
	const lexicon = compileFormLexicon(catalogue.statementForm);
	const claims = createClaimChecker(catalogue);
	const verdicts = new Map<string, Withholding | null>();
	const judge = (text: string): Withholding | undefined => {
		const form = checkStatementForm(text, lexicon);
		if (form) return { check: 'form', rule: form.rule, label: form.label, found: form.found };
		const claim = claims.check(text);
		if (claim)
			return { check: 'claim', rule: claim.rule, label: 'contradicts', found: claim.found, code: claim.code, claimed: claim.claimed };
		const blocked = gate?.(text);
		if (blocked) return { check: 'gate', rule: blocked.rule, label: 'not-publishable', found: blocked.found };
		return undefined;
	};
	const headings = new Map<string, string>();
	const gatedHeadings = new Map<string, { rule: string; found: string } | null>();
	const headingGate = (section: string) => {
		let verdict = gatedHeadings.get(section);
		if (verdict === undefined) {
			verdict = (section === '' ? undefined : gate?.(section)) ?? null;
			gatedHeadings.set(section, verdict);
		}
		return verdict ?? undefined;
	};
	return {
		headingGate,
		facts,
		check(text) {
			let verdict = verdicts.get(text);
			if (verdict === undefined) {
				verdict = judge(text) ?? null;
				verdicts.set(text, verdict);
			}
			return verdict ?? undefined;
		},
		heading(section) {
			if (section === '') return section;
			let shown = headings.get(section);
			if (shown === undefined) {
				shown = NOT_A_HEADING.test(section) || headingGate(section) ? '' : section;
				headings.set(section, shown);
			}
			return shown;
		},
	};
}

/**
 * Splits one article's statements into those that go on to be placed and those withheld (with the reason). `page`, the
 * article's lines as the cleaner saw them (kept and removed), lets the check of the page's structure run first: items
 * of an exam or quiz bank (scripts/rules/statement-form/exam-bank.ts) are withheld whatever their own form.
 */
export function screen(
	units: readonly Unit[],
	by: Screen,
	page: readonly PageLine[] = [],
): { kept: Unit[]; withheld: WithheldUnit[]; hiddenHeadings: HiddenHeading[] } {
	const kept: Unit[] = [];
	const withheld: WithheldUnit[] = [];
	const hiddenHeadings: HiddenHeading[] = [];
	const listed = new Set<string>();
	const bank = page.length ? EXAM_BANK.find(page) : new Map<number, string>();
	for (const unit of units) {
		const item = bank.get(unit.provenance.line);
		const why: Withholding | undefined =
			item === undefined ? by.check(unit.text) : { check: 'form', rule: EXAM_BANK.id, label: EXAM_BANK.label, found: item };
		if (why) {
			withheld.push({ ...unit, withheld: why });
			continue;
		}
		const section = by.heading(unit.provenance.section);
		const gated = section === '' && unit.provenance.section !== '' ? by.headingGate(unit.provenance.section) : undefined;
		if (gated && !listed.has(unit.provenance.section)) {
			listed.add(unit.provenance.section);
			hiddenHeadings.push({ file: unit.provenance.file, line: unit.provenance.line, section: unit.provenance.section, ...gated });
		}
		kept.push(section === unit.provenance.section ? unit : { ...unit, provenance: { ...unit.provenance, section } });
	}
	/** A page judged as a whole: every statement it kept is withheld with the page rule. */
	const withholdPage = (rule: { id: string; label: string }, found: string) => {
		for (const unit of kept) withheld.push({ ...unit, withheld: { check: 'form', rule: rule.id, label: rule.label, found } });
		return { kept: [], withheld, hiddenHeadings };
	};
	// A page spun throughout: its other statements are spun too, only less visibly (scripts/rules/statement-form/spun.ts).
	const spun = withheld.filter((unit) => unit.withheld.rule === SPUN_PAGE.counts).length;
	if (kept.length && SPUN_PAGE.spunThroughout(spun, units.length))
		return withholdPage(SPUN_PAGE, `${spun} of ${units.length} statements of the page spun`);
	// A page that reports one event or case throughout: its other statements are that story's background (narrative.ts).
	const told = kept.length ? units.filter((unit) => NEWS_PAGE.storyWord(unit.text) !== undefined).length : 0;
	if (kept.length && NEWS_PAGE.reportsThroughout(told, units.length))
		return withholdPage(NEWS_PAGE, `${told} of ${units.length} statements of the page told as a story`);
	if (by.facts && kept.length) {
		const verdicts = filterFacts(
			by.facts,
			kept.map((unit) => unit.text),
		);
		const passed = kept.filter((unit, i) => {
			const verdict = verdicts[i]!;
			if (!verdict.withheld) return true;
			const found = `p(fact) ${verdict.score.toFixed(2)} (threshold ${by.facts!.threshold}), page mean ${verdict.pageMean.toFixed(2)} (threshold ${by.facts!.pageThreshold})`;
			withheld.push({ ...unit, withheld: { check: 'form', rule: FACT_FILTER_RULE.id, label: FACT_FILTER_RULE.label, found } });
			return false;
		});
		return { kept: passed, withheld, hiddenHeadings };
	}
	return { kept, withheld, hiddenHeadings };
}

/**
 * Stage 11, screen across sources, once every source is prepared: the publication gate again, with what only the whole
 * corpus knows (the names the cleaner learned from any article, scripts/pipeline/learned.ts `learnedGate`). A
 * statement that fails is withheld like one stage 9 withholds, its rule prefixed `learned/`
 * (`learned/brand-mention`, found `导致中付`); a section heading that fails is no longer quoted in 出处. Verdicts are
 * kept per distinct text.
 */
export function screenAcross<T extends Unit>(
	units: readonly T[],
	gate: PublicationGate,
): { kept: T[]; withheld: Array<T & { withheld: Withholding }>; hiddenHeadings: HiddenHeading[] } {
	const verdicts = new Map<string, { rule: string; found: string } | null>();
	const judge = (text: string) => {
		let verdict = verdicts.get(text);
		if (verdict === undefined) {
			verdict = (text === '' ? undefined : gate(text)) ?? null;
			verdicts.set(text, verdict);
		}
		return verdict ?? undefined;
	};
	const kept: T[] = [];
	const withheld: Array<T & { withheld: Withholding }> = [];
	const hiddenHeadings: HiddenHeading[] = [];
	const listed = new Set<string>();
	for (const unit of units) {
		const why = judge(unit.text);
		if (why) {
			withheld.push({ ...unit, withheld: { check: 'gate', rule: `learned/${why.rule}`, label: 'not-publishable', found: why.found } });
			continue;
		}
		const { section } = unit.provenance;
		const gated = judge(section);
		if (!gated) {
			kept.push(unit);
			continue;
		}
		const key = `${unit.provenance.file}\n${section}`;
		if (!listed.has(key)) {
			listed.add(key);
			hiddenHeadings.push({
				file: unit.provenance.file,
				line: unit.provenance.line,
				section,
				rule: `learned/${gated.rule}`,
				found: gated.found,
			});
		}
		kept.push({ ...unit, provenance: { ...unit.provenance, section: '' } });
	}
	return { kept, withheld, hiddenHeadings };
}
