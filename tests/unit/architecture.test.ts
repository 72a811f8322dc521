import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of the code base, checked by dependency-cruiser over every TypeScript module (the .astro templates are
 * not cruised: they sit on top and may import any of src/). From the bottom:
 * - scripts/diagnostics.ts imports nothing; src/schemas/ only zod;
 * - src/shared/ runs in Node and in the browser: no Node built-in, nothing of Astro, nothing outside src/shared and
 *   src/schemas;
 * - scripts/rules/ (rule objects and their data) sits below scripts/pipeline/ (the stages), which sits below
 *   scripts/site-checks/ (checks over dist/) and the CLIs (scripts/*.ts);
 * - src/shared/chinese/ is the one Chinese-text core; its opencc standard (standard.ts) is build-time only, never
 *   imported by what the browser runs;
 * - src/lib/ is what needs astro:content, which only Astro can load: no Node script imports it;
 * - bench/ never imports tests/.
 */

const LAYERS: readonly IForbiddenRuleType[] = [
	{ name: 'no-circular', severity: 'error', comment: 'No module imports itself through others.', from: {}, to: { circular: true } },
	{
		name: 'diagnostics-is-a-leaf',
		severity: 'error',
		comment: 'Every layer reports through scripts/diagnostics.ts, so it imports nothing.',
		from: { path: '^scripts/diagnostics\\.ts$' },
		to: {},
	},
	{
		name: 'schemas-import-only-zod',
		severity: 'error',
		comment: 'A schema is one concept: other schemas and astro/zod only.',
		from: { path: '^src/schemas/' },
		to: { pathNot: ['^src/schemas/', '^astro/zod$', '^node_modules/(astro|zod)/'] },
	},
	{
		name: 'shared-runs-everywhere',
		severity: 'error',
		comment: 'src/shared/ is imported by Node scripts, Astro pages and the browser: no Node built-in, no astro:, no app module outside it.',
		from: { path: '^src/shared/' },
		to: { pathNot: ['^src/(shared|schemas)/', '^node_modules/'] },
	},
	{
		name: 'shared-no-node-builtins',
		severity: 'error',
		from: { path: '^src/shared/' },
		to: { dependencyTypes: ['core'] },
	},
	{
		name: 'opencc-only-at-build-time',
		severity: 'error',
		comment:
			'The Traditional → Simplified standard (opencc) is for Node and the build: src/shared/chinese/standard.ts alone imports opencc-js, and nothing the browser runs (src/shared outside it, src/components, src/pages) imports that module. The browser gets the compact table compiled from it.',
		from: { path: '^(src/|scripts/|bench/|tests/)', pathNot: '^src/shared/chinese/standard\\.ts$' },
		to: { path: '^node_modules/opencc-js/' },
	},
	{
		name: 'browser-never-imports-the-standard',
		severity: 'error',
		from: { path: '^src/(shared|components|pages)/' },
		to: { path: '^src/shared/chinese/standard\\.ts$' },
	},
	{
		name: 'rules-below-pipeline',
		severity: 'error',
		comment: 'A rule imports only the diagnostics, other rules, src/shared and src/schemas; the pipeline imports the rules.',
		from: { path: '^scripts/rules/' },
		to: { path: '^(scripts/(?!rules/|diagnostics\\.ts$)|src/(lib|config)/)' },
	},
	{
		name: 'pipeline-below-site-checks-and-clis',
		severity: 'error',
		comment: 'The stages never import the site checks or a CLI.',
		from: { path: '^scripts/pipeline/' },
		to: { path: '^(scripts/(site-checks/|[^/]+\\.ts$)|src/lib/)', pathNot: '^scripts/diagnostics\\.ts$' },
	},
	{
		name: 'node-never-imports-astro-content',
		severity: 'error',
		comment: 'src/lib/ needs astro:content, which exists only inside an Astro build: a Node script that imports it fails.',
		from: { path: '^(scripts|bench|tests|src/(shared|config|schemas|integrations))/' },
		to: { path: '^(src/lib/|astro:content$)' },
	},
	{
		name: 'bench-not-tests',
		severity: 'error',
		comment: 'The benchmarks use the product and scripts/, never the test helpers.',
		from: { path: '^bench/' },
		to: { path: '^tests/' },
	},
];

/** Top folders whose mutual imports must form no cycle (the acceptance of the layering). */
const FOLDERS = ['scripts/rules', 'scripts/pipeline', 'scripts/site-checks', 'src/shared', 'src/lib', 'src/config', 'src/schemas'];
const folderOf = (path: string): string | undefined => FOLDERS.find((f) => path.startsWith(`${f}/`));

let result: ICruiseResult;

beforeAll(async () => {
	const cruised = await cruise(['scripts', 'src', 'bench', 'tests'], {
		validate: true,
		ruleSet: { forbidden: [...LAYERS] },
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(dist|\\.astro|src/content/generated|tests/fixtures|tests/corpus)/' },
		tsPreCompilationDeps: true,
	});
	result = cruised.output as ICruiseResult;
});

describe('architecture', () => {
	it('cruises the code base', () => {
		// Non-vacuity: the rules below mean nothing if the modules were not found or their imports not resolved.
		const sources = new Set(result.modules.map((m) => m.source));
		for (const module of ['scripts/diagnostics.ts', 'scripts/pipeline/run.ts', 'src/shared/search/query.ts', 'src/lib/entries.ts'])
			expect(sources, module).toContain(module);
		const run = result.modules.find((m) => m.source === 'scripts/pipeline/run.ts');
		expect(run?.dependencies.some((d) => d.resolved.startsWith('scripts/pipeline/stages/'))).toBe(true);
	});

	it('keeps every layer rule (no cycle, diagnostics a leaf, src/shared pure, rules below the pipeline, no astro:content in Node)', () => {
		const violations = result.summary.violations.map(
			(v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
		);
		expect(violations).toEqual([]);
	});

	it('has no import cycle between the folders', () => {
		const edges = new Map<string, Set<string>>(FOLDERS.map((f) => [f, new Set()]));
		for (const module of result.modules) {
			const from = folderOf(module.source);
			if (!from) continue;
			for (const dependency of module.dependencies) {
				const to = folderOf(dependency.resolved);
				if (to && to !== from) edges.get(from)?.add(to);
			}
		}
		// Depth-first search for a back edge.
		const state = new Map<string, 'open' | 'done'>();
		const cycles: string[] = [];
		const visit = (folder: string, path: string[]) => {
			state.set(folder, 'open');
			for (const next of edges.get(folder) ?? []) {
				if (state.get(next) === 'open') cycles.push([...path, folder, next].join(' → '));
				else if (!state.has(next)) visit(next, [...path, folder]);
			}
			state.set(folder, 'done');
		};
		for (const folder of FOLDERS) if (!state.has(folder)) visit(folder, []);
		expect(cycles).toEqual([]);
		// Non-vacuity: the pipeline does import the rules and src/shared.
		expect([...(edges.get('scripts/pipeline') ?? [])]).toEqual(expect.arrayContaining(['scripts/rules', 'src/shared']));
	});

	it('keeps in src/lib only modules that need astro:content', () => {
		const lib = result.modules.filter((m) => m.source.startsWith('src/lib/'));
		expect(lib.length).toBeGreaterThan(0);
		for (const module of lib)
			expect(
				module.dependencies.map((d) => d.module),
				module.source,
			).toContain('astro:content');
	});
});
