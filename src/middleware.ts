/**
 * During `astro build`, gives every page its Content-Security-Policy <meta> (the hashes of its
 * inlined CSS; src/config/security.ts) and hands it to the integrations that collect pages
 * (src/lib/page-collector.ts): Pagefind indexes it while the next pages render, and the PDF step
 * notes the pages whose download links wait for a file. Does nothing on the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCollectors } from './lib/page-collector.ts';
import { withPagePolicy } from './config/security.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!import.meta.env.PROD || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = withPagePolicy(await response.text());
	const collectors = [...pageCollectors()];
	// Without the base path: Pagefind adds it in the browser.
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const url = context.url.pathname.slice(base.length) || '/';
	for (const c of collectors) c.add(url, html);
	return new Response(html, response);
});
