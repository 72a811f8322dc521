import { z } from 'astro/zod';

/**
 * The payment chain, in the order a card payment travels through it. 收银操作与环境 is the counter: what the cashier does
 * (amounts, retries, chip or magstripe, pre-authorisations) and the shop around the terminal (training, weather,
 * interference), apart from the terminal itself.
 */
export const CHAIN_STAGES = [
	'持卡人与卡片',
	'收银操作与环境',
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
