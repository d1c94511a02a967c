/**
 * Pagefind's engine files that the search page prefetches (<link rel="prefetch">) while it loads.
 * Pagefind's Web Worker otherwise fetches them one after the other (its own script, then the
 * entry file, then the WebAssembly and the index metadata): on a slow line each step is a round
 * trip. Prefetched, the worker takes them from the browser cache. They are served with a short
 * max-age for that (cacheControl in src/integrations/print-pdfs.ts; README, "Deploying"). The
 * index metadata is prefetched too, but its name is known only once Pagefind has written the
 * index: the page leaves {@link INDEX_META_SLOT} in its head for the build to fill.
 */
export const ENGINE_PREFETCH = ['pagefind-worker.js', 'wasm.unknown.pagefind'] as const;

/**
 * The search page's prefetch links for {@link ENGINE_PREFETCH} under the site's `base`. The
 * worker script is loaded by `new Worker()` (no CORS mode); the WebAssembly and the metadata are
 * fetched by the worker in CORS mode, which the prefetch must match for the cache to serve it.
 */
export const enginePrefetchLinks = (base: string): { href: string; crossorigin?: 'anonymous' }[] =>
	ENGINE_PREFETCH.map((f) => (f.endsWith('.js') ? { href: `${base}pagefind/${f}` } : { href: `${base}pagefind/${f}`, crossorigin: 'anonymous' }));

/** What pagefind-entry.json says about each language's index. */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The build's check that the prefetch still fits the engine Pagefind wrote: each prefetched file
 * exists, and the worker script and the WebAssembly the entry file names (Pagefind loads
 * wasm.<language>.pagefind, or wasm.unknown.pagefind where it has no stemmer) are prefetched.
 */
export function enginePrefetchProblems(entry: PagefindEntry, exists: (file: string) => boolean): string[] {
	const prefetched: readonly string[] = ENGINE_PREFETCH;
	const needed = ['pagefind-worker.js', ...Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`)];
	return [
		...prefetched.filter((f) => !exists(f)).map((f) => `the search page prefetches pagefind/${f}, which Pagefind did not write`),
		...needed.filter((f) => !prefetched.includes(f)).map((f) => `Pagefind's worker loads pagefind/${f}, which the search page does not prefetch`),
	];
}

/** An inert element in the search page's head that the build replaces with the prefetch of the index metadata. */
export const INDEX_META_SLOT = '<template data-hg-index-meta></template>';

/** The index metadata file of each language the entry file lists, under the site's `base`. */
export const indexMetaUrls = (entry: PagefindEntry, base: string): string[] => Object.values(entry.languages).map((l) => `${base}pagefind/pagefind.${l.hash}.pf_meta`);

/** Whether a built page's head holds {@link INDEX_META_SLOT} (only the head is searched). */
export function hasIndexMetaSlot(html: string): boolean {
	const head = html.indexOf('</head>');
	return head > 0 && html.lastIndexOf(INDEX_META_SLOT, head) >= 0;
}

/** `html` with {@link INDEX_META_SLOT} replaced by the prefetch of `urls`. */
export function withIndexMetaPrefetch(html: string, urls: string[]): string {
	if (!hasIndexMetaSlot(html)) throw new Error(`no ${INDEX_META_SLOT} in the page's head`);
	return html.replace(INDEX_META_SLOT, urls.map((u) => `<link rel="prefetch" href="${u}" crossorigin="anonymous">`).join(''));
}
