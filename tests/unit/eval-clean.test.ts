import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmeasuredHeldOut } from '../../scripts/eval/clean.ts';

describe('eval:clean', () => {
	it('a plain run leaves out exactly the held-out batches that have no first measurement yet', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'eval-clean-'));
		const file = join(dir, 'batches.yaml');
		await writeFile(
			file,
			[
				'batches:',
				'  - { name: dev-1, role: dev }',
				'  - { name: heldout-1, role: heldout, firstMeasurement: { date: 2026-12-01 } }',
				'  - { name: heldout-9, role: heldout }',
			].join('\n'),
		);
		expect([...(await unmeasuredHeldOut(file))]).toEqual(['heldout-9']);
	});
});
