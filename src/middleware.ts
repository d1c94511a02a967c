/**
 * During `astro build`, hands every rendered page to the search index (src/integrations/pagefind.ts)
 * so Pagefind indexes while the next pages render. Does nothing on the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollector } from './lib/page-collector.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const collector = pageCollector();
	if (!collector || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	// Pagefind stores URLs without the base path and adds it in the browser.
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	collector.add(context.url.pathname.slice(base.length) || '/', html);
	return new Response(html, response);
});
