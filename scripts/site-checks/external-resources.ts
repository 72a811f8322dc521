import { error } from '../diagnostics.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** Every script, style, image and font comes from this site. */
export const externalResourceCheck: SiteCheck = {
	codes: ['security/external-resource'],
	description: 'No page loads a script, style, image or font from another origin.',
	scope: 'page',
	check: (page) =>
		page.externalResources.map((url) =>
			error(
				'security/external-resource',
				{ file: distFile(page.path) },
				`loads ${url}`,
				'Serve every script, style and font from this site.',
			),
		),
};
