import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The full build, as a recipe: ingest the sources, build the site with Astro (Starlight runs Pagefind),
 * then check the built site. Each step stops the build with a message on failure.
 */
async function build(): Promise<number> {
	// 1. Pipeline: sources → content collections (KB_SOURCES picks another corpus). In a process of its own: the memory
	// of a large corpus's ingest (~500 MB at 5,000 articles) goes back to the system before Astro starts, instead of
	// staying in this process beside Astro and Pagefind (the build's peak was their sum).
	const ingest = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('ingest.ts', import.meta.url)), '--quiet'], {
		stdio: 'inherit',
	});
	if (ingest.status !== 0) return ingest.status ?? 1;

	// 2. Astro + Starlight + Pagefind → dist/. Astro is resolved like an import, so a project copy inside another one
	// (the hostile-source test builds in build/hostile-site/) finds the parent's node_modules.
	const cli = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
	const astro = spawnSync(process.execPath, [cli, 'build', '--silent'], { stdio: 'inherit' });
	if (astro.status !== 0) {
		process.stderr.write('build: astro build failed (see the messages above).\n');
		return astro.status ?? 1;
	}

	// 3. Checks over dist/: links and anchors, promotion and obfuscation, published URLs, references. Loaded only now:
	// their modules (the pipeline's rules among them, ~80 MB) need not sit in memory beside Astro.
	const { checkDist } = await import('./check-dist.ts');
	const { printDiagnostics } = await import('./pipeline/print.ts');
	const problems = await checkDist('dist');
	printDiagnostics(problems);
	if (problems.length) {
		process.stderr.write(`build: ${problems.length} problem(s) in dist/; the site must not be published like this.\n`);
		return 1;
	}
	process.stderr.write('build: dist/ is ready and passed its checks.\n');
	return 0;
}

process.exitCode = await build();
