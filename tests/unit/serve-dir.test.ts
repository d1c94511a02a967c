/** The loopback server the PDF step and the benchmarks use: gzip only when asked, like nginx. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { serveDir } from '../../src/integrations/print-pdfs.ts';

/** Raw GET (fetch would decompress and hide the encoding). */
const get = (url: string) =>
	new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
		request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
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
