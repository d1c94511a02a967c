/**
 * The hand-over between the build's renderer and the search index: the Pagefind integration sets a
 * collector for the duration of `astro build` (src/integrations/pagefind.ts) and the middleware
 * gives it each rendered page (src/middleware.ts). Kept on globalThis: the integration and the
 * rendered pages are separate module instances in one process.
 */
export interface PageCollector {
	add(url: string, html: string): void;
}
const COLLECTOR = Symbol.for('hg.pagefind.collector');
const slot = globalThis as Record<symbol, PageCollector | undefined>;

/** The collector of the build in progress, or undefined (dev server, scripts, tests). */
export const pageCollector = (): PageCollector | undefined => slot[COLLECTOR];
export const setPageCollector = (c: PageCollector | undefined) => void (slot[COLLECTOR] = c);
