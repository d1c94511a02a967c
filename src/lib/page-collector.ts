/**
 * The hand-over between the build's renderer and the integrations that need every page: while
 * `astro build` runs, an integration registers a collector (the search index, the download links
 * waiting for their files) and the middleware gives each collector every rendered page
 * (src/middleware.ts). Kept on globalThis: the integrations and the rendered pages are separate
 * module instances in one process. Outside a build there is none, and the middleware does nothing.
 */
export interface PageCollector {
	/** `url` is the page's path without the base path, as Pagefind stores it: "/van-ban/x/". */
	add(url: string, html: string): void;
}
const COLLECTORS = Symbol.for('hg.page.collectors');
const slot = globalThis as Record<symbol, Map<string, PageCollector> | undefined>;
const collectors = (slot[COLLECTORS] ??= new Map());

/** The collectors of the build in progress (none on the dev server, in scripts and tests). */
export const pageCollectors = (): Iterable<PageCollector> => collectors.values();
export const setPageCollector = (name: string, c: PageCollector | undefined) => void (c ? collectors.set(name, c) : collectors.delete(name));

/** The file a page URL was written to: "/x/" → "x/index.html"; the 404 page ("/404/") → "404.html". */
export const fileOfUrl = (url: string) => (/^\/404\/?$/.test(url) ? '404.html' : url.endsWith('/') ? `${url.slice(1)}index.html` : `${url.slice(1)}.html`);
