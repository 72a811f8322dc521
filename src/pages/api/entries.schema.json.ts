import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { entriesExportSchema } from '../../schemas/export.ts';

/** The JSON Schema (draft 2020-12) of /api/entries.json, generated from the zod schema the build validates it with. */
export const GET: APIRoute = () => {
	const schema = {
		...z.toJSONSchema(entriesExportSchema, { target: 'draft-2020-12', io: 'output' }),
		title: 'POS 刷卡故障知识库：条目导出（/api/entries.json）',
	};
	return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
