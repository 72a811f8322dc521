import { mkdir, stat } from 'node:fs/promises';
import sharp from 'sharp';

/**
 * Copies the README's screenshots from the browser tests' artifacts (test-results/screenshots/, written by
 * tests/browser/screenshots.test.ts) into docs/screenshots/, scaled to CSS pixels and saved as palette PNGs so the
 * repository stays small. Run after `npm test`: `npm run screenshots:docs`.
 */
const FROM = 'test-results/screenshots';
const TO = 'docs/screenshots';
const SHOTS = ['home-desktop', 'home-phone', 'remedy-desktop', 'remedy-phone'];
/** Widths in CSS pixels: the phone screenshots are taken at device scale 2. */
const WIDTH: Record<string, number> = { desktop: 1280, phone: 390 };

await mkdir(TO, { recursive: true });
for (const name of SHOTS) {
	const source = `${FROM}/${name}.png`;
	if (!(await stat(source).catch(() => undefined))) {
		process.stderr.write(`screenshots: ${source} is missing: run npm test (or vitest run tests/browser/screenshots.test.ts) first.\n`);
		process.exitCode = 1;
		continue;
	}
	const width = WIDTH[name.split('-').at(-1)!]!;
	await sharp(source).resize({ width }).png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 }).toFile(`${TO}/${name}.png`);
	process.stderr.write(`screenshots: ${TO}/${name}.png (${((await stat(`${TO}/${name}.png`)).size / 1024).toFixed(0)} KiB)\n`);
}
