import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { foldHtmlForIndex, stripForIndex } from '../lib/search-folding.ts';
import { enginePrefetchProblems, hasIndexMetaSlot, indexMetaUrls, withIndexMetaPrefetch, type PagefindEntry } from '../lib/search-engine.ts';
import { fileOfUrl, setPageCollector, type PageCollector } from '../lib/page-collector.ts';
import { FILTER_LISTS_SLOT, FilterCounts, withFilterLists } from '../lib/search-filters.ts';

/** Every .html file under `dir`, as paths relative to it with forward slashes. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.toSorted();
}

/** "cam-nang/x/index.html" → "/cam-nang/x/"; Pagefind adds the base path in the browser. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * A Pagefind index fed page by page: pages that mark their main content (404 and the search page
 * do not) are folded (src/lib/search-folding.ts) and handed to Pagefind's own process without
 * waiting, so it indexes on the second core while the build renders the next page.
 */
class SearchIndex implements PageCollector {
	/** Files (as fileOfUrl gives them) of the pages handed over while rendering. */
	readonly seen = new Set<string>();
	readonly #pending: Promise<void>[] = [];
	pages = 0;
	/** Pages read back from the built files because the middleware did not hand them over. */
	fromFiles = 0;
	readonly index: Index;
	// A plain constructor: Node loads astro.config.mjs and its imports by stripping types, which
	// leaves out TypeScript-only syntax such as parameter properties.
	constructor(index: Index) {
		this.index = index;
	}

	static async create() {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		return new SearchIndex(index);
	}

	/** Files of the pages that leave a slot for the prefetch of the index metadata (the search page). */
	readonly metaSlots = new Set<string>();
	/** Files of the pages that leave a slot for the filter lists (the search page). */
	readonly filterSlots = new Set<string>();
	/** The filter values of the indexed pages, counted for those lists. */
	readonly filters = new FilterCounts();

	add(url: string, html: string) {
		this.seen.add(fileOfUrl(url));
		if (hasIndexMetaSlot(html)) this.metaSlots.add(fileOfUrl(url));
		if (html.includes(FILTER_LISTS_SLOT)) this.filterSlots.add(fileOfUrl(url));
		if (!html.includes('data-pagefind-body')) return;
		this.pages++;
		const stripped = stripForIndex(html);
		try {
			this.filters.add(stripped);
		} catch (e) {
			throw new Error(`${url}: ${(e as Error).message}`);
		}
		this.#pending.push(
			this.index.addHTMLFile({ url, content: foldHtmlForIndex(stripped) }).then((res) => {
				if (res.errors.length) throw new Error(`Pagefind failed on ${url}: ${res.errors.join('; ')}`);
			}),
		);
	}

	/** Adds, from the files, any page the build wrote without rendering it past the collector. */
	async addMissing(dist: string) {
		for (const file of await htmlFiles(dist)) {
			if (file.startsWith('pagefind/') || this.seen.has(file)) continue;
			this.fromFiles++;
			this.add(urlOf(file), await readFile(join(dist, file), 'utf8'));
		}
	}

	/**
	 * Waits for every page, then has Pagefind write the index files under `dist`/pagefind/ itself
	 * (nothing large passes through this process). The result fragments keep the folded letters;
	 * the search page restores those of the results it shows (restoreResult). Returns the bytes
	 * written, Pagefind's entry file and the ms from the call (the last page rendered) until the
	 * files were written (npm run bench reports it).
	 */
	async write(dist: string): Promise<{ bytes: number; entry: PagefindEntry; ms: number }> {
		const start = performance.now();
		await Promise.all(this.#pending);
		const out = join(dist, 'pagefind');
		await rm(out, { recursive: true, force: true });
		const { errors } = await this.index.writeFiles({ outputPath: out });
		if (errors.length) throw new Error(`Pagefind failed: ${errors.join('; ')}`);
		const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
		const problems = enginePrefetchProblems(entry, (f) => existsSync(join(out, f)));
		if (problems.length) throw new Error(`Search engine files (src/lib/search-engine.ts): ${problems.join('; ')}`);
		const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
		const sizes = await Promise.all(files.map(async (f) => (await stat(join(f.parentPath, f.name))).size));
		return { bytes: sizes.reduce((a, b) => a + b, 0), entry, ms: performance.now() - start };
	}

	/**
	 * Fills the slots pages left (the search page): the prefetch of the index metadata Pagefind
	 * wrote, and the filter lists with the counts of every indexed page.
	 */
	async fillSlots(dist: string, entry: PagefindEntry, base: string) {
		const lists = this.filters.lists();
		for (const file of new Set([...this.metaSlots, ...this.filterSlots])) {
			const path = join(dist, file);
			try {
				let html = await readFile(path, 'utf8');
				if (this.metaSlots.has(file)) html = withIndexMetaPrefetch(html, indexMetaUrls(entry, base));
				if (this.filterSlots.has(file)) html = withFilterLists(html, lists);
				await writeFile(path, html);
			} catch (e) {
				throw new Error(`${file}: ${(e as Error).message}`);
			}
		}
	}
}

/**
 * Search is never a manual step: the index is fed while `astro build` renders (src/middleware.ts),
 * starts building its files as soon as the last page is out (while the other integrations print
 * PDFs and write the offline manifests) and is written at the end of the build.
 */
export function pagefindIntegration(): AstroIntegration {
	let search: SearchIndex | undefined;
	let written: ReturnType<SearchIndex['write']> | undefined;
	let base = '/';
	const stop = async () => {
		setPageCollector('search', undefined);
		if (!search) return;
		search = undefined;
		await pagefind.close();
	};
	return {
		name: 'hg-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': async () => {
				search = await SearchIndex.create();
				setPageCollector('search', search);
			},
			'astro:build:generated': async ({ dir }) => {
				if (!search) return;
				await search.addMissing(fileURLToPath(dir));
				written = search.write(fileURLToPath(dir));
				written.catch(() => undefined); // awaited (and thrown) in build:done
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					if (!search || !written) throw new Error('Pagefind was not started with the build');
					const pages = search.pages;
					const { bytes, entry, ms } = await written;
					// After the offline step (before this one in astro.config.mjs; build:done hooks run in
					// turn), so the service worker's version hashes the search page as rendered, the same
					// in every build: the file name and the filter counts filled in follow from the pages it
					// has hashed.
					await search.fillSlots(fileURLToPath(dir), entry, base);
					if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
					const late = search.fromFiles ? `; ${search.fromFiles} files read back after rendering` : '';
					logger.info(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB, written ${(ms / 1000).toFixed(1)} s after the last page${late}`);
				} finally {
					await stop();
				}
			},
		},
	};
}
