import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../scripts/chromium.ts';

/**
 * Whether browser tests can run. Locally a missing Chromium skips them; with CI=true it fails them,
 * so CI never passes without having run the browser tests.
 */
export function browserAvailable(): boolean {
	if (existsSync(CHROMIUM)) return true;
	if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run).`);
	return false;
}
