import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run. Locally a missing Chromium skips them; with CI=true it fails them,
 * so CI never passes without having run the browser tests.
 */
export function browserAvailable(): boolean {
	if (existsSync(CHROMIUM)) return true;
	if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run).`);
	return false;
}

/** Flags that work as root on these machines (see shared notes); the benchmarks launch Chromium with them too. */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function launch(extraFlags: readonly string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}
