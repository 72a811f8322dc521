/** The head element that points browsers to the OpenSearch description (src/pages/opensearch.xml.ts), on every page. */
export const OPENSEARCH_LINK = {
	tag: 'link',
	attrs: { rel: 'search', type: 'application/opensearchdescription+xml', title: 'POS 刷卡故障知识库', href: '/opensearch.xml' },
} as const;
