import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { foldHtmlForIndex, restoreFolded } from '../lib/search-folding.ts';

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

const FRAGMENT_PREFIX = 'pagefind_dcd';

/**
 * Builds the Pagefind index of a built site with Vietnamese đ folding (src/lib/search-folding.ts):
 * pages are indexed from in-memory folded copies, and the stored fragments (titles, excerpts,
 * sub-result headings) are restored to the real letters before they are written.
 */
export async function buildSearchIndex(dist: string): Promise<{ pages: number; bytes: number }> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	let pages = 0;
	const pagesToIndex = (await htmlFiles(dist)).filter((f) => !f.startsWith('pagefind/'));
	// Read and fold a batch concurrently, then hand it to Pagefind in file order without waiting
	// between calls: its service works while we fold the next batch, and the order (so the index)
	// stays the same from build to build.
	const BATCH = 16;
	for (let i = 0; i < pagesToIndex.length; i += BATCH) {
		const batch = pagesToIndex.slice(i, i + BATCH);
		const htmls = await Promise.all(batch.map((f) => readFile(join(dist, f), 'utf8')));
		// Only pages that mark their main content are indexed (404 and the search page do not).
		const todo = batch.map((file, j) => ({ file, html: htmls[j]! })).filter((p) => p.html.includes('data-pagefind-body'));
		const responses = await Promise.all(todo.map(({ file, html }) => index.addHTMLFile({ url: urlOf(file), content: foldHtmlForIndex(html) })));
		responses.forEach((res, j) => {
			if (res.errors.length) throw new Error(`Pagefind failed on ${todo[j]!.file}: ${res.errors.join('; ')}`);
		});
		pages += todo.length;
	}
	const { files, errors: fileErrors } = await index.getFiles();
	if (fileErrors.length) throw new Error(`Pagefind failed: ${fileErrors.join('; ')}`);
	const out = join(dist, 'pagefind');
	await rm(out, { recursive: true, force: true });
	let bytes = 0;
	for (const f of files) {
		let content = Buffer.from(f.content);
		if (f.path.endsWith('.pf_fragment')) {
			const text = gunzipSync(content).toString('utf8');
			if (!text.startsWith(FRAGMENT_PREFIX)) throw new Error(`Unexpected Pagefind fragment format in ${f.path}; check the pinned version`);
			content = gzipSync(Buffer.from(restoreFolded(text), 'utf8'), { level: 9 });
		}
		const target = join(out, f.path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, content);
		bytes += content.length;
	}
	await index.deleteIndex();
	await pagefind.close();
	return { pages, bytes };
}

/** Runs {@link buildSearchIndex} at the end of `astro build`, so search is never a manual step. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'hg-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { pages, bytes } = await buildSearchIndex(fileURLToPath(dir));
				if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
				logger.info(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB`);
			},
		},
	};
}
