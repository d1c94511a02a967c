/*
 * Service worker for reading offline. The build (src/integrations/offline.ts) replaces the
 * three __HG_…__ markers and writes this file as <base>sw.js, so its scope is the base path.
 *
 * - Pages: network first, so a reader online always gets the current legal guidance; each page
 *   read is kept, and served from the cache only when the network fails. A page never read or
 *   saved gets the offline page.
 * - Build assets (/_astro/, hashed names): cache first; they never change under one name.
 * - Copies go into the cache while the response already streams to the page (event.waitUntil):
 *   on a slow line the reader sees the page arrive, not after the whole file was stored.
 * - Search files (pagefind/) bypass the worker: searching needs the network anyway, and keeping
 *   every index chunk and result fragment would bloat the reader's cache and the refresh after
 *   each new build. Without the worker in between, results arrive sooner.
 * - A new build changes VERSION, so the browser installs this worker again. On activation it
 *   refreshes every page the reader kept or saved, drops old caches and tells open pages, which
 *   show a notice: legal guidance must never stay stale silently.
 */
const VERSION = '__HG_VERSION__';
const BASE = '__HG_BASE__';
const SHELL = __HG_SHELL__;
const SHELL_CACHE = `hg-shell-${VERSION}`;
const PAGES = 'hg-pages';
const OFFLINE = `${BASE}ngoai-tuyen/`;

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(SHELL_CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			const old = names.filter((n) => n.startsWith('hg-shell-') && n !== SHELL_CACHE);
			await Promise.all(old.map((n) => caches.delete(n)));
			let refreshed = 0;
			if (old.length) refreshed = await refreshKept();
			await self.clients.claim();
			if (old.length) {
				for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'hg-updated', version: VERSION, refreshed });
			}
		})(),
	);
});

/** Fetches again every page and file the reader kept; what fails stays as it was. */
async function refreshKept() {
	const cache = await caches.open(PAGES);
	const requests = await cache.keys();
	let n = 0;
	await Promise.all(
		requests.map(async (req) => {
			try {
				const res = await fetch(req.url, { cache: 'no-cache' });
				if (res.ok) {
					await cache.put(req, res);
					n++;
				}
			} catch {
				/* offline during the update: keep the old copy */
			}
		}),
	);
	return n;
}

self.addEventListener('fetch', (event) => {
	const req = event.request;
	const url = new URL(req.url);
	if (req.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	if (url.pathname.startsWith(`${BASE}pagefind/`)) return;
	if (req.mode === 'navigate') event.respondWith(page(req, event));
	else if (url.pathname.startsWith(`${BASE}_astro/`)) event.respondWith(asset(req, event));
	else event.respondWith(other(req, event));
});

/** Stores a copy of a good response without holding the response back. */
function keep(event, req, res) {
	if (res.ok) {
		const copy = res.clone(); // now, before the page starts reading the body
		event.waitUntil(caches.open(PAGES).then((cache) => cache.put(req, copy)).catch(() => undefined));
	}
	return res;
}

async function page(req, event) {
	try {
		return keep(event, req, await fetch(req));
	} catch {
		return (await (await caches.open(PAGES)).match(req, { ignoreSearch: true })) || (await caches.match(OFFLINE)) || Response.error();
	}
}

async function asset(req, event) {
	return (await caches.match(req)) || keep(event, req, await fetch(req));
}

async function other(req, event) {
	try {
		return keep(event, req, await fetch(req));
	} catch {
		return (await caches.match(req)) || Response.error();
	}
}
