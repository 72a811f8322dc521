import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		setupFiles: ['tests/setup/fast-check.ts'],
		// Site tests read dist/ built by `npm run build`. Each browser test file starts its own Chromium and static
		// server, and two site tests run a build as a child process: most of their time is spent waiting on another
		// process, so three files at a time keep two cores busy (the default, cores − 1, would run them one by one).
		fileParallelism: true,
		maxWorkers: 3,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser polls wait on Chromium beside two other test files; one second (the default) is not enough under load.
		expect: { poll: { timeout: 10_000 } },
	},
});
