import { z } from 'astro/zod';

/** The payment chain, in the order a card payment travels through it. */
export const CHAIN_STAGES = [
	'持卡人与卡片',
	'POS 终端',
	'通信网络',
	'收单机构/第三方支付',
	'银联/卡组织',
	'发卡行',
	'清算结算',
	'商户账户',
] as const;

export const chainStageSchema = z.enum(CHAIN_STAGES);
export type ChainStage = z.infer<typeof chainStageSchema>;
