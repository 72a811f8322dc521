import { z } from 'astro/zod';

/** A reply a support agent sends as it is: addressed to its recipient (您好，…), in plain polite Chinese. */
export const replyTextSchema = z.string().min(30);

/**
 * The replies of a remedy, one per recipient it applies to. Each says what happened, what to do, how long it usually
 * takes and whom to contact; the page appends the remedy's link. Never instructions to staff, and to a cardholder a
 * lost, stolen or pick-up decline is a generic decline (scripts/editorial-checks/reply-addressee.ts checks both).
 */
export const remedyRepliesSchema = z
	.object({
		/** To the cardholder (the customer whose card was used). */
		cardholder: replyTextSchema.optional(),
		/** To the merchant or cashier who runs the terminal. */
		merchant: replyTextSchema.optional(),
	})
	.refine((r) => r.cardholder !== undefined || r.merchant !== undefined, { message: 'Give at least one reply: cardholder or merchant' });
export type RemedyReplies = z.infer<typeof remedyRepliesSchema>;

/** The recipients of replies, in the order pages show them, with their Chinese names. */
export const REPLY_RECIPIENTS = { cardholder: '持卡人', merchant: '商户或收银员' } as const;
export type ReplyRecipient = keyof typeof REPLY_RECIPIENTS;
