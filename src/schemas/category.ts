import { z } from 'astro/zod';

/** Where a problem belongs, as support teams file it. */
export const CATEGORIES = ['卡片', '终端硬件', '终端软件', '通信网络', '操作', '银行与支付机构', '商户', '环境', '管理'] as const;

export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;
