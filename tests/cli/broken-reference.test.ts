import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The ingest CLI refuses a catalogue with a broken reference: exit 1, a message naming the entry and the missing ID. */
describe('npm run ingest with a broken reference', () => {
	it('fails, names the entry, the missing ID and the file, and leaves --out untouched', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-broken-'));
		const editorial = join(dir, 'editorial');
		cpSync('src/editorial', editorial, { recursive: true });
		const causes = readFileSync(join(editorial, 'causes.yaml'), 'utf8');
		const first = /- id: (C-\d+)[\s\S]*?\n {2}remedies: \[([^\]]*)\]/.exec(causes);
		expect(first, 'causes.yaml has a cause with a remedies list').not.toBeNull();
		writeFileSync(
			join(editorial, 'causes.yaml'),
			causes.replace(first![0], first![0].replace(`remedies: [${first![2]}]`, 'remedies: [R-99]')),
		);
		const out = join(dir, 'out');
		const result = spawnSync(
			process.execPath,
			['scripts/ingest.ts', '--editorial', editorial, '--out', out, '--report', join(dir, 'report.json'), '--quiet'],
			{
				encoding: 'utf8',
			},
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(first![1]!);
		expect(result.stderr).toContain('R-99');
		expect(result.stderr).toContain('causes.yaml');
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(existsSync(out)).toBe(false);
	});
});
