/**
 * Publishing the same sources twice changes nothing for readers: a second build (its own output
 * and cache) gives the same files as dist/, the service worker's version included, so readers do
 * not re-download what they kept offline nor get told the content changed. PPTX and DOCX files are
 * the exception: their zip entries carry the time they were written (same size and content, and
 * not part of the worker's version, src/integrations/offline.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.toSorted();

test('a second build of the same sources gives the same files as dist/', () => {
	const work = mkdtempSync(join(tmpdir(), 'hg-again-'));
	try {
		const out = join(work, 'dist');
		const env: NodeJS.ProcessEnv = { ...process.env, HG_OUT_DIR: out, HG_CACHE_DIR: join(work, 'cache') };
		delete env.BASE_PATH;
		const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env });
		assert.equal(built.status, 0, built.stdout.slice(-3000) + built.stderr.slice(-3000));
		assert.deepEqual(files(out), files('dist'));
		const differ = files('dist').filter((f) => !/\.(pptx|docx)$/.test(f) && !readFileSync(join('dist', f)).equals(readFileSync(join(out, f))));
		assert.deepEqual(differ, [], 'files that differ between two builds of the same sources');
		assert.ok(files('dist').some((f) => f.endsWith('.pdf')), 'the PDFs were printed and compared');
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
