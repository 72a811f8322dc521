import { describe, expect, it } from 'vitest';
import { recoverAddress } from '../../src/shared/recover-address.ts';

const known = new Set(['R-24', 'R-07', 'S-01', 'C-01', 'K-03', 'P-12', '51', 'A0', '05']);
const recover = (path: string, hash = '') => recoverAddress(path, hash, known)?.url;

describe('recoverAddress (the 404 page: which entry a mistyped address was meant for)', () => {
	it('reads an entry ID in any case, with or without the slash, the hyphen or leading zeros', () => {
		for (const path of [
			'/r-24/',
			'/R-24',
			'/r24',
			'/R_24/',
			'/R-024/',
			'/remedies/r-24/',
			'/Remedies/R-24',
			'/remedy/R-24/',
			'/R-24/index.html',
		])
			expect(recover(path), path).toBe('/remedies/R-24/');
		expect(recover('/s-1')).toBe('/symptoms/S-01/');
		expect(recover('/causes/c-01/')).toBe('/causes/C-01/');
		expect(recover('/k-03')).toBe('/cases/K-03/');
		expect(recover('/prevention/p-12.html')).toBe('/prevention/P-12/');
	});

	it('keeps the step anchor, from the hash or typed into the path', () => {
		expect(recover('/r-24', '#step-2')).toBe('/remedies/R-24/#step-2');
		expect(recover('/R-24/', '#Step-2')).toBe('/remedies/R-24/#step-2');
		expect(recover('/R-24%23step-2')).toBe('/remedies/R-24/#step-2');
		// Not an anchor a page has: dropped rather than carried along.
		expect(recover('/r-24', '#<script>')).toBe('/remedies/R-24/');
	});

	it('reads a response code after /codes/ or on its own, in any case', () => {
		expect(recover('/codes/51')).toBe('/codes/51/');
		expect(recover('/Codes/51/')).toBe('/codes/51/');
		expect(recover('/codes/a0')).toBe('/codes/A0/');
		expect(recover('/codes/51.html')).toBe('/codes/51/');
		expect(recover('/51/')).toBe('/codes/51/');
		expect(recover('/05')).toBe('/codes/05/');
	});

	it('names nothing when the address names no known entry', () => {
		for (const path of [
			'/',
			'/no-such-page/',
			'/a/b/c/d.html',
			'/remedies/R-999/',
			'/R-99/',
			'/codes/ZZ/',
			'/2024/05/',
			'/search/',
			'/%E0%A4%A/',
		])
			expect(recover(path), path).toBeUndefined();
	});
});
