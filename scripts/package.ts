/**
 * npm run package — the site as a zip for the provincial portal: built for the configured base
 * path (BASE_PATH, default /hoa-giai/; SITE_URL for absolute links), with sitemap, robots.txt,
 * descriptions and Open Graph tags. The zip holds one folder named like the base path, ready to
 * unpack in the web server's document root. README, "Deploying", has the server settings.
 *
 * Usage: node scripts/package.ts [--from <dir already built for that base path>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';
import { normalizeBase } from '../src/lib/paths.ts';

const base = normalizeBase(process.env.BASE_PATH || '/hoa-giai/');
if (base === '/') throw new Error('package: set BASE_PATH to the portal sub-path, e.g. BASE_PATH=/hoa-giai/');
const fromIndex = process.argv.indexOf('--from');
let dir = fromIndex > 0 ? process.argv[fromIndex + 1]! : 'dist-package';

if (fromIndex < 0) {
	const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, BASE_PATH: base, HG_OUT_DIR: dir, HG_CACHE_DIR: 'node_modules/.astro-package' },
	});
	if (r.status !== 0) process.exit(r.status ?? 1);
}
// A site built for another base path would be full of broken links: refuse it.
const sw = join(dir, 'sw.js');
if (!existsSync(sw) || !readFileSync(sw, 'utf8').includes(`const BASE = '${base}'`)) {
	throw new Error(`package: ${dir} was not built for the base path ${base} (build it with BASE_PATH=${base})`);
}
for (const required of ['index.html', 'sitemap-index.xml', 'robots.txt', '404.html']) {
	if (!existsSync(join(dir, required))) throw new Error(`package: ${dir}/${required} is missing`);
}

const zip = new JSZip();
const folder = zip.folder(base.replace(/^\/|\/$/g, ''))!;
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
for (const f of files) {
	const path = relative(dir, join(f.parentPath, f.name)).split(sep).join('/');
	folder.file(path, readFileSync(join(f.parentPath, f.name)), { date: new Date('2026-01-01T00:00:00Z') });
}
const name = `hoa-giai-co-so${base.replace(/\/$/, '').replace(/\//g, '-')}.zip`;
mkdirSync('package', { recursive: true });
const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
writeFileSync(join('package', name), bytes);
console.log(`package/${name}: ${files.length} files, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, unpacks to ${base}`);
