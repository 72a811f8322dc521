import { decode } from '../pipeline/stages/decode.ts';
import { deobfuscate } from '../pipeline/stages/deobfuscate.ts';
import { normalize } from '../pipeline/stages/normalize.ts';
import { splitClauses } from '../pipeline/text/clauses.ts';
import type { DeobfuscationTable } from '../rules/deobfuscation.ts';
import { contentLength, type TrainingClause } from '../rules/promotion/scorer-model.ts';
import { foldLoose, type PageLabels } from './clean-metrics.ts';

/**
 * The training data of the passage scorer and the folds of its cross-validation, from the labelled real pages: pure
 * functions over a page's bytes and labels (scripts/train-clean.ts and scripts/eval/clean.ts do the I/O).
 */

/** Public suffixes of two labels that the corpus' hosts use (a registrable domain is one label more). */
const SECOND_LEVEL = /^(?:com|net|org|gov|edu|ac|co)\.(?:cn|hk|tw|uk|jp|kr|sg|au)$|^[a-z]{2}\.cn$/u;

/** The site of a page: its registrable domain (`m.sboyo.com` → `sboyo.com`, `www.xmyi.com.cn` → `xmyi.com.cn`). */
export function siteOf(url: string): string {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return url;
	}
	if (/^[\d.]+$/u.test(host)) return host;
	const labels = host.split('.');
	const lastTwo = labels.slice(-2).join('.');
	return labels.slice(SECOND_LEVEL.test(lastTwo) ? -3 : -2).join('.');
}

/** A clause holding a labelled fact counts this much more than another clause: losing a fact is the costly mistake. */
export const FACT_WEIGHT = 3;
/** Genres whose unlabelled clauses are all publishable text (no marker was left unlabelled): the counterexamples. */
const CLEAN_GENRES = new Set(['clean-official']);

/**
 * The labelled clauses of one page, as the scorer sees them (decoded, normalized and de-obfuscated, as stage 4 gets
 * them; the address line left out): a clause that holds a mustRemove marker, or is part of one, is promotion; a clause
 * that holds a mustKeep fact (or is part of one) is not, and weighs {@link FACT_WEIGHT}; a clause with both is left out.
 * Other clauses are taken as not promotion only from pages with labelled facts or of a clean genre: on a page labelled
 * off-topic or promotional in full, the labeller listed samples, so its other clauses say nothing.
 */
export function labelledClauses(labels: PageLabels, bytes: Uint8Array, table: DeobfuscationTable): TrainingClause[] {
	const decoded = decode({ file: `${labels.id}.txt`, bytes });
	if (!decoded.ok) return [];
	const lines = deobfuscate(normalize(decoded.value), table).lines.slice(1);
	const markers = labels.mustRemove.map(foldLoose).filter((marker) => marker.length >= 2);
	const facts = labels.mustKeep.map(foldLoose).filter((fact) => fact.length >= 2);
	const trustOthers = facts.length > 0 || CLEAN_GENRES.has(labels.genre);
	const overlaps = (clause: string, labelled: readonly string[]) =>
		labelled.some((label) => clause.includes(label) || (clause.length >= 4 && label.includes(clause)));
	const clauses: TrainingClause[] = [];
	for (const { text } of lines) {
		for (const clause of splitClauses(text)) {
			const content = text.slice(clause.start, clause.end).trim();
			if (contentLength(content) < 2) continue;
			const folded = foldLoose(content);
			const promotion = overlaps(folded, markers);
			const fact = overlaps(folded, facts);
			if (promotion && fact) continue;
			if (promotion) clauses.push({ text: content, promotion: true, weight: 1 });
			else if (fact) clauses.push({ text: content, promotion: false, weight: FACT_WEIGHT });
			else if (trustOthers) clauses.push({ text: content, promotion: false, weight: 1 });
		}
	}
	return clauses;
}
