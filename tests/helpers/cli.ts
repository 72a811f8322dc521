import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The environment an editor's shell has: without what the test runner adds (NODE_ENV=test, VITEST*, and Vite's
 * import.meta.env values MODE, DEV, PROD, SSR, BASE_URL …), which would change what Astro and Vite emit.
 */
const RUNNER_ONLY = new Set(['NODE_ENV', 'BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR', 'TEST']);
export const shellEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
	...Object.fromEntries(Object.entries(process.env).filter(([k]) => !RUNNER_ONLY.has(k) && !k.startsWith('VITEST'))),
	...extra,
});

/** Runs a script of the project with the project's Node, as `npm run` would; never throws. */
export function runNode(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) {
	const result = spawnSync(process.execPath, args, {
		encoding: 'utf8',
		env: shellEnv(options.env),
		cwd: options.cwd,
		timeout: 240_000,
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Stack-trace lines ("    at fn (file:line:col)"): an editor must never see one. */
export const STACK_LINE = /^\s+at\s+\S.*(\(|:\d+:\d+)/m;

/** Every file under `dir` with its bytes, keyed by relative path: a snapshot to compare folders with. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
	const out = new Map<string, Buffer>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		out.set(path.slice(dir.length + 1), await readFile(path));
	}
	return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Paths whose bytes differ between two snapshots (or exist in only one). */
export function changed(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
	const paths = new Set([...a.keys(), ...b.keys()]);
	return [...paths].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0)) || !b.has(p)).sort();
}
