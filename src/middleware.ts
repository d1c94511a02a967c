/**
 * During `astro build`, hands every rendered page to the integrations that collect pages
 * (src/lib/page-collector.ts): Pagefind indexes it while the next pages render, and the PDF step
 * notes the pages whose download links wait for a file. Does nothing on the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollectors } from './lib/page-collector.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const collectors = [...pageCollectors()];
	if (!collectors.length || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	// Without the base path: Pagefind adds it in the browser.
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const url = context.url.pathname.slice(base.length) || '/';
	for (const c of collectors) c.add(url, html);
	return new Response(html, response);
});
