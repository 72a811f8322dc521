import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, as the browser tests (tests/browser/) and the benchmarks (bench/) launch it; never a downloaded
 * browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
