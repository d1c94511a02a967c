/**
 * npm run bench:peer — the peer the benchmark issue names, Starlight (on the same Astro), measured
 * on this machine with the same corpus and the same measures as npm run bench, so that the two
 * tables can be read side by side. Writes bench-results/peer.json and bench-results/peer.md.
 *
 * Starlight is installed from the npm registry into a folder outside the project (kept between
 * runs; PEER_DIR overrides it); nothing of it is part of the site or its tests. The corpus's
 * chapters become Starlight pages: frontmatter title and description, the callout directive as
 * Starlight's :::note, the citation directive as its text. Starlight's own defaults otherwise
 * (its sidebar lists every page, its search is Pagefind's default interface in a dialog).
 *
 * Search, as scripts/bench/search.ts measures ours: bytes of everything under /pagefind/ fetched
 * since the page opened, in a fresh context; Chromium reports a worker's own script as about 0
 * bytes when the worker fetches it, so the worker script's gzip size is added (our search page
 * prefetches it, so ours is counted by Chromium). Time: from the query being put in the box to
 * its first result, which includes the 300 ms Pagefind's interface waits after typing.
 *
 * Usage: node scripts/bench/peer.ts [--sizes 100,500,2000] [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { writeCorpus } from './corpus.ts';
import { benchArgs, median, pageWeight, runMeasured } from './measure.ts';
import { engineMs, searchBytes } from './search.ts';
import { chromiumLaunchOptions } from '../../src/integrations/chromium.ts';
import { serveDir } from '../../src/integrations/print-pdfs.ts';

const STARLIGHT = '0.42.4';
const { sizes, runs } = benchArgs();
const root = process.cwd();
const astroVersion = (JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
const peer = process.env.PEER_DIR || join(tmpdir(), `hg-bench-starlight-${STARLIGHT}-astro-${astroVersion}`);

/** A Starlight project with the site's Astro version, installed once. */
function installPeer() {
	mkdirSync(join(peer, 'src'), { recursive: true });
	writeFileSync(join(peer, 'package.json'), `${JSON.stringify({ name: 'hg-bench-peer', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT } }, null, 2)}\n`);
	writeFileSync(
		join(peer, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	outDir: process.env.PEER_OUT,
	cacheDir: process.env.PEER_CACHE,
	integrations: [starlight({ title: 'Cẩm nang', defaultLocale: 'root', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } } })],
});
`,
	);
	writeFileSync(
		join(peer, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	if (!existsSync(join(peer, 'node_modules/@astrojs/starlight'))) {
		process.stderr.write(`installing Starlight ${STARLIGHT} with Astro ${astroVersion} in ${peer}\n`);
		execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peer, stdio: 'inherit' });
	}
}

/** The corpus's chapters as Starlight pages in src/content/docs (replacing what was there). */
function writeDocs(content: string) {
	const docs = join(peer, 'src/content/docs');
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(docs, { recursive: true });
	writeFileSync(join(docs, 'index.md'), '---\ntitle: Cẩm nang\n---\n\nTrang chủ.\n');
	const chapters = join(content, 'cam-nang-phap-luat');
	for (const f of readdirSync(chapters)) {
		const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(chapters, f), 'utf8'));
		if (!m) throw new Error(`${f}: no frontmatter`);
		const front = m[1]!.split('\n').filter((l) => /^(title|description):/.test(l)).join('\n');
		const body = m[2]!.replace(/^:::callout\{[^}]*\}/gm, ':::note').replace(/:cite\{doc=\S+ article=(\d+)\}/g, 'Điều $1 Luật mẫu');
		writeFileSync(join(docs, f), `---\n${front}\n---\n${body}`);
	}
}

/** Starlight's first search for "hòa giải" on a chapter page, median of `n` fresh contexts. */
async function peerSearch(dist: string, port: number, n = 5) {
	const { server } = await serveDir(dist, '/', {}, port, true);
	const browser = await chromium.launch(chromiumLaunchOptions());
	const worker = gzipSync(readFileSync(join(dist, 'pagefind/pagefind-worker.js')), { level: 9 }).length;
	const rows: { ms: number; bytes: number }[] = [];
	const engine: number[] = [];
	try {
		for (let r = 0; r < n; r++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const stop = searchBytes(context);
			await page.goto(`http://127.0.0.1:${port}/chuong-0001/`);
			await page.waitForLoadState('networkidle'); // Starlight loads Pagefind's interface when the page is idle
			await page.locator('button[data-open-modal]').click();
			await page.locator('#starlight__search input').waitFor();
			const ms = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const input = document.querySelector<HTMLInputElement>('#starlight__search input')!;
						const start = performance.now();
						new MutationObserver((_, obs) => {
							if (document.querySelector('.pagefind-ui__result')?.textContent?.trim()) {
								obs.disconnect();
								resolve(performance.now() - start);
							}
						}).observe(document.querySelector('#starlight__search')!, { childList: true, subtree: true });
						input.value = 'hòa giải';
						input.dispatchEvent(new Event('input', { bubbles: true }));
					}),
			);
			await page.waitForTimeout(2000); // the other results' fragments
			const reported = await stop();
			rows.push({ ms, bytes: reported + worker });
			await context.close();
			engine.push(await engineMs(browser, `http://127.0.0.1:${port}/chuong-0001/`, `http://127.0.0.1:${port}/pagefind/pagefind.js`));
		}
	} finally {
		await browser.close();
		server.close();
	}
	return { ms: Math.round(median(rows.map((r) => r.ms))), bytes: median(rows.map((r) => r.bytes)), workerScript: worker, engineMs: Math.round(median(engine)) };
}

installPeer();
const astro = join(peer, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'hg-bench-peer-'));
const results = [];
for (const [i, n] of sizes.entries()) {
	const content = writeCorpus(join(work, `content-${n}`), n);
	writeDocs(content);
	const outDir = join(work, `dist-${n}`);
	const times: number[] = [];
	const rss: number[] = [];
	for (let r = 0; r < runs; r++) {
		const env = { ...process.env, PEER_OUT: outDir, PEER_CACHE: join(work, `cache-${n}-${r}`) };
		const m = await runMeasured(process.execPath, [astro, 'build'], env, peer);
		if (m.code !== 0) throw new Error(`Starlight build of ${n} pages failed:\n${m.output.slice(-3000)}`);
		times.push(m.ms);
		rss.push(m.peakRss);
		process.stderr.write(`  Starlight, ${n} pages, run ${r + 1}: ${(m.ms / 1000).toFixed(1)} s, ${(m.peakRss / 2 ** 20).toFixed(0)} MiB\n`);
	}
	const chapter = pageWeight(outDir, `chuong-${String(Math.ceil(n / 2)).padStart(4, '0')}`);
	const search = await peerSearch(outDir, 4700 + i);
	results.push({ pages: n, buildMs: Math.round(median(times)), buildRuns: times.map(Math.round), peakRssBytes: median(rss), chapter, search });
}
rmSync(work, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const table = [
	`Starlight ${STARLIGHT} on Astro ${astroVersion}, same corpus and measures as npm run bench (scripts/bench/peer.ts). Machine: ${machine}. Medians of ${runs} cold builds and of 5 searches, in Chromium with its address-bar popup off, as for our site. Search bytes: everything under /pagefind/ since the page opened, with the worker script's ${kib(results[0]?.search.workerScript ?? 0)} added; time from the query in the box to the first result, including the 300 ms Pagefind's interface waits after typing; "Pagefind's call alone": its search() on a fresh page once the index chunks are in (scripts/bench/search.ts, engineMs), as for our site.`,
	'',
	'| pages | build wall | peak RSS | chapter HTML+CSS+JS gzip (raw HTML) | requests | 1st query "hòa giải" | Pagefind\'s call alone |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	...results.map(
		(r) =>
			`| ${r.pages} | ${(r.buildMs / 1000).toFixed(1)} s | ${(r.peakRssBytes / 2 ** 30).toFixed(2)} GB | ${kib(r.chapter.html.gzip + r.chapter.css.gzip + r.chapter.js.gzip)} (${kib(r.chapter.html.raw)}) | ${r.chapter.requests} | ${kib(r.search.bytes)} / ${r.search.ms} ms | ${r.search.engineMs} ms |`,
	),
].join('\n');
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/peer.json', `${JSON.stringify({ machine, date: new Date().toISOString(), starlight: STARLIGHT, astro: astroVersion, runs, results }, null, 2)}\n`);
writeFileSync('bench-results/peer.md', `${table}\n`);
console.log(table);
