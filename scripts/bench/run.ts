/**
 * npm run bench — build cost and page weight at 100, 500 and 2,000 synthetic chapters, with the
 * site's real pipeline (astro build + Pagefind), and what search costs a reader in Chromium.
 * Writes bench-results/latest.json and bench-results/latest.md and prints the table.
 *
 * Usage: node scripts/bench/run.ts [--sizes 100,500,2000] [--runs 3]
 * Figures are medians of RUNS cold builds on this machine; compare only runs from one machine.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { benchArgs, median, pageWeight, runMeasured } from './measure.ts';
import { searchCost } from './search.ts';

const { sizes, runs } = benchArgs();
const root = process.cwd();
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'hg-bench-'));

function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		bytes += statSync(join(e.parentPath, e.name)).size;
		files++;
	}
	return { bytes, files };
}

const results = [];
for (const [i, n] of sizes.entries()) {
	const content = writeCorpus(join(work, `content-${n}`), n);
	const outDir = join(work, `dist-${n}`);
	const times: number[] = [];
	const rss: number[] = [];
	const indexWait: number[] = [];
	// The floor: Astro alone on the same corpus (scripts/bench/bare: no chrome, search or
	// integrations). Its builds alternate with ours (ours, bare, bare, ours, …), so the ratio
	// between them is not bent by the machine getting slower or faster during the run.
	const floor: number[] = [];
	for (let r = 0; r < runs; r++) {
		for (const which of r % 2 ? ['bare', 'site'] : ['site', 'bare']) {
			if (which === 'bare') {
				const env = { ...process.env, BENCH_CONTENT: content, BENCH_OUT: join(work, `bare-${n}`), BENCH_CACHE: join(work, `bare-cache-${n}-${r}`) };
				const m = await runMeasured(process.execPath, [astro, 'build', '--root', join(root, 'scripts/bench/bare')], env);
				if (m.code !== 0) throw new Error(`bare build of ${n} pages failed:\n${m.output.slice(-3000)}`);
				floor.push(m.ms);
				continue;
			}
			// PDFs (booklets of N chapters, decks) are left out: a 2,000-chapter booklet is not a real
			// publication, and deck exports have their own benchmark (npm run bench:decks).
			const env = { ...process.env, HG_CONTENT_DIR: content, HG_OUT_DIR: outDir, HG_CACHE_DIR: join(work, `cache-${n}-${r}`), HG_SKIP_PDF: '1' };
			const m = await runMeasured(process.execPath, [astro, 'build'], env);
			if (m.code !== 0) throw new Error(`build of ${n} pages failed:\n${m.output.slice(-3000)}`);
			// Logged by src/integrations/pagefind.ts: how long Pagefind wrote its index after the last page.
			const wait = /written (\d+\.\d) s after the last page/.exec(m.output);
			if (!wait) throw new Error(`build of ${n} pages: no "Search index … written … after the last page" line`);
			indexWait.push(Number(wait[1]) * 1000);
			times.push(m.ms);
			rss.push(m.peakRss);
			process.stderr.write(`  ${n} pages, run ${r + 1}: ${(m.ms / 1000).toFixed(1)} s, ${(m.peakRss / 2 ** 20).toFixed(0)} MiB; bare Astro so far: ${floor.map((f) => (f / 1000).toFixed(1)).join(', ') || '-'} s\n`);
		}
	}
	process.stderr.write(`  ${n} pages, bare Astro: ${(median(floor) / 1000).toFixed(1)} s\n`);
	// A rebuild with nothing changed, keeping Astro's cache from the last run: what a publisher
	// waits for after editing one page (rendered Markdown is reused from the content store).
	const warmEnv = { ...process.env, HG_CONTENT_DIR: content, HG_OUT_DIR: outDir, HG_CACHE_DIR: join(work, `cache-${n}-${runs - 1}`), HG_SKIP_PDF: '1' };
	const warm = await runMeasured(process.execPath, [astro, 'build'], warmEnv);
	if (warm.code !== 0) throw new Error(`rebuild of ${n} pages failed:\n${warm.output.slice(-3000)}`);
	process.stderr.write(`  ${n} pages, rebuild with cache: ${(warm.ms / 1000).toFixed(1)} s\n`);
	const chapter = pageWeight(outDir, `cam-nang-phap-luat/chuong-${String(Math.ceil(n / 2)).padStart(4, '0')}`);
	const index = dirSize(join(outDir, 'pagefind'));
	const search = await searchCost(outDir, 4500 + i);
	results.push({ pages: n, buildMs: Math.round(median(times)), buildRuns: times.map(Math.round), indexWriteMs: Math.round(median(indexWait)), rebuildMs: Math.round(warm.ms), floorMs: Math.round(median(floor)), floorRuns: floor.map(Math.round), peakRssBytes: median(rss), pagesPerSecond: +(n / (median(times) / 1000)).toFixed(1), chapter, searchIndex: index, search });
}
rmSync(work, { recursive: true, force: true });

// The real site, as `npm run build` left it in dist/ (skipped when there is none).
let site: { pages: number; search: Awaited<ReturnType<typeof searchCost>> } | undefined;
try {
	const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html') && !String(f).startsWith('pagefind')).length;
	site = { pages, search: await searchCost(join(root, 'dist'), 4599) };
} catch (e) {
	process.stderr.write(`  real site not measured (run npm run build first): ${(e as Error).message}\n`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const table = [
	`Machine: ${machine}. Medians of ${runs} cold builds, ours and bare Astro's alternating; search: median of 5 cold-cache runs in Chromium, its address-bar popup off (src/integrations/chromium.ts; scripts/bench/search.ts, served like the nginx example: text gzipped, Pagefind files with Content-Encoding: gzip, its Cache-Control): "1st query" is sent on the open search page, its engine started and warmed up (bytes: all that search fetched since the page opened, the worker script included), "from a link" counts from the start of navigation to /tim-kiem/?q=…, on this machine's loopback and on a slow line (150 ms round trip, 1.6 Mbit/s, as Lighthouse's mobile preset). "Pagefind's cold call alone": its first search() on a freshly opened home page, which does not warm it up, once the index chunks are in: what any site using Pagefind pays for its first query (scripts/bench/search.ts, engineMs); "Pagefind writes its index": from the last page rendered until its files were written, as the build logs it.`,
	'',
	'| pages | build wall | of which Pagefind writes its index after the last page | bare Astro (floor) | ours ÷ floor | rebuild, cache kept | pages/s | peak RSS | chapter HTML+CSS+JS gzip (raw HTML) | requests | search index | 1st query "hòa giải" | Pagefind\'s cold call alone | same, from a link | same, from a link, slow line | follow-up "tranh chấp đất đai" |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...results.map(
		(r) =>
			`| ${r.pages} | ${(r.buildMs / 1000).toFixed(1)} s | ${(r.indexWriteMs / 1000).toFixed(1)} s | ${(r.floorMs / 1000).toFixed(1)} s | ${(r.buildMs / r.floorMs).toFixed(2)} | ${(r.rebuildMs / 1000).toFixed(1)} s | ${r.pagesPerSecond} | ${(r.peakRssBytes / 2 ** 30).toFixed(2)} GB | ${kib(r.chapter.html.gzip + r.chapter.css.gzip + r.chapter.js.gzip)} (${kib(r.chapter.html.raw)}) | ${r.chapter.requests} | ${(r.searchIndex.bytes / 2 ** 20).toFixed(1)} MiB, ${r.searchIndex.files} files | ${kib(r.search.first.bytes)} / ${r.search.first.ms} ms | ${r.search.engineMs} ms | ${r.search.fromLinkMs} ms | ${r.search.fromLinkSlowMs} ms | ${kib(r.search.followUp.bytes)} / ${r.search.followUp.ms} ms |`,
	),
	...(site ? ['', `Real site (dist/, ${site.pages} pages): first query "hòa giải" ${kib(site.search.first.bytes)} / ${site.search.first.ms} ms; Pagefind's cold call alone ${site.search.engineMs} ms (from a link ${site.search.fromLinkMs} ms, on a slow line ${site.search.fromLinkSlowMs} ms); follow-up "tranh chấp đất đai" ${kib(site.search.followUp.bytes)} / ${site.search.followUp.ms} ms.`] : []),
].join('\n');
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify({ machine, date: new Date().toISOString(), runs, results, site }, null, 2)}\n`);
writeFileSync('bench-results/latest.md', `${table}\n`);
console.log(table);
