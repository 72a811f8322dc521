import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceFile } from './types.ts';

/** File I/O at the edges of the pipeline: reading sources and editorial data, writing output atomically. */

/** Files read at once: enough to hide the per-file latency, few enough to stay far from the open-file limit. */
const READ_CONCURRENCY = 32;

/** The sources in `dir`: every regular file directly in it, sorted by name; dotfiles are skipped. */
export async function listSources(dir: string): Promise<Array<{ file: string; path: string }>> {
	const entries = await readdir(dir, { withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && !e.name.startsWith('.'))
		.map((e) => ({ file: e.name, path: join(dir, e.name) }))
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Reads the listed sources ({@link listSources}) into memory, in order. All are held at once (~100 MB for 10,000 articles
 * of ~10 KB); large corpora are instead read by the preparing threads themselves (scripts/pipeline/prepare-parallel.ts).
 */
export async function readSources(listed: ReadonlyArray<{ file: string; path: string }>): Promise<SourceFile[]> {
	// Reading one file after another spends most of the time waiting: a few reads in flight are ~5× faster at 10,000 files.
	const slots: SourceFile[] = new Array(listed.length);
	let next = 0;
	const worker = async () => {
		while (next < listed.length) {
			const index = next++;
			const { file, path } = listed[index]!;
			slots[index] = { file, bytes: new Uint8Array(await readFile(path)) };
		}
	};
	await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, listed.length) }, worker));
	return slots;
}

/** Every YAML file under `dir`, keyed by its path relative to `dir` (e.g. `causes.yaml`, `promotion/brands.yaml`). */
export async function readEditorial(dir: string): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	const walk = async (current: string) => {
		for (const entry of (await readdir(current, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(current, entry.name);
			if (entry.isDirectory()) await walk(path);
			else if (/\.ya?ml$/.test(entry.name)) texts.set(relative(dir, path).split('\\').join('/'), await readFile(path, 'utf8'));
		}
	};
	await walk(dir);
	return texts;
}

/**
 * Replaces `dir` with the given files only once all of them are written: a half-written content folder is never left
 * behind. Files go to a sibling temporary folder, which is then renamed into place.
 */
export async function replaceDirectory(dir: string, files: ReadonlyMap<string, unknown>): Promise<void> {
	const staging = join(dirname(dir), `.${basename(dir)}.staging-${process.pid}`);
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	try {
		// Text is written as it is; any other value as `${JSON.stringify(value, null, 2)}\n`, without building that string.
		for (const [name, content] of files) {
			if (typeof content === 'string') await writeFile(join(staging, name), content);
			else await writeJsonFile(join(staging, name), content, { depth: 3, leaves: 'pretty' });
		}
		await rm(dir, { recursive: true, force: true });
		await rename(staging, dir);
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}

export async function writeFileEnsuringDir(path: string, content: string): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, content);
}

/** Text is written in pieces of about this many characters: large enough for few writes, small enough to stay cheap. */
const WRITE_BATCH = 1 << 20;

/** How {@link writeJsonFile} lays out a value: containers are expanded `depth` levels deep, one member per line. */
export interface JsonLayout {
	depth: number;
	/**
	 * Deeper values: `pretty` as JSON.stringify(value, null, 2) would indent them (the file is then byte for byte that
	 * output), or `line`, each on one line (the ingest report: one passage per line, less than half the bytes to write).
	 */
	leaves: 'pretty' | 'line';
}

/**
 * Writes a value as JSON, without building the whole text: pieces go to the file in batches of ~1 MB as they are
 * rendered. The ingest report of 10,000 articles is ~200 MB of JSON; as one string it alone would cost ~0.4 GB of memory.
 * Synchronous writes: this is the CLI's edge, and a callback per piece is several times cheaper than a generator.
 */
export async function writeJsonFile(path: string, value: unknown, layout: JsonLayout = { depth: 2, leaves: 'pretty' }): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const fd = openSync(path, 'w');
	try {
		let pending = '';
		renderJson(value, '', layout, (piece) => {
			pending += piece;
			if (pending.length >= WRITE_BATCH) {
				writeSync(fd, pending);
				pending = '';
			}
		});
		writeSync(fd, `${pending}\n`);
	} finally {
		closeSync(fd);
	}
}

/** The JSON text {@link writeJsonFile} writes, without its final newline. */
export function jsonText(value: unknown, layout: JsonLayout): string {
	const pieces: string[] = [];
	renderJson(value, '', layout, (piece) => pieces.push(piece));
	return pieces.join('');
}

/** A plain object or array, whose members JSON.stringify would write one by one (no toJSON, no class instance). */
const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
	Array.isArray(value) ||
	(typeof value === 'object' &&
		value !== null &&
		typeof (value as { toJSON?: unknown }).toJSON !== 'function' &&
		[Object.prototype, null].includes(Object.getPrototypeOf(value)));

/** Members JSON.stringify leaves out of an object (and writes as null in an array). */
const isOmitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Renders `value` at indentation `indent` piece by piece: containers are expanded `layout.depth` levels deep with
 * JSON.stringify(value, null, 2)'s layout; deeper values are stringified whole and re-indented (`pretty`: the whole text is
 * then byte for byte JSON.stringify(value, null, 2)), or written on one line (`line`).
 */
function renderJson(value: unknown, indent: string, layout: JsonLayout, emit: (piece: string) => void): void {
	if (layout.depth === 0 || !isContainer(value)) {
		if (layout.leaves === 'line') emit(JSON.stringify(value));
		else {
			const text = JSON.stringify(value, null, 2);
			emit(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
		}
		return;
	}
	const inner = `${indent}  `;
	const below = { depth: layout.depth - 1, leaves: layout.leaves };
	if (Array.isArray(value)) {
		if (value.length === 0) {
			emit('[]');
			return;
		}
		emit('[');
		for (let index = 0; index < value.length; index++) {
			const member: unknown = value[index];
			emit(index === 0 ? `\n${inner}` : `,\n${inner}`);
			renderJson(isOmitted(member) ? null : member, inner, below, emit);
		}
		emit(`\n${indent}]`);
		return;
	}
	const members = Object.entries(value).filter(([, member]) => !isOmitted(member));
	if (members.length === 0) {
		emit('{}');
		return;
	}
	emit('{');
	for (const [index, [key, member]] of members.entries()) {
		emit(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
		renderJson(member, inner, below, emit);
	}
	emit(`\n${indent}}`);
}
