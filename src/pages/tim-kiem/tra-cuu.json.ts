import type { APIRoute } from 'astro';
import { getContent } from '../../data/content.ts';
import { documentAliases } from '../../lib/article-lookup.ts';
import { documentPath, withBase } from '../../lib/paths.ts';
import { DOCUMENT_TYPES } from '../../schemas/registry-document.ts';

/**
 * The registry in the small form the search page needs to answer "điều 9 luật hgcs" directly
 * (src/lib/article-lookup.ts). A few KB, fetched only by the search page.
 */
export const GET: APIRoute = async () => {
	const { documents } = await getContent();
	const base = import.meta.env.BASE_URL;
	const docs = [...documents.values()].map(({ id, data: d }) => ({
		id,
		url: withBase(base, documentPath(id)),
		label: d.shortTitle,
		number: d.number,
		primary: d.primary,
		aliases: documentAliases({ ...d, typeLabel: DOCUMENT_TYPES[d.type] }),
		articles: d.articles.map((a) => a.number),
		titles: Object.fromEntries(d.articles.filter((a) => a.title).map((a) => [a.number, a.title])),
	}));
	return new Response(JSON.stringify(docs), { headers: { 'Content-Type': 'application/json' } });
};
