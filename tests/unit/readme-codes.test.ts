import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Docs that match the code: every diagnostic code the code base can report is in a README table. The codes are read
 * from the source, not from a list: the first argument of `error(…)` / `warning(…)`, a `code: '…'` property (editorial
 * rules, hand-built diagnostics) and the `codes: […]` of a site check.
 */
const SOURCE_DIRS = ['scripts', 'src'];
const CALL = /\b(?:error|warning)\(\s*['`]([a-z0-9-]+\/[a-z0-9-]+)['`]/g;
const PROPERTY = /\bcode:\s*['`]([a-z0-9-]+\/[a-z0-9-]+)['`]/g;
const LIST = /\bcodes:\s*\[([^\]]*)\]/g;
const CODE = /['`]([a-z0-9-]+\/[a-z0-9-]+)['`]/g;

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'content') yield* sourceFiles(path);
		} else if (entry.name.endsWith('.ts')) yield path;
	}
}

/** Every diagnostic code written in the code base, with the first file that writes it. */
function diagnosticCodes(): Map<string, string> {
	const codes = new Map<string, string>();
	for (const file of SOURCE_DIRS.flatMap((dir) => [...sourceFiles(dir)])) {
		const text = readFileSync(file, 'utf8');
		for (const m of [...text.matchAll(CALL), ...text.matchAll(PROPERTY)]) if (!codes.has(m[1]!)) codes.set(m[1]!, file);
		for (const list of text.matchAll(LIST)) for (const m of list[1]!.matchAll(CODE)) if (!codes.has(m[1]!)) codes.set(m[1]!, file);
	}
	return codes;
}

/** The codes of the README's tables: the first cell of each row, each code in backticks. */
function documentedCodes(): Set<string> {
	const documented = new Set<string>();
	for (const line of readFileSync('README.md', 'utf8').split('\n')) {
		const first = /^\|([^|]*)\|/.exec(line)?.[1] ?? '';
		for (const m of first.matchAll(/`([a-z0-9-]+\/[a-z0-9-]+)`/g)) documented.add(m[1]!);
	}
	return documented;
}

describe('the README documents every diagnostic code', () => {
	const codes = diagnosticCodes();

	it('finds the codes it greps for (the pattern still matches how the code base writes them)', () => {
		for (const code of ['decode/too-large', 'catalogue/orphan', 'catalogue/alias-count', 'security/csp-hash', 'vocabulary/conflict'])
			expect(codes.has(code), code).toBe(true);
		expect(codes.size).toBeGreaterThan(50);
	});

	it('lists each of them in the first column of a table', () => {
		const documented = documentedCodes();
		expect([...codes].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`)).toEqual([]);
	});
});
