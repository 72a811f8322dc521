import { brandEndorsementRule } from './brand-endorsement.ts';
import { brandMentionRule } from './brand-mention.ts';
import {
	contactInvitationRule,
	emailRule,
	messengerIdRule,
	phoneNumberRule,
	salespersonRule,
	splitPhoneNumberRule,
	unofficialHotlineRule,
	urlRule,
} from './contacts.ts';
import { htmlMarkupRule, htmlScriptRule, markdownMarkupRule, markupLeftoverRule } from './html.ts';
import { keywordSaladRule } from './keyword-salad.ts';
import { maskedTextRule } from './masked.ts';
import { metaCommentaryRule, metaLabelRule } from './meta.ts';
import {
	bareNumberRule,
	contactLabelRule,
	headTagsRule,
	logoCaptionRule,
	navigationRule,
	pageMetaRule,
	seoCaptionRule,
	tokenListRule,
} from './page-furniture.ts';
import { promoSectionRule } from './promo-section.ts';
import { relatedLinksRule } from './related-links.ts';
import { repeatedTeaserRule, repeatedTitleRule } from './repeats.ts';
import { callToActionRule, feeOfferRule, recruitmentRule } from './selling.ts';
import { breadcrumbRule, clipboardWidgetRule, imageCaptionRule, siteFurnitureRule } from './site-furniture.ts';
import { disclaimerRule, selfReferenceRule, siteNameRule } from './site-identity.ts';
import { spamRule } from './spam.ts';
import { tableOfContentsRule } from './table-of-contents.ts';
import { productTestimonialRule } from './testimonial.ts';
import type { PromotionRule } from './types.ts';

export type { PromotionContext, PromotionRule } from './types.ts';
export { EMPTY_PROMOTION_CONTEXT, parseHotlines, parsePromotionContext, parsePromotionVocabulary } from './vocabulary.ts';

/**
 * Every promotion rule, in the order they run within their scope. Scopes run as: document rules (phase `before`), line
 * rules, then per line words rules and clause rules until nothing changes, then document rules (phase `after`).
 * Within a scope, the first rule that claims a line or clause names the removal.
 */
export const PROMOTION_RULES: readonly PromotionRule[] = [
	// Document structure.
	htmlScriptRule,
	tableOfContentsRule,
	repeatedTitleRule,
	relatedLinksRule,
	breadcrumbRule,
	splitPhoneNumberRule,
	promoSectionRule,
	repeatedTeaserRule,
	seoCaptionRule,
	headTagsRule,
	// Whole lines.
	spamRule,
	brandEndorsementRule,
	bareNumberRule,
	contactLabelRule,
	navigationRule,
	logoCaptionRule,
	// Inserted words.
	htmlMarkupRule,
	markupLeftoverRule,
	markdownMarkupRule,
	maskedTextRule,
	metaLabelRule,
	clipboardWidgetRule,
	imageCaptionRule,
	pageMetaRule,
	siteNameRule,
	tokenListRule,
	productTestimonialRule,
	unofficialHotlineRule,
	keywordSaladRule,
	brandMentionRule,
	// Clauses and sentences.
	urlRule,
	emailRule,
	phoneNumberRule,
	messengerIdRule,
	contactInvitationRule,
	salespersonRule,
	callToActionRule,
	feeOfferRule,
	recruitmentRule,
	siteFurnitureRule,
	metaCommentaryRule,
	selfReferenceRule,
	disclaimerRule,
];

/** Rules that only make sense on a whole article with a title; the site scanner leaves them out. */
export const ARTICLE_ONLY_RULES: ReadonlySet<string> = new Set([
	tableOfContentsRule.id,
	repeatedTitleRule.id,
	repeatedTeaserRule.id,
	breadcrumbRule.id,
	headTagsRule.id,
	seoCaptionRule.id,
]);

/**
 * Clause rules whose presence next to a brand makes the whole line a sales pitch (the remainder of such a line is
 * instructions like “工作人员收到申请后会联系申请人”).
 */
export const SELLING_RULES: ReadonlySet<string> = new Set([
	urlRule.id,
	emailRule.id,
	phoneNumberRule.id,
	messengerIdRule.id,
	contactInvitationRule.id,
	salespersonRule.id,
	callToActionRule.id,
	feeOfferRule.id,
	recruitmentRule.id,
]);
