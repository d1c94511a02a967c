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
import { pageAssets } from '../lib/page-weight.ts';

async function files(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.toSorted();
}

/** A page's CSS and JS, plus the chunks those scripts import and the files the CSS loads (fonts). */
async function pageFiles(out: string, html: string, base: string): Promise<string[]> {
	const found = new Set(pageAssets(html, base).map((a) => a.replace(/^\//, '')));
	for (const f of [...found]) {
		const text = await readFile(join(out, f), 'utf8');
		const refs = f.endsWith('.js') ? text.matchAll(/["'](\.\/[\w.-]+\.js)["']/g) : text.matchAll(/url\((?:["']?)([^)"']+)(?:["']?)\)/g);
		for (const m of refs) {
			const ref = m[1]!;
			if (ref.startsWith('data:')) continue;
			found.add(ref.startsWith(base) ? ref.slice(base.length) : `_astro/${ref.replace(/^\.\//, '')}`);
		}
	}
	return [...found].filter((f) => existsSync(join(out, f)));
}

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
				// The version is a hash of every built file, so any content change makes a new worker.
				const hash = createHash('sha256');
				for (const f of all.filter((f) => !f.startsWith('pagefind/') && f !== 'sw.js')) hash.update(f).update(await readFile(join(out, f)));
				const version = hash.digest('hex').slice(0, 16);
				const page = async (p: string) => (await readFile(join(out, p, 'index.html'), 'utf8'));
				// What every page needs to look right: the home and offline pages and their CSS/JS.
				const shellPages = ['', 'ngoai-tuyen/'].filter((p) => existsSync(join(out, p, 'index.html')));
				const shellAssets = new Set<string>();
				for (const p of shellPages) (await pageFiles(out, await page(p), base)).forEach((a) => shellAssets.add(a));
				const shell = [...shellPages, ...shellAssets, 'favicon.svg'].map((p) => `${base}${p}`);

				const template = await readFile(new URL('../offline/sw.js', import.meta.url), 'utf8');
				await writeFile(join(out, 'sw.js'), template.replace('__HG_VERSION__', version).replace('__HG_BASE__', base).replace('__HG_SHELL__', JSON.stringify(shell)));

				await mkdir(join(out, 'offline'), { recursive: true });
				for (const folder of ['cam-nang-phap-luat', 'cam-nang-ky-nang']) {
					if (!existsSync(join(out, folder))) continue;
					const pages = all.filter((f) => f.startsWith(`${folder}/`) && f.endsWith('index.html')).map((f) => f.replace(/index\.html$/, ''));
					const assets = new Set<string>();
					for (const p of pages) (await pageFiles(out, await page(p), base)).forEach((a) => assets.add(a));
					const paths = [...pages, ...assets];
					let bytes = 0;
					for (const p of paths) bytes += (await stat(join(out, p.endsWith('/') ? `${p}index.html` : p))).size;
					await writeFile(join(out, 'offline', `${folder}.json`), JSON.stringify({ version, pages: pages.length, bytes, urls: paths.map((p) => `${base}${p}`) }));
				}
				logger.info(`Service worker ${version}: ${shell.length} shell files; handbook manifests written`);
			},
		},
	};
}
