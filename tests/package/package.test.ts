/**
 * The portal package: the zip `npm run package` writes (from dist-base, built for /hoa-giai/),
 * unpacked under /hoa-giai/, has the publishing files and no broken link, and is served.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { serveDir } from '../../src/integrations/print-pdfs.ts';

test('the package unpacks under /hoa-giai/ with sitemap, robots and no broken link, and is served', async () => {
	const made = spawnSync(process.execPath, ['scripts/package.ts', '--from', 'dist-base'], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '/hoa-giai/' } });
	assert.equal(made.status, 0, made.stderr);
	const zip = await JSZip.loadAsync(readFileSync('package/hoa-giai-co-so-hoa-giai.zip'));
	const root = mkdtempSync(join(tmpdir(), 'hg-package-'));
	try {
		for (const [path, entry] of Object.entries(zip.files)) {
			if (entry.dir) continue;
			assert.ok(path.startsWith('hoa-giai/'), `${path} is outside hoa-giai/`);
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), await entry.async('uint8array'));
		}
		const site = join(root, 'hoa-giai');
		for (const f of ['index.html', 'sitemap-index.xml', 'robots.txt', 'sw.js', 'pagefind/pagefind.js']) assert.ok(existsSync(join(site, f)), `${f} missing`);
		assert.match(readFileSync(join(site, 'robots.txt'), 'utf8'), /Sitemap: .*\/hoa-giai\/sitemap-index\.xml/);
		const home = readFileSync(join(site, 'index.html'), 'utf8');
		assert.match(home, /<meta property="og:title"/);
		assert.match(home, /<meta name="description" content="[^"]{20,}"/);

		const links = spawnSync(process.execPath, ['scripts/check-links.ts', site], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '/hoa-giai/' } });
		assert.equal(links.status, 0, `${links.stdout}\n${links.stderr}`);

		const { server, origin } = await serveDir(site, '/hoa-giai/');
		try {
			for (const path of ['/hoa-giai/', '/hoa-giai/cam-nang-phap-luat/', '/hoa-giai/sitemap-index.xml', '/hoa-giai/sw.js']) {
				assert.equal((await fetch(origin + path)).status, 200, path);
			}
		} finally {
			server.close();
		}
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
