import { error } from '../diagnostics.ts';
import { distFile } from './links.ts';
import type { SiteCheck } from './types.ts';

/** Every page declares Simplified Chinese, for screen readers, fonts and search engines. */
export const langCheck: SiteCheck = {
	codes: ['a11y/lang'],
	description: 'Every page is declared Simplified Chinese: <html lang="zh-CN">.',
	scope: 'page',
	check: (page) =>
		page.lang === 'zh-CN'
			? []
			: [
					error(
						'a11y/lang',
						{ file: distFile(page.path) },
						`<html lang="${page.lang ?? ''}">`,
						'Every page is Simplified Chinese: lang="zh-CN".',
					),
				],
};
