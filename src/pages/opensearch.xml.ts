import type { APIRoute } from 'astro';

/**
 * OpenSearch description (every page links it in its head: rel="search"), so a browser can search the knowledge base
 * from its address bar: the query opens the search page, /search/?q=…. OpenSearch wants absolute addresses: they carry
 * the build's origin (SITE_URL; set it when deploying, as for the sitemap and Open Graph links).
 */
export const GET: APIRoute = ({ site }) => {
	const origin = (site ?? new URL('http://localhost:4321')).origin;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>POS 刷卡故障知识库</ShortName>
	<Description>按现象、终端提示、应答码或编号搜索 POS 刷卡故障的原因和解决方法</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Language>zh-CN</Language>
	<Image type="image/svg+xml">${origin}/favicon.svg</Image>
	<Image width="16" height="16" type="image/x-icon">${origin}/favicon.ico</Image>
	<Url type="text/html" method="get" template="${origin}/search/?q={searchTerms}"/>
	<moz:SearchForm>${origin}/search/</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
