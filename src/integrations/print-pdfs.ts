/**
 * After the build, prints the PDF files the site offers (each deck's 16:9 slides and A4 handout)
 * with Playwright driving Debian's Chromium, then settles every download link waiting for a file
 * (src/lib/files.ts): it gets its size, or is removed when the file could not be made, so no page
 * ever shows a dead link. Where Chromium is missing the build still completes and says how to
 * get the PDFs. Runs before the search index, so the index sees the final pages.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { pendingArtifacts, settleArtifacts } from '../lib/files.ts';
import { pdfOutline, setOutlineTitles } from '../lib/pdf-outline.ts';
import { makeReproducible, rebaseLinks } from '../lib/pdf-reproducible.ts';
import { fileOfUrl, setPageCollector } from '../lib/page-collector.ts';

/** A PDF to print: the page it is printed from, where it goes, and how. */
export interface PrintJob {
	/** Site path of the page to print, without the base ("bai-giang/x/in/"). */
	page: string;
	/** Output path relative to the site root ("bai-giang/x/x.pdf"). */
	out: string;
	/** slides: 16:9 deck; a4: handout with page numbers; booklet: cover, numbered contents, chapters. */
	kind: 'slides' | 'a4' | 'booklet';
	title: string;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
	'.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.png': 'image/png',
};

/** Pagefind's index, fragments, filters, metadata and WebAssembly: stored gzipped (see README, "Deploying"). */
export const PAGEFIND_GZIPPED = /\/pagefind\/.+\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/**
 * How long a browser may reuse a file without asking again, as the README's nginx example says:
 * - build files named by their content (Astro's _astro/, Pagefind's index, fragments, filters and
 *   metadata) never change under one name: a year, immutable;
 * - Pagefind's engine (its scripts and WebAssembly) changes only with a new Pagefind: five
 *   minutes, long enough for the search page to fetch it early for the worker that runs it;
 * - everything else (pages, the service worker, manifests, Pagefind's entry file) is revalidated,
 *   so readers get a new build at once.
 */
export function cacheControl(path: string): string {
	if (/\/_astro\/|\/pagefind\/.+\.(pf_meta|pf_index|pf_fragment|pf_filter)$/.test(path)) return 'public, max-age=31536000, immutable';
	if (/\/pagefind\/[^/]+\.(js|pagefind)$/.test(path)) return 'max-age=300';
	return 'no-cache';
}

/**
 * A loopback server for the built site under its base path, so absolute asset URLs work. `dir`
 * may be a function, read on each request: the offline test swaps in a newly published build.
 * With `likeNginx`, files are sent as the README's nginx example sends them ("Deploying"): text
 * compressed, Pagefind's gzipped files as they are with Content-Encoding: gzip (the browser then
 * unpacks them natively and Pagefind skips its own JavaScript inflate), and each file with the
 * example's Cache-Control ({@link cacheControl}). Without it everything is sent plain, no-cache.
 */
export function serveDir(root: string | (() => string), base: string, headers: Record<string, string> = {}, port = 0, likeNginx = false): Promise<{ server: Server; origin: string }> {
	const server = createServer(async (req, res) => {
		const dir = typeof root === 'function' ? root() : root;
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return void res.writeHead(404).end();
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
		if (path.endsWith('/')) file = join(file, 'index.html');
		try {
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding']));
			const cache = { 'Cache-Control': likeNginx ? cacheControl(path) : 'no-cache' };
			if (likeNginx && acceptsGzip && PAGEFIND_GZIPPED.test(path)) {
				return void res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', ...cache, ...headers }).end(body);
			}
			if (likeNginx && acceptsGzip && /^(text\/|application\/(javascript|json)|image\/svg)/.test(type)) {
				return void res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...cache, ...headers }).end(gzipSync(body));
			}
			res.writeHead(200, { 'Content-Type': type, ...cache, ...headers }).end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
		const addr = server.address();
		resolve({ server, origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
	}));
}

/** Every print job the built site asks for: one slides PDF and one handout per deck, one booklet per handbook. */
async function findJobs(dir: string): Promise<PrintJob[]> {
	const jobs: PrintJob[] = [];
	for (const folder of existsSync(join(dir, 'in')) ? (await readdir(join(dir, 'in'))).toSorted() : []) {
		const html = join(dir, 'in', folder, 'index.html');
		if (!existsSync(html)) continue;
		const title = (await readFile(html, 'utf8')).match(/<p class="hg-booklet__title"[^>]*>([^<]*)<\/p>/)?.[1] ?? folder;
		jobs.push({ page: `in/${folder}/`, out: `in/${folder}.pdf`, kind: 'booklet', title });
	}
	const decksDir = join(dir, 'bai-giang');
	if (!existsSync(decksDir)) return jobs;
	for (const id of (await readdir(decksDir)).toSorted()) {
		if (!existsSync(join(decksDir, id, 'in', 'index.html'))) continue;
		const title = (await readFile(join(decksDir, id, 'in', 'index.html'), 'utf8')).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? id;
		jobs.push({ page: `bai-giang/${id}/in/`, out: `bai-giang/${id}/${id}.pdf`, kind: 'slides', title });
		jobs.push({ page: `bai-giang/${id}/tai-lieu/`, out: `bai-giang/${id}/${id}-tai-lieu.pdf`, kind: 'a4', title: `${title} – tài liệu phát tay` });
	}
	return jobs;
}

/**
 * Prints the jobs with Chromium (two pages at a time); returns how many were written. Links in
 * the PDFs to the site's pages point at `siteUrl`, the address it is published at.
 */
export async function printPdfs(dir: string, base: string, jobs: PrintJob[], executablePath: string, author: string, siteUrl: string): Promise<number> {
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const { server, origin } = await serveDir(dir, base);
	try {
		const context = await browser.newContext();
		const queue = [...jobs];
		const worker = async () => {
			const page = await context.newPage();
			for (let job = queue.shift(); job; job = queue.shift()) {
				await page.goto(`${origin}${base}${job.page}`, { waitUntil: 'load' });
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				const pdf =
					job.kind === 'booklet'
						? await printBooklet(page, join(dir, job.out.replace(/\.pdf$/, '.json')))
						: job.kind === 'slides'
						? await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
						: await page.pdf({
								format: 'A4', printBackground: true, tagged: true, outline: true,
								margin: { top: '14mm', bottom: '16mm', left: '15mm', right: '15mm' },
								displayHeaderFooter: true, headerTemplate: '<span></span>',
								footerTemplate: FOOTER.replace('</span>', '</span>/<span class="totalPages"></span>'),
							});
				await writeFile(join(dir, job.out), await withMetadata(pdf, job.title, author, { printedFrom: origin, publishedAt: new URL(siteUrl).origin }));
			}
			await page.close();
		};
		await Promise.all([worker(), worker()]);
		return jobs.length;
	} finally {
		server.close();
		await browser.close();
	}
}

const FOOTER = '<div style="width:100%;text-align:center;font:9pt Arimo,Arial,sans-serif;color:#444"><span class="pageNumber"></span></div>';

/**
 * A handbook booklet: printed once to learn from the bookmarks on which page each chapter starts,
 * then again with those numbers in the table of contents (which keeps its length, so the pages do
 * not move; checked). Writes the contents as JSON beside the PDF for the tests and the page.
 */
async function printBooklet(page: import('playwright-core').Page, tocFile: string): Promise<Uint8Array> {
	const print = () =>
		page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
	const first = await pdfOutline(await print());
	await page.evaluate((pages) => {
		document.querySelectorAll('[data-booklet-toc] [data-page]').forEach((el, i) => (el.textContent = String(pages[i] ?? '')));
	}, first.entries.map((e) => e.page));
	const titles = await page.$$eval('[data-chapter] h1', (hs) => hs.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
	const bytes = await setOutlineTitles(await print(), titles);
	const second = await pdfOutline(bytes);
	if (second.entries.map((e) => e.page).join() !== first.entries.map((e) => e.page).join()) throw new Error(`booklet ${tocFile}: the chapters moved when the contents were numbered`);
	await writeFile(tocFile, JSON.stringify({ pages: second.pages, toc: second.entries }, null, 1));
	return bytes;
}

/**
 * Title, author and language in the PDF's metadata (screen readers and search use them); links
 * to the site at its published address, and the same bytes for the same page in every build
 * (src/lib/pdf-reproducible.ts).
 */
async function withMetadata(bytes: Uint8Array, title: string, author: string, links: { printedFrom: string; publishedAt: string }): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	rebaseLinks(doc, links.printedFrom, links.publishedAt);
	doc.setTitle(title, { showInWindowTitleBar: true });
	doc.setAuthor(author);
	doc.setLanguage('vi');
	doc.setProducer('Hòa giải ở cơ sở – Chromium');
	makeReproducible(doc);
	return doc.save();
}

/**
 * Fills in or removes every download item that waits for a file: in the given pages (paths under
 * `dir`), or in every built page when the build did not say which have one.
 */
export async function settleDownloadLinks(dir: string, only?: Iterable<string>): Promise<{ pages: number; missing: string[] }> {
	const files = only
		? [...only].map((f) => join(dir, f))
		: (await readdir(dir, { recursive: true, withFileTypes: true })).filter((x) => x.isFile() && x.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
	const missing = new Set<string>();
	let pages = 0;
	for (const file of files) {
		const html = await readFile(file, 'utf8');
		if (!html.includes('data-hg-artifact')) continue;
		const sizes = new Map<string, number | undefined>();
		for (const p of pendingArtifacts(html)) {
			const size = await stat(join(dir, p)).then((s) => s.size, () => undefined);
			if (size === undefined) missing.add(p);
			sizes.set(p, size);
		}
		await writeFile(file, settleArtifacts(html, (p) => sizes.get(p)));
		pages++;
	}
	return { pages, missing: [...missing] };
}

export function printPdfsIntegration(): AstroIntegration {
	let base = '/';
	// The pages whose download lists wait for a file, noted as they render (src/middleware.ts), so
	// that settling them does not mean reading every page of the site again.
	let waiting: Set<string> | undefined;
	let seen: Set<string> | undefined;
	return {
		name: 'hg-print-pdfs',
		hooks: {
			'astro:build:start': () => {
				const pages = new Set<string>();
				const all = new Set<string>();
				waiting = pages;
				seen = all;
				setPageCollector('download-links', {
					add: (url, html) => {
						all.add(fileOfUrl(url));
						if (html.includes('data-hg-artifact')) pages.add(fileOfUrl(url));
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const jobs = await findJobs(out);
				const browserPath = chromiumPath();
				if (jobs.length && process.env.HG_SKIP_PDF !== '1') {
					if (existsSync(browserPath)) {
						const started = performance.now();
						const { siteConfig } = await import('../config/site.ts');
						const n = await printPdfs(out, base, jobs, browserPath, siteConfig.agency, siteConfig.siteUrl);
						logger.info(`${n} PDF files printed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
					} else {
						logger.warn(
							`Chromium was not found at ${browserPath}, so the ${jobs.length} PDF files (slides, handouts) were not made and their links are left out. ` +
								'Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH, then build again.',
						);
					}
				}
				setPageCollector('download-links', undefined);
				// Every page is settled from the files if any was written without passing the middleware.
				const html = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
				const complete = seen && html.every((e) => seen!.has(relative(out, join(e.parentPath, e.name)).split(sep).join('/')));
				const { missing } = await settleDownloadLinks(out, complete ? waiting : undefined);
				if (missing.length) logger.info(`${missing.length} download links left out (files not made): ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}`);
			},
		},
	};
}
