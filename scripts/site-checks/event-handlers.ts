import { error } from '../diagnostics.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** No inline event handler (onclick=…): the CSP allows scripts by hash only. */
export const eventHandlerCheck: SiteCheck = {
	codes: ['security/event-handler'],
	description: 'No element has an inline event handler (onclick=…); behaviour comes from script modules.',
	scope: 'page',
	check: (page) =>
		page.eventHandlers.map((handler) =>
			error('security/event-handler', { file: distFile(page.path) }, `inline event handler ${handler}`, 'Use a script module instead.'),
		),
};
