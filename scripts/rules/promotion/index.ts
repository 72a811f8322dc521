import { brandEndorsementRule } from './brand-endorsement.ts';
import {
	contactInvitationRule,
	messengerIdRule,
	phoneNumberRule,
	salespersonRule,
	splitPhoneNumberRule,
	unofficialHotlineRule,
	urlRule,
} from './contacts.ts';
import { htmlMarkupRule, htmlScriptRule } from './html.ts';
import { keywordSaladRule } from './keyword-salad.ts';
import { metaCommentaryRule, metaLabelRule } from './meta.ts';
import { promoSectionRule } from './promo-section.ts';
import { relatedLinksRule } from './related-links.ts';
import { repeatedTeaserRule, repeatedTitleRule } from './repeats.ts';
import { callToActionRule, feeOfferRule, recruitmentRule } from './selling.ts';
import { breadcrumbRule, clipboardWidgetRule, imageCaptionRule, siteFurnitureRule } from './site-furniture.ts';
import { spamRule } from './spam.ts';
import { tableOfContentsRule } from './table-of-contents.ts';
import { productTestimonialRule } from './testimonial.ts';
import type { PromotionRule } from './types.ts';

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
	// Whole lines.
	spamRule,
	brandEndorsementRule,
	// Inserted words.
	htmlMarkupRule,
	metaLabelRule,
	clipboardWidgetRule,
	imageCaptionRule,
	productTestimonialRule,
	unofficialHotlineRule,
	keywordSaladRule,
	// Clauses and sentences.
	urlRule,
	phoneNumberRule,
	messengerIdRule,
	contactInvitationRule,
	salespersonRule,
	callToActionRule,
	feeOfferRule,
	recruitmentRule,
	siteFurnitureRule,
	metaCommentaryRule,
];
