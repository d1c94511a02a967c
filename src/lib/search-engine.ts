/**
 * Pagefind's engine files that the search page prefetches (<link rel="prefetch">) while it loads.
 * Pagefind's Web Worker otherwise fetches them one after the other (its own script, then the
 * entry file, then the WebAssembly and the index metadata): on a slow line each step is a round
 * trip. Prefetched, the worker takes them from the browser cache. They are served with a short
 * max-age for that (cacheControl in src/integrations/print-pdfs.ts; README, "Deploying").
 */
export const ENGINE_PREFETCH = ['pagefind-worker.js', 'wasm.unknown.pagefind'] as const;

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
