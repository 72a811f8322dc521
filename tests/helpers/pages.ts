import { type ApiEntry, apiEntries } from './dist.ts';

/** Entry types, in the order pages are listed in reports and screenshots. */
export const TYPES: ReadonlyArray<ApiEntry['type']> = ['symptom', 'cause', 'remedy', 'prevention', 'case', 'code'];

/**
 * One page of every kind the site has: home, one entry page per type (and a symptom page at an answer of its quick
 * diagnosis), the collection and code indexes, the about page, search and the 404 page (any unknown path; the static host answers with dist/404.html).
 */
export async function pageKinds(): Promise<Array<{ kind: string; path: string; missing?: boolean }>> {
	const entries = await apiEntries();
	const first = (type: ApiEntry['type']) => entries.find((e) => e.type === type)!.url;
	return [
		{ kind: 'home', path: '/' },
		...TYPES.map((type) => ({ kind: type, path: first(type) })),
		// A symptom page opened at an outcome of its quick diagnosis (the link an agent shares).
		{ kind: 'symptom-diagnosis', path: `${first('symptom')}#dx-network-down` },
		{ kind: 'symptom-index', path: '/symptoms/' },
		{ kind: 'cause-index', path: '/causes/' },
		{ kind: 'remedy-index', path: '/remedies/' },
		{ kind: 'prevention-index', path: '/prevention/' },
		{ kind: 'case-index', path: '/cases/' },
		{ kind: 'code-index', path: '/codes/' },
		{ kind: 'about', path: '/about/' },
		{ kind: 'search', path: '/search/?q=%E5%88%B7%E5%8D%A1%E5%A4%B1%E8%B4%A5' },
		{ kind: '404', path: '/no-such-page/', missing: true },
	];
}
