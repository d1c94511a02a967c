/**
 * What a search costs a reader, in Chromium against a built site (used by npm run bench):
 *
 * - `first`: the reader has the search page open (loaded, its search engine started and warmed up) and searches
 *   "hòa giải": ms from submitting to the first rendered result. Bytes are everything search
 *   fetched since the page was opened: the engine, the filter lists, the index chunks and the
 *   result fragments, as Chromium reports them (a response from the cache counts 0; the worker
 *   script counts since the page prefetches it: Chromium reports a worker's own load of its
 *   script as 0 bytes, so runs before the prefetch left its 12 KB out).
 * - `fromLink`: the reader follows a link to /tim-kiem/?q=hòa%20giải (the header's search box on
 *   any page does this): ms from the start of navigation to the first rendered result, so the page
 *   load and the engine start are inside it.
 * - `fromLinkSlow`: the same on a slow mobile line ({@link SLOW_LINE}), where each request that
 *   waits for another costs a round trip.
 * - `followUp`: a second query, "tranh chấp đất đai", on the same page.
 * - `engineMs`: Pagefind's own part of a first query ({@link engineMs}) on a page that has not
 *   warmed it up (the home page), as any site using Pagefind pays it.
 *
 * Each is the median of `runs` fresh browser contexts (empty cache, no service worker yet).
 * Standalone: node scripts/bench/search.ts <built site folder>
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { median } from './measure.ts';
import { chromiumLaunchOptions } from '../../src/integrations/chromium.ts';
import { serveDir } from '../../src/integrations/print-pdfs.ts';

/** Bytes on the wire of the search requests (Pagefind's files and the article lookup) a context makes until `stop()`. */
export function searchBytes(context: BrowserContext) {
	let bytes = 0;
	const pending: Promise<void>[] = [];
	// Context-level events also see what Pagefind's Web Worker fetches.
	const count = (r: Request) => {
		if (!/\/pagefind\/|tra-cuu\.json/.test(r.url())) return;
		pending.push(
			r.sizes().then(
				(s) => void (bytes += s.responseBodySize + s.responseHeadersSize),
				() => undefined,
			),
		);
	};
	context.on('requestfinished', count);
	return async () => {
		context.off('requestfinished', count);
		await Promise.all(pending);
		return bytes;
	};
}

/** ms from submitting `query` in the search box to the first rendered result. */
async function timedQuery(page: Page, query: string): Promise<number> {
	await page.getByRole('searchbox', { name: /Nhập từ cần tìm/ }).fill(query);
	const ms = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const list = document.querySelector('[data-results]')!;
				const start = performance.now();
				new MutationObserver((_, obs) => {
					if (list.querySelector('li')) {
						obs.disconnect();
						resolve(performance.now() - start);
					}
				}).observe(list, { childList: true });
				(document.querySelector('#q') as HTMLInputElement).form!.requestSubmit();
			}),
	);
	// Let the requests the query started finish (waitForLoadState('networkidle') would not wait:
	// the page reached that state before the query), so that the bytes count all of them.
	await page.waitForTimeout(1000);
	return ms;
}

/** A slow mobile line, as Lighthouse's mobile preset simulates it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_LINE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** ms from the start of navigation to `url`/?q=hòa giải to the first rendered result, in a fresh context (optionally on a throttled line). */
async function fromLinkMs(browser: Browser, url: string, line?: typeof SLOW_LINE): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		if (line) {
			// Set on the page's session, the throttling also holds for Pagefind's Web Worker.
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', { offline: false, ...line });
		}
		await page.addInitScript(() => {
			const w = window as unknown as { firstResult?: number };
			new MutationObserver((_, obs) => {
				if (document.querySelector('[data-results] li')) {
					w.firstResult = performance.now(); // since the navigation started
					obs.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${url}?q=${encodeURIComponent('hòa giải')}`);
		return await page.waitForFunction(() => (window as unknown as { firstResult?: number }).firstResult, undefined, { timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);
	} finally {
		await context.close();
	}
}

/**
 * Pagefind's own search call, as any site using it pays it: on a freshly opened page of the site
 * (`url`, cold cache), the engine (`bundle`: the site's pagefind.js) loads the index chunks for
 * `query` (preload), then ms of its search() alone, the result list from its Web Worker, with no
 * fragment, ranking of ours or rendering. scripts/bench/peer.ts measures Starlight with it.
 */
export async function engineMs(browser: Browser, url: string, bundle: string, query = 'hòa giải'): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		return await page.evaluate(
			async ([bundle, query]) => {
				const pf = (await import(bundle)) as { init(): Promise<void>; preload(q: string): Promise<void>; search(q: string): Promise<{ results: unknown[] }> };
				await pf.init();
				await pf.preload(query);
				const start = performance.now();
				const { results } = await pf.search(query);
				if (!results.length) throw new Error(`Pagefind found nothing for ${query}`);
				return performance.now() - start;
			},
			[bundle, query] as const,
		);
	} finally {
		await context.close();
	}
}

export async function searchCost(outDir: string, port: number, runs = 5) {
	// Served as the documented nginx setup serves it (README, "Deploying"): text gzipped, Pagefind's
	// files sent as stored with Content-Encoding: gzip, each file with the example's Cache-Control.
	const { server } = await serveDir(outDir, '/', {}, port, true);
	const browser = await chromium.launch(chromiumLaunchOptions());
	const url = `http://127.0.0.1:${port}/tim-kiem/`;
	try {
		const first: { bytes: number; ms: number }[] = [];
		const follow: { bytes: number; ms: number }[] = [];
		const fromLink: number[] = [];
		const fromLinkSlow: number[] = [];
		const engine: number[] = [];
		for (let r = 0; r < runs; r++) {
			let context = await browser.newContext(); // cold cache each time
			let page = await context.newPage();
			let stop = searchBytes(context);
			await page.goto(url);
			await page.waitForLoadState('networkidle'); // the page is open and its search engine started
			const ms = await timedQuery(page, 'hòa giải');
			first.push({ ms, bytes: await stop() });
			stop = searchBytes(context);
			const followMs = await timedQuery(page, 'tranh chấp đất đai');
			follow.push({ ms: followMs, bytes: await stop() });
			await context.close();

			fromLink.push(await fromLinkMs(browser, url));
			fromLinkSlow.push(await fromLinkMs(browser, url, SLOW_LINE));
			// On the home page: the search page warms the engine up for its reader's first query (src/scripts/hg-search.ts).
			engine.push(await engineMs(browser, `http://127.0.0.1:${port}/`, `http://127.0.0.1:${port}/pagefind/pagefind.js`));
		}
		const med = (xs: { bytes: number; ms: number }[]) => ({ bytes: median(xs.map((x) => x.bytes)), ms: Math.round(median(xs.map((x) => x.ms))) });
		return { first: med(first), fromLinkMs: Math.round(median(fromLink)), fromLinkSlowMs: Math.round(median(fromLinkSlow)), followUp: med(follow), engineMs: Math.round(median(engine)) };
	} finally {
		await browser.close();
		server.close();
	}
}

if (import.meta.main) {
	const dir = process.argv[2];
	if (!dir) throw new Error('usage: node scripts/bench/search.ts <built site folder>');
	console.log(await searchCost(dir, 4598));
}
