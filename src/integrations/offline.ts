/**
 * After the build: writes the service worker (src/offline/sw.js) with this build's version and
 * the files every page needs, and one manifest per handbook (offline/<folder>.json) listing the
 * pages and files that "Lưu để đọc khi không có mạng" stores, with their total size.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineCssFiles, pageAssets } from '../lib/page-weight.ts';

async function files(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.toSorted();
}

/**
 * A page's CSS and JS, plus the chunks those scripts import and the files the CSS loads (fonts).
 * What an asset refers to is read once per build (`refs`): thousands of pages share a few files.
 */
async function pageFiles(out: string, html: string, base: string, refs: Map<string, Promise<string[]>>): Promise<string[]> {
	const direct = pageAssets(html, base).map((a) => a.replace(/^\//, ''));
	const found = new Set(direct);
	for (const f of inlineCssFiles(html, base)) found.add(f); // fonts of the page's inlined CSS
	for (const f of direct) {
		let r = refs.get(f);
		if (!r) {
			r = readFile(join(out, f), 'utf8').then((text) => {
				const matches = f.endsWith('.js') ? text.matchAll(/["'](\.\/[\w.-]+\.js)["']/g) : text.matchAll(/url\((?:["']?)([^)"']+)(?:["']?)\)/g);
				return [...matches].map((m) => m[1]!).filter((ref) => !ref.startsWith('data:')).map((ref) => (ref.startsWith(base) ? ref.slice(base.length) : `_astro/${ref.replace(/^\.\//, '')}`));
			});
			refs.set(f, r);
		}
		for (const ref of await r) found.add(ref);
	}
	return [...found].filter((f) => existsSync(join(out, f)));
}

/** The built files whose bytes make the service worker's version (see the build:done hook). */
export const versioned = (file: string): boolean => !file.startsWith('pagefind/') && file !== 'sw.js' && !/\.(pdf|pptx|docx)$/.test(file);

export function offlineIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'hg-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const all = await files(out);
				// The version is a hash of every built file but the downloads, so any content change makes
				// a new worker. The downloads (PDF, PPTX, DOCX) are made from the same content as pages
				// that are hashed, so reading them would add time and no information. (They are the same
				// bytes in every build as well: tests/package/reproducible.test.ts.)
				const hash = createHash('sha256');
				const refs = new Map<string, Promise<string[]>>();
				// Each handbook's pages (with their sizes) and the files they need, gathered from this one
				// reading. Only the union of files is kept: a file name matched in a page is a slice of
				// that page's text and would keep the whole page alive (2,000 chapters: about 150 MB).
				const handbooks = new Map<string, { pages: Map<string, number>; files: Set<string> }>();
				for (const f of all.filter(versioned)) {
					const bytes = await readFile(join(out, f));
					hash.update(f).update(bytes);
					const folder = /^(cam-nang-[^/]+)\/(?:.+\/)?index\.html$/.exec(f)?.[1];
					if (folder) {
						const handbook = handbooks.get(folder) ?? { pages: new Map(), files: new Set() };
						handbooks.set(folder, handbook);
						handbook.pages.set(f.replace(/index\.html$/, ''), bytes.length);
						for (const file of await pageFiles(out, bytes.toString('utf8'), base, refs)) handbook.files.add(file);
					}
				}
				const version = hash.digest('hex').slice(0, 16);
				// What every page needs to look right: the home and offline pages and their CSS/JS.
				const shellPages = ['', 'ngoai-tuyen/'].filter((p) => existsSync(join(out, p, 'index.html')));
				const shellAssets = new Set<string>();
				for (const p of shellPages) (await pageFiles(out, await readFile(join(out, p, 'index.html'), 'utf8'), base, refs)).forEach((a) => shellAssets.add(a));
				const shell = [...shellPages, ...shellAssets, 'favicon.svg'].map((p) => `${base}${p}`);

				const template = await readFile(new URL('../offline/sw.js', import.meta.url), 'utf8');
				await writeFile(join(out, 'sw.js'), template.replace('__HG_VERSION__', version).replace('__HG_BASE__', base).replace('__HG_SHELL__', JSON.stringify(shell)));

				await mkdir(join(out, 'offline'), { recursive: true });
				for (const [folder, { pages, files }] of handbooks) {
					const paths = [...[...pages.keys()].toSorted((a, b) => (`${a}index.html` < `${b}index.html` ? -1 : 1)), ...files];
					let bytes = 0;
					for (const p of paths) bytes += pages.get(p) ?? (await stat(join(out, p))).size;
					await writeFile(join(out, 'offline', `${folder}.json`), JSON.stringify({ version, pages: pages.size, bytes, urls: paths.map((p) => `${base}${p}`) }));
				}
				logger.info(`Service worker ${version}: ${shell.length} shell files; handbook manifests written`);
			},
		},
	};
}
