import { readFile, writeFile } from 'node:fs/promises';

/**
 * The registry these machines use lacks some platform-specific optional packages (e.g. the macOS and Windows
 * builds of biome, pagefind and Astro's compiler binding at the versions we pin), so `npm install` cannot record
 * them and `npm ci` then refuses the lock file as "out of sync". This adds an entry for each missing optional
 * platform package, marked optional with its os/cpu, so `npm ci` skips it on other platforms as it would anyway.
 * Run after changing dependencies: `node scripts/maintenance/complete-lockfile.ts`.
 */

interface LockPackage {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	libc?: string[];
	optionalDependencies?: Record<string, string>;
}

const PLATFORMS: ReadonlyArray<[RegExp, Partial<LockPackage>]> = [
	[/darwin/, { os: ['darwin'] }],
	[/win32|windows/, { os: ['win32'] }],
	[/android/, { os: ['android'] }],
	[/freebsd/, { os: ['freebsd'] }],
	[/openbsd/, { os: ['openbsd'] }],
	[/sunos/, { os: ['sunos'] }],
	[/aix/, { os: ['aix'] }],
	[/linux/, { os: ['linux'] }],
];
const CPUS: ReadonlyArray<[RegExp, string]> = [
	[/arm64|aarch64/, 'arm64'],
	[/x64|x86_64|amd64/, 'x64'],
	[/ia32|x86(?!_)/, 'ia32'],
	[/arm(?!64)/, 'arm'],
	[/wasm32/, 'wasm32'],
	[/ppc64/, 'ppc64'],
	[/s390x/, 's390x'],
	[/riscv64/, 'riscv64'],
	[/loong64/, 'loong64'],
];

export function platformOf(name: string): Partial<LockPackage> | undefined {
	const bare = name.split('/').at(-1) ?? name;
	const os = PLATFORMS.find(([re]) => re.test(bare))?.[1];
	const cpu = CPUS.find(([re]) => re.test(bare))?.[1];
	if (!os && !cpu) return undefined;
	return {
		...(os ?? {}),
		...(cpu ? { cpu: [cpu] } : {}),
		...(/musl/.test(bare) ? { libc: ['musl'] } : /gnu/.test(bare) ? { libc: ['glibc'] } : {}),
	};
}

if (import.meta.main) {
	const path = 'package-lock.json';
	const text = await readFile(path, 'utf8');
	const lock = JSON.parse(text) as { packages: Record<string, LockPackage> };
	let added = 0;
	for (const [where, pkg] of Object.entries(lock.packages)) {
		for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
			const base = where === '' ? '' : `${where}/`;
			if (lock.packages[`${base}node_modules/${name}`] || lock.packages[`node_modules/${name}`]) continue;
			const platform = platformOf(name);
			if (!platform) continue;
			lock.packages[`node_modules/${name}`] = { version: range.replace(/^[\^~=]/, ''), optional: true, ...platform };
			added++;
		}
	}
	const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
	const indent = /^\t/m.test(text) ? '\t' : 2;
	await writeFile(path, `${JSON.stringify({ ...lock, packages: sorted }, null, indent)}\n`);
	process.stderr.write(`complete-lockfile: ${added} optional platform package(s) recorded\n`);
}
