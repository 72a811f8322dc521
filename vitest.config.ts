import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		setupFiles: ['tests/setup/fast-check.ts'],
		// Browser tests share one Chromium and one static server; site tests read dist/ built by `npm run build`.
		fileParallelism: true,
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
