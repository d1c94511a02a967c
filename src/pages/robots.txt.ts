import type { APIRoute } from 'astro';

/** robots.txt: everything may be read; the sitemap lists the pages meant for search engines. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
