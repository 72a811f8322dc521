import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceFile } from './types.ts';

/** File I/O at the edges of the pipeline: reading sources and editorial data, writing output atomically. */

/** Every regular file directly in `dir`, sorted by name; dotfiles are skipped. */
export async function readSources(dir: string): Promise<SourceFile[]> {
	const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
	const files: SourceFile[] = [];
	for (const name of names) {
		const path = join(dir, name);
		if (!(await stat(path)).isFile()) continue;
		files.push({ file: name, bytes: new Uint8Array(await readFile(path)) });
	}
	return files;
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
export async function replaceDirectory(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
	const staging = join(dirname(dir), `.${basename(dir)}.staging-${process.pid}`);
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	try {
		for (const [name, content] of files) await writeFile(join(staging, name), content);
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
