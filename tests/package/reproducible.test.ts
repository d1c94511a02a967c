/**
 * Publishing the same sources twice changes nothing for readers: a second build (its own output
 * and cache) gives the same files as dist/, the service worker's version included, so readers do
 * not re-download what they kept offline nor get told the content changed. PDF, PPTX and DOCX
 * files included: their zip entries carry the document's date, not the build's clock
 * (src/lib/office-zip.ts).
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
		const differ = files('dist').filter((f) => !readFileSync(join('dist', f)).equals(readFileSync(join(out, f))));
		assert.deepEqual(differ, [], 'files that differ between two builds of the same sources');
		for (const kind of ['.pdf', '.pptx', '.docx']) assert.ok(files('dist').some((f) => f.endsWith(kind)), `the ${kind} files were made and compared`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
