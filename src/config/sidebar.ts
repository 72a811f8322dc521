import { existsSync, readFileSync } from 'node:fs';

/**
 * The sidebar, grouped by collection. Symptoms are listed one by one (they are where readers start); the other
 * collections link to their index pages, which group entries by category, stage and audience. Keeping the sidebar
 * short keeps every page light. Read at config time from the pipeline's output.
 */
export function sidebar(root = '.') {
	const path = `${root}/src/content/generated/symptoms.json`;
	const symptoms = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Array<{ id: string; title: string }>) : [];
	return [
		{ label: '首页', link: '/' },
		{
			label: '症状',
			items: [{ label: '全部症状', link: '/symptoms/' }, ...symptoms.map((s) => ({ label: s.title, link: `/symptoms/${s.id}/` }))],
		},
		{ label: '应答码', items: [{ label: '应答码一览', link: '/codes/' }] },
		{
			label: '原因与处理',
			items: [
				{ label: '原因', link: '/causes/' },
				{ label: '解决方法', link: '/remedies/' },
				{ label: '预防措施', link: '/prevention/' },
				{ label: '案例', link: '/cases/' },
			],
		},
		{ label: '搜索', link: '/search/' },
		{ label: '关于本知识库', link: '/about/' },
	];
}
