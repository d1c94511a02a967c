/** The loopback server the PDF step, the tests and the benchmarks use: like the README's nginx example only when asked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { cacheControl, serveDir } from '../../src/integrations/print-pdfs.ts';
import { ENGINE_PREFETCH, enginePrefetchLinks, enginePrefetchProblems, hasIndexMetaSlot, INDEX_META_SLOT, indexMetaUrls, withIndexMetaPrefetch } from '../../src/lib/search-engine.ts';

/** Raw GET (fetch would decompress and hide the encoding). */
const get = (url: string) =>
	new Promise<{ encoding?: string; cache?: string; body: Buffer }>((resolve, reject) => {
		request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ encoding: res.headers['content-encoding'], cache: res.headers['cache-control'], body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});

test('serves files as they are, and gzips text only when asked', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'hg-serve-'));
	const page = '<!doctype html><p>Hòa giải ở cơ sở</p>'.repeat(20);
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, 'a.pdf'), 'PDF');
	const plain = await serveDir(dir, '/');
	const gzip = await serveDir(dir, '/', {}, 0, true);
	try {
		const a = await get(`${plain.origin}/`);
		assert.equal(a.encoding, undefined);
		assert.equal(a.body.toString(), page);
		const b = await get(`${gzip.origin}/`);
		assert.equal(b.encoding, 'gzip');
		assert.equal(gunzipSync(b.body).toString(), page);
		assert.ok(b.body.length < a.body.length);
		assert.equal((await get(`${gzip.origin}/a.pdf`)).encoding, undefined, 'binary files are not compressed');
	} finally {
		plain.server.close();
		gzip.server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test("sends Pagefind's gzipped files as they are, marked Content-Encoding: gzip, only when asked", async () => {
	const dir = mkdtempSync(join(tmpdir(), 'hg-serve-'));
	mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
	const chunk = gzipSync(Buffer.from('pagefind_dcd' + 'hòa giải '.repeat(50)));
	writeFileSync(join(dir, 'pagefind', 'index', 'vi_1.pf_index'), chunk);
	writeFileSync(join(dir, 'pagefind', 'wasm.unknown.pagefind'), chunk);
	const plain = await serveDir(dir, '/');
	const gzip = await serveDir(dir, '/', {}, 0, true);
	try {
		for (const file of ['index/vi_1.pf_index', 'wasm.unknown.pagefind']) {
			const a = await get(`${gzip.origin}/pagefind/${file}`);
			assert.equal(a.encoding, 'gzip', file);
			assert.deepEqual(a.body, chunk, `${file} is sent as stored, not compressed twice`);
			const b = await get(`${plain.origin}/pagefind/${file}`);
			assert.equal(b.encoding, undefined, file);
			assert.deepEqual(b.body, chunk);
		}
	} finally {
		plain.server.close();
		gzip.server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('Cache-Control as in the nginx example: named by content a year, the search engine five minutes, the rest revalidated', () => {
	const year = 'public, max-age=31536000, immutable';
	for (const path of ['/_astro/BaseLayout.BVdAWx7i.js', '/hoa-giai/_astro/a.woff2', '/pagefind/pagefind.vi_c27ffdc612.pf_meta', '/pagefind/index/vi_54ed987.pf_index', '/pagefind/fragment/vi_7f723be.pf_fragment', '/pagefind/filter/vi_1.pf_filter']) {
		assert.equal(cacheControl(path), year, path);
	}
	for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/hoa-giai/pagefind/wasm.unknown.pagefind']) assert.equal(cacheControl(path), 'max-age=300', path);
	for (const path of ['/', '/tim-kiem/index.html', '/sw.js', '/offline/cam-nang-phap-luat.json', '/pagefind/pagefind-entry.json', '/tim-kiem/tra-cuu.json', '/bai-giang/x/x.pdf']) {
		assert.equal(cacheControl(path), 'no-cache', path);
	}
});

test('the nginx-like server sends those Cache-Control headers; the plain one revalidates everything', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'hg-serve-'));
	mkdirSync(join(dir, 'pagefind'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<p>x</p>');
	writeFileSync(join(dir, 'pagefind', 'pagefind-worker.js'), 'x');
	writeFileSync(join(dir, 'pagefind', 'pagefind.vi_1.pf_meta'), gzipSync('x'));
	const plain = await serveDir(dir, '/');
	const nginx = await serveDir(dir, '/', {}, 0, true);
	try {
		for (const path of ['/', '/pagefind/pagefind-worker.js', '/pagefind/pagefind.vi_1.pf_meta']) {
			assert.equal((await get(`${nginx.origin}${path}`)).cache, cacheControl(path), path);
			assert.equal((await get(`${plain.origin}${path}`)).cache, 'no-cache', path);
		}
	} finally {
		plain.server.close();
		nginx.server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the build checks that the search page prefetches the engine files Pagefind wrote and its worker loads', () => {
	const entry = { languages: { vi: { hash: 'vi_c27ffdc612', wasm: null } } };
	const all = (f: string) => (ENGINE_PREFETCH as readonly string[]).includes(f);
	assert.deepEqual(enginePrefetchProblems(entry, all), []);
	assert.deepEqual(enginePrefetchProblems(entry, (f) => f !== 'wasm.unknown.pagefind'), ['the search page prefetches pagefind/wasm.unknown.pagefind, which Pagefind did not write']);
	// A Pagefind with a Vietnamese stemmer would load wasm.vi.pagefind instead.
	assert.deepEqual(enginePrefetchProblems({ languages: { vi: { hash: 'vi_1', wasm: 'vi' } } }, all), ["Pagefind's worker loads pagefind/wasm.vi.pagefind, which the search page does not prefetch"]);
});

test("the search page's slot in its head becomes the prefetch of the index metadata Pagefind wrote", () => {
	const entry = { languages: { vi: { hash: 'vi_c27ffdc612', wasm: null } } };
	assert.deepEqual(indexMetaUrls(entry, '/hoa-giai/'), ['/hoa-giai/pagefind/pagefind.vi_c27ffdc612.pf_meta']);
	const page = `<!doctype html><html><head><title>Tìm kiếm</title>${INDEX_META_SLOT}</head><body><p>x</p></body></html>`;
	assert.ok(hasIndexMetaSlot(page));
	assert.equal(
		withIndexMetaPrefetch(page, indexMetaUrls(entry, '/')),
		'<!doctype html><html><head><title>Tìm kiếm</title><link rel="prefetch" href="/pagefind/pagefind.vi_c27ffdc612.pf_meta" crossorigin="anonymous"></head><body><p>x</p></body></html>',
	);
	// Only the head counts: a page that shows the slot's text in its body (a code sample) has none.
	const inBody = `<html><head></head><body><code>${INDEX_META_SLOT}</code></body></html>`;
	assert.equal(hasIndexMetaSlot(inBody), false);
	assert.throws(() => withIndexMetaPrefetch(inBody, ['/x.pf_meta']), /no <template data-hg-index-meta><\/template> in the page's head/);
});

test('the prefetch links: the worker script as a worker loads it, the WebAssembly in CORS mode as the worker fetches it', () => {
	assert.deepEqual(enginePrefetchLinks('/hoa-giai/'), [
		{ href: '/hoa-giai/pagefind/pagefind-worker.js' },
		{ href: '/hoa-giai/pagefind/wasm.unknown.pagefind', crossorigin: 'anonymous' },
	]);
});
