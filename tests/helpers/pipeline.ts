import { type Editorial, loadEditorial } from '../../scripts/pipeline/editorial.ts';
import { readEditorial } from '../../scripts/pipeline/io.ts';
import { prepareSequential, sourceContext } from '../../scripts/pipeline/prepare-source.ts';
import { type PipelineOutput, runPipeline } from '../../scripts/pipeline/run.ts';
import type { SourceFile } from '../../scripts/pipeline/types.ts';

/** The editorial data of src/editorial/, loaded as the CLI loads it; throws (with the diagnostics) when it is invalid. */
export async function shippedEditorial(): Promise<Editorial> {
	const loaded = loadEditorial(await readEditorial('src/editorial'), 'src/editorial');
	if (!loaded.ok)
		throw new Error(`src/editorial is invalid: run npm run ingest for details\n${JSON.stringify(loaded.diagnostics, null, 2)}`);
	return loaded.value;
}

/** The whole pipeline over `sources` with the sequential producer, as `npm run ingest` runs a small corpus. */
export function runOn(sources: readonly SourceFile[], editorial: Editorial): PipelineOutput {
	return runPipeline({ prepared: prepareSequential(sources, sourceContext(editorial)), editorial });
}
