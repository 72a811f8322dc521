import type { z } from 'astro/zod';
import { error, type StageResult } from '../diagnostics.ts';

/**
 * Reads a trained model file of src/editorial/ (written as JSON, which is YAML) against its schema. A file that is not
 * JSON or does not fit the schema fails with diagnostics coded `<code>-json` / `<code>-invalid` and a hint to rebuild it.
 */
export function parseModelFile<T>(
	text: string,
	file: string,
	schema: z.ZodType<T>,
	model: { name: string; code: string; rebuild: string },
): StageResult<T> {
	const hint = `Rebuild it with \`${model.rebuild}\`.`;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (cause) {
		return { ok: false, diagnostics: [error(`${model.code}-json`, { file }, `Cannot parse the ${model.name}: ${String(cause)}.`, hint)] };
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success)
		return {
			ok: false,
			diagnostics: parsed.error.issues.map((issue) =>
				error(`${model.code}-invalid`, { file }, `${issue.path.join('.') || '(root)'}: ${issue.message}.`, hint),
			),
		};
	return { ok: true, value: parsed.data, diagnostics: [] };
}
