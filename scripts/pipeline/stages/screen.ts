import { checkStatementForm, compileFormLexicon } from '../../rules/statement-form/index.ts';
import type { Catalogue } from '../catalogue.ts';
import { createClaimChecker } from '../text/code-claims.ts';
import type { Unit } from './merge.ts';

/**
 * Between cut and place: only statements of fact that agree with the catalogue go on to be placed and published as
 * evidence. Each cut statement passes three checks, on its own text only:
 * 1. its form (scripts/rules/statement-form/): no question, heading, fragment, filler, page furniture, article meta;
 * 2. its claims (scripts/pipeline/text/code-claims.ts): no response code given another meaning, no erratum's wrong claim;
 * 3. the publication gate, when one is given: nothing that may not be published (promotion, contacts …).
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
}

/** Headings that are not headings: a response-code row ("02——同上"), a table rule or row ("|---|"), a lone symbol. */
const NOT_A_HEADING = /^\s*(?:[“"]?(?:\d{2}|[A-Z]\d)[”"]?\s*(?:——|—|--|-|－|：|:)|.*[|｜])|^[^\p{Script=Han}]*$/u;

/** The screen for a catalogue (and a gate). Verdicts are kept per distinct text: copied statements recur across articles. */
export function createScreen(catalogue: Catalogue, gate?: PublicationGate): Screen {
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
	return {
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
				shown = NOT_A_HEADING.test(section) || gate?.(section) ? '' : section;
				headings.set(section, shown);
			}
			return shown;
		},
	};
}

/** Splits one article's statements into those that go on to be placed and those withheld (with the reason). */
export function screenUnits(units: readonly Unit[], screen: Screen): { kept: Unit[]; withheld: WithheldUnit[] } {
	const kept: Unit[] = [];
	const withheld: WithheldUnit[] = [];
	for (const unit of units) {
		const why = screen.check(unit.text);
		if (why) {
			withheld.push({ ...unit, withheld: why });
			continue;
		}
		const section = screen.heading(unit.provenance.section);
		kept.push(section === unit.provenance.section ? unit : { ...unit, provenance: { ...unit.provenance, section } });
	}
	return { kept, withheld };
}
