import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changed, runNode, STACK_LINE, snapshot } from '../helpers/cli.ts';

/**
 * Bad sources, end to end through `npm run ingest` (scripts/ingest.ts): each is decoded to exactly what its UTF-8
 * original gives, or rejected with a message that names the file and the reason, a non-zero exit, no stack trace and
 * the previous --out folder left as it was. The large and binary inputs are generated here, never committed.
 */

/** A seed article (UTF-8, no BOM, LF): every re-encoding of it must produce the same content collections. */
const SEED = 'sources/000_2b2e08dec0f8f1e8.txt';
const NAME = 'article.txt';

let root: string;
let seedText: string;
/** Output of the plain UTF-8 seed: the reference for every decodable variant, and the "previous" --out folder. */
let reference: Map<string, Buffer>;

/** Runs the CLI on a folder holding the given files; --out starts as a copy of the reference output. */
async function ingest(files: Record<string, Uint8Array | string>) {
	const dir = await mkdtemp(join(root, 'case-'));
	await mkdir(join(dir, 'sources'));
	for (const [name, content] of Object.entries(files)) await writeFile(join(dir, 'sources', name), content);
	await cp(join(root, 'reference'), join(dir, 'out'), { recursive: true });
	const result = runNode([
		'scripts/ingest.ts',
		'--sources',
		join(dir, 'sources'),
		'--out',
		join(dir, 'out'),
		'--report',
		join(dir, 'report.json'),
	]);
	const out = await snapshot(join(dir, 'out'));
	const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8').catch(() => 'null')) as {
		sources: Array<{ file: string; encoding: string }>;
	} | null;
	return { ...result, out, report };
}

/** What every rejection must look like. */
function expectRejected(run: Awaited<ReturnType<typeof ingest>>, file: string, code: string, reason: RegExp) {
	expect(run.status, run.stderr).not.toBe(0);
	const line = run.stderr.split('\n').find((l) => l.includes(code));
	expect(line, run.stderr).toBeDefined();
	expect(line).toContain(file);
	expect(line).toMatch(reason);
	// The line also says how to fix it (after the dash).
	expect(line).toMatch(/ — \S/);
	expect(run.stderr).not.toMatch(STACK_LINE);
	expect(run.stderr).toMatch(/was left as it was/);
	// The previous content folder is intact: same files, same bytes.
	expect(changed(reference, run.out)).toEqual([]);
}

/** What every accepted re-encoding must give: the reference output, byte for byte. */
function expectSameAsUtf8(run: Awaited<ReturnType<typeof ingest>>, encoding: string) {
	expect(run.status, run.stderr).toBe(0);
	expect(run.stderr).not.toMatch(STACK_LINE);
	expect(run.report?.sources.map((s) => s.encoding)).toEqual([encoding]);
	expect(changed(reference, run.out)).toEqual([]);
}

describe('ingest CLI with bad sources', () => {
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'kb-ingest-cli-'));
		seedText = await readFile(SEED, 'utf8');
		await mkdir(join(root, 'seed'));
		await writeFile(join(root, 'seed', NAME), seedText);
		const first = runNode([
			'scripts/ingest.ts',
			'--quiet',
			'--sources',
			join(root, 'seed'),
			'--out',
			join(root, 'reference'),
			'--report',
			join(root, 'r.json'),
		]);
		expect(first.status, first.stderr).toBe(0);
		reference = await snapshot(join(root, 'reference'));
		expect(reference.size).toBeGreaterThan(0);
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it('rejects an empty file', async () => {
		expectRejected(await ingest({ [NAME]: '' }), NAME, 'decode/empty', /empty/);
	});

	it('rejects a file of only whitespace', async () => {
		expectRejected(await ingest({ [NAME]: ' \r\n\t\n' }), NAME, 'decode/empty', /empty/);
	});

	it('rejects a binary file (an image), and the good article next to it does not get published alone', async () => {
		const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), randomBytes(4096)]);
		expectRejected(await ingest({ [NAME]: seedText, 'photo.png': png }), 'photo.png', 'decode/binary', /binary/);
	});

	it('rejects random bytes without NULs as undecodable or binary', async () => {
		const noise = Buffer.from(randomBytes(8192).map((b) => (b === 0 ? 1 : b)));
		const run = await ingest({ 'noise.txt': noise });
		expect(run.stderr).toMatch(/noise\.txt \S* ?error decode\/(undecodable|binary)/);
		expectRejected(run, 'noise.txt', 'decode/', /neither valid UTF-8|binary|control characters/);
	});

	it('rejects UTF-16 without a byte-order mark (indistinguishable from binary), saying how to fix it', async () => {
		expectRejected(await ingest({ [NAME]: iconv.encode(seedText, 'utf-16le') }), NAME, 'decode/binary', /UTF-16 without a byte-order mark/);
	});

	it('rejects a 30 MB file as too large, without reading it as an article', async () => {
		const big = Buffer.alloc(30 * 1024 * 1024, Buffer.from('刷卡失败时先检查网络。\n'));
		expectRejected(await ingest({ 'dump.txt': big }), 'dump.txt', 'decode/too-large', /30\.0 MiB, above the 20\.0 MiB limit/);
	});

	it('decodes GBK to the same entries as UTF-8', async () => {
		expectSameAsUtf8(await ingest({ [NAME]: iconv.encode(seedText, 'gbk') }), 'gb18030');
	});

	it('decodes GB18030 (characters outside GBK too) to the same entries as UTF-8', async () => {
		// 𠀀 (U+20000) exists only in GB18030's four-byte range; appended as its own unplaceable line.
		const text = `${seedText.trimEnd()}\n\n𠀀\n`;
		const run = await ingest({ [NAME]: iconv.encode(text, 'gb18030') });
		expect(run.status, run.stderr).toBe(0);
		expect(run.report?.sources[0]?.encoding).toBe('gb18030');
		expect(changed(reference, run.out)).toEqual([]);
	});

	it('decodes UTF-16 LE and BE with a byte-order mark to the same entries as UTF-8', async () => {
		expectSameAsUtf8(await ingest({ [NAME]: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seedText, 'utf-16le')]) }), 'utf-16le');
		expectSameAsUtf8(await ingest({ [NAME]: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seedText, 'utf-16be')]) }), 'utf-16be');
	});

	it('decodes UTF-8 with a BOM and CRLF line ends to the same entries (and line numbers) as UTF-8', async () => {
		expectSameAsUtf8(await ingest({ [NAME]: `\ufeff${seedText.replace(/\n/g, '\r\n')}` }), 'utf-8-bom');
	});

	it('fails with a message, not a stack trace, when the sources folder does not exist', async () => {
		const run = runNode(['scripts/ingest.ts', '--sources', join(root, 'missing'), '--out', join(root, 'never')]);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/io\/read: Cannot read: ENOENT/);
		expect(run.stderr).not.toMatch(STACK_LINE);
	});

	it('fails with usage, not a stack trace, on an unknown option', () => {
		const run = runNode(['scripts/ingest.ts', '--frobnicate']);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/usage: npm run ingest/);
		expect(run.stderr).not.toMatch(STACK_LINE);
	});
});

describe('ingest CLI with a hostile article (markup, scripts, MDX, frontmatter)', () => {
	let out: Map<string, Buffer>;
	let report: { sources: Array<{ removed: Array<{ rule: string; text: string }> }> };
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'kb-ingest-hostile-'));
		await mkdir(join(dir, 'sources'));
		await cp('tests/cli/hostile-article.txt', join(dir, 'sources', 'hostile.txt'));
		const run = runNode([
			'scripts/ingest.ts',
			'--quiet',
			'--sources',
			join(dir, 'sources'),
			'--out',
			join(dir, 'out'),
			'--report',
			join(dir, 'report.json'),
		]);
		expect(run.status, run.stderr).toBe(0);
		out = await snapshot(join(dir, 'out'));
		report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('removes every HTML tag, script, event handler and javascript: href, and reports each removal', () => {
		const removed = report.sources[0]!.removed;
		// Markup only: HTML tags and scripts, and the Markdown marks (---, **) the cleaner drops from text.
		expect(removed.filter((r) => !['html-markup', 'html-script', 'markdown-markup'].includes(r.rule))).toEqual([]);
		for (const fragment of ['onclick=', '<script>', 'onmouseover=', 'onerror=', '<Evil client:load />'])
			expect(
				removed.some((r) => r.text.includes(fragment)),
				fragment,
			).toBe(true);
		const published = [...out.values()].map((b) => b.toString('utf8')).join('\n');
		for (const fragment of ['<script', 'onclick', 'onmouseover', 'onerror', 'href=', '<p', '<b>', '<Evil', 'evil.example'])
			expect(published, fragment).not.toContain(fragment);
	});

	it('keeps Markdown, MDX-like {…} expressions and < comparisons as plain text in the statements', () => {
		// Collections are lists of entries; other generated files (the search vocabulary) are not.
		const collections = [...out.values()].map((b) => JSON.parse(b.toString('utf8')) as unknown).filter(Array.isArray);
		const statements = (collections as Array<Array<{ statements?: Array<{ text: string }> }>>).flatMap((entries) =>
			entries.flatMap((e) => e.statements ?? []).map((s) => s.text),
		);
		// The ** emphasis marks are removed as Markdown markup; the expression and the link text stay literal.
		expect(statements.some((t) => t.includes('漏洞或缺陷') && t.includes('{alert(1)}') && t.includes('[说明](javascript:alert(1))'))).toBe(
			true,
		);
		expect(statements.some((t) => t.includes('金额<500元') && t.includes('{amount}'))).toBe(true);
	});
});
