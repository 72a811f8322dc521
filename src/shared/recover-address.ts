/**
 * Forgiving addresses (the 404 page): the entry a mistyped address was meant for. People type or paste /r-24/,
 * /R24, /remedies/r-24#step-2, /Codes/51 or /51/; a static host answers them with dist/404.html, whose script asks
 * this function which entry the address names and offers the link ("是不是要找 R-24？"). Pure, for the browser and
 * its unit test.
 */

import { ENTRY_PATH, kindOfId } from './relations.ts';

/** An entry ID as a path segment may spell it: any case, with or without the hyphen, leading zeros or not. */
const ENTRY_SEGMENT = /^([SCRPK])[-_\s]?0*(\d{1,3})$/;
/** A response code as a segment: two digits or letters. */
const CODE_SEGMENT = /^[0-9A-Z]{2}$/;
/** Anchors kept on the way: a remedy step, or any plain id on the page. */
const ANCHOR = /^#[A-Za-z0-9-]+$/;

export interface Recovered {
	/** The entry's permanent ID. */
	id: string;
	/** Where it is: its page, with the anchor the address had (#step-2). */
	url: string;
}

/**
 * The entry `pathname` (and `hash`) name, when `known` has it: the last segment that reads as an entry ID, or a
 * response code right after /codes/ (or alone, /51/). Undefined when the address names no known entry.
 */
export function recoverAddress(pathname: string, hash: string, known: ReadonlySet<string>): Recovered | undefined {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed escape: read the address as it is.
	}
	// An anchor typed into the path (/R-24%23step-2) or a stray space.
	let anchor = hash;
	const inPath = path.indexOf('#');
	if (inPath !== -1) {
		anchor ||= path.slice(inPath);
		path = path.slice(0, inPath);
	}
	const segments = path
		.toUpperCase()
		.replace(/(?:\/INDEX)?\.HTML?$/, '')
		.split('/')
		.map((s) => s.trim())
		.filter(Boolean);
	const hashPart = ANCHOR.test(anchor) ? anchor.toLowerCase() : '';
	for (let i = segments.length - 1; i >= 0; i--) {
		const segment = segments[i]!;
		const entry = ENTRY_SEGMENT.exec(segment);
		if (entry) {
			const id = `${entry[1]}-${entry[2]!.padStart(2, '0')}`;
			const kind = kindOfId(id);
			if (kind && known.has(id)) return { id, url: `${ENTRY_PATH[kind](id)}${hashPart}` };
		}
		if (CODE_SEGMENT.test(segment) && known.has(segment) && (segments[i - 1] === 'CODES' || segments.length === 1))
			return { id: segment, url: `${ENTRY_PATH.code(segment)}${hashPart}` };
	}
	return undefined;
}
