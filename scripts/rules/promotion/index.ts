import { adLabelRule } from './ad-label.ts';
import { articleTextRule } from './article-text.ts';
import { authorityQuoteRule } from './authority.ts';
import { brandEndorsementRule } from './brand-endorsement.ts';
import { brandMentionRule } from './brand-mention.ts';
import { brandPitchRule } from './brand-pitch.ts';
import { breadcrumbSegmentRule } from './breadcrumb-segments.ts';
import { bylineNameRule } from './byline.ts';
import {
	bracketedTitleRule,
	offTopicRule,
	pictographRule,
	sellingClaimRule,
	siteCityRule,
	siteTaglineRule,
	sloganLineRule,
	symbolLineRule,
} from './claims.ts';
import { codeLineRule, inlineCodeRule, leadingTemplateLabelRule, templateLabelRule } from './code-lines.ts';
import { codeValueRule, schemeUrlRule } from './code-values.ts';
import { consultationCallRule } from './consultation.ts';
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
import { foreignScriptRule, latinDateRule } from './foreign-script.ts';
import { bumpReplyRule, floorNumberRule, readerCallRule } from './forum-and-reader.ts';
import { helpWidgetRule } from './help-page.ts';
import { htmlMarkupRule, htmlScriptRule, markdownMarkupRule, markupLeftoverRule } from './html.ts';
import { digitInjectionRule, jammerNoiseRule } from './jammer.ts';
import { keywordSaladRule } from './keyword-salad.ts';
import { latinProseRule, latinSentenceRule, linkWordRule } from './latin-prose.ts';
import { maskedTextRule } from './masked.ts';
import { metaCommentaryRule, metaLabelRule } from './meta.ts';
import { nameColumnRule } from './name-column.ts';
import { navigationMenuRule } from './navigation-menu.ts';
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
import { latinFurnitureRule, listLabelRule, offTopicTitlesRule, widgetLineRule } from './page-structure.ts';
import { passageScorerRule } from './passage-scorer.ts';
import { labelledAddressRule, postalAddressRule } from './postal-address.ts';
import { productClaimRule, sellerSubjectRule } from './product-claim.ts';
import { promoSectionRule } from './promo-section.ts';
import {
	captionLineRule,
	columnTagRule,
	dateStampRule,
	forwardPromptRule,
	gluedCaptionRule,
	hereLinkRule,
	parallelSloganRule,
	readingStatRule,
	repostMarkRule,
	socialHandleRule,
	toolLabelRule,
} from './reading-furniture.ts';
import { relatedLinksRule } from './related-links.ts';
import { repeatedTeaserRule, repeatedTitleRule } from './repeats.ts';
import { reversedCopyRule } from './scrambled.ts';
import { sellerVoiceRule } from './seller-voice.ts';
import { callToActionRule, feeOfferRule, recruitmentRule } from './selling.ts';
import { breadcrumbRule, clipboardWidgetRule, imageCaptionRule, newsCreditRule, siteFurnitureRule } from './site-furniture.ts';
import { disclaimerRule, selfReferenceRule, siteNameRule } from './site-identity.ts';
import {
	contactPointerRule,
	cookieNoticeRule,
	hashMarkRule,
	hashtagLineRule,
	latinDisclaimerRule,
	pictureHeadlineRule,
	productListingRule,
	taxonomyLineRule,
} from './site-notices.ts';
import { spamRule, spamSentenceRule } from './spam.ts';
import { spunInjectionRule } from './spun-injection.ts';
import { tableOfContentsRule } from './table-of-contents.ts';
import { teaserLinkRule } from './teaser-link.ts';
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
	bylineNameRule,
	relatedLinksRule,
	listLabelRule,
	offTopicTitlesRule,
	latinFurnitureRule,
	helpWidgetRule,
	foreignScriptRule,
	breadcrumbRule,
	breadcrumbSegmentRule,
	splitPhoneNumberRule,
	promoSectionRule,
	repeatedTeaserRule,
	seoCaptionRule,
	headTagsRule,
	// English prose on a Chinese page (phase `after`).
	latinProseRule,
	// A documentation site's menu (phase `after`).
	navigationMenuRule,
	// Positive evidence, after every other rule (phase `after`): what does not read as the article goes.
	articleTextRule,
	// Whole lines.
	spamRule,
	brandEndorsementRule,
	bareNumberRule,
	floorNumberRule,
	bumpReplyRule,
	adLabelRule,
	latinDateRule,
	contactLabelRule,
	widgetLineRule,
	navigationRule,
	logoCaptionRule,
	sloganLineRule,
	siteTaglineRule,
	parallelSloganRule,
	readingStatRule,
	toolLabelRule,
	captionLineRule,
	hashtagLineRule,
	pictureHeadlineRule,
	taxonomyLineRule,
	symbolLineRule,
	codeLineRule,
	templateLabelRule,
	offTopicRule,
	// Inserted words.
	pictographRule,
	latinSentenceRule,
	linkWordRule,
	teaserLinkRule,
	hereLinkRule,
	latinDisclaimerRule,
	cookieNoticeRule,
	contactPointerRule,
	productListingRule,
	hashMarkRule,
	htmlMarkupRule,
	markupLeftoverRule,
	markdownMarkupRule,
	schemeUrlRule,
	codeValueRule,
	inlineCodeRule,
	leadingTemplateLabelRule,
	jammerNoiseRule,
	digitInjectionRule,
	maskedTextRule,
	spunInjectionRule,
	reversedCopyRule,
	metaLabelRule,
	clipboardWidgetRule,
	imageCaptionRule,
	newsCreditRule,
	pageMetaRule,
	dateStampRule,
	columnTagRule,
	repostMarkRule,
	socialHandleRule,
	gluedCaptionRule,
	siteNameRule,
	siteCityRule,
	bracketedTitleRule,
	tokenListRule,
	productTestimonialRule,
	authorityQuoteRule,
	unofficialHotlineRule,
	postalAddressRule,
	labelledAddressRule,
	keywordSaladRule,
	productClaimRule,
	sellerSubjectRule,
	sellerVoiceRule,
	nameColumnRule,
	brandPitchRule,
	brandMentionRule,
	// Clauses and sentences.
	urlRule,
	emailRule,
	phoneNumberRule,
	messengerIdRule,
	contactInvitationRule,
	consultationCallRule,
	salespersonRule,
	callToActionRule,
	feeOfferRule,
	recruitmentRule,
	siteFurnitureRule,
	metaCommentaryRule,
	readerCallRule,
	forwardPromptRule,
	selfReferenceRule,
	disclaimerRule,
	sellingClaimRule,
	spamSentenceRule,
	// Statistics, last: what no rule named.
	passageScorerRule,
];
