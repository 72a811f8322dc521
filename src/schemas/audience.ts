import { z } from 'astro/zod';

/** Who reads or acts on an entry. */
export const AUDIENCES = ['持卡人', '商户', '收银员', '技术支持'] as const;

export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

/** Who carries out a remedy or must act on a response code. */
export const ACTORS = ['持卡人', '商户', '收银员', '技术支持', '收单机构', '发卡行'] as const;
export const actorSchema = z.enum(ACTORS);
export type Actor = z.infer<typeof actorSchema>;
