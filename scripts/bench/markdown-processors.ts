/**
 * Sätteri (Astro 7's default) against unified (remark/rehype, @astrojs/markdown-remark) on the
 * same synthetic corpus: median build wall time and peak memory of RUNS builds each.
 * Usage: npm i --no-save @astrojs/markdown-remark@7.3.1 && node scripts/bench/markdown-processors.ts [pages=300] [runs=3]
 * (unified is not a dependency of the site: it lost this comparison, see README).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { median, runMeasured } from './measure.ts';

const pages = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'hg-bench-md-'));
const content = writeCorpus(join(work, 'content'), pages);
const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

const rows: string[] = [];
for (const processor of ['satteri', 'unified']) {
	const times: number[] = [];
	const rss: number[] = [];
	for (let r = 0; r < runs; r++) {
		const env = { ...process.env, HG_CONTENT_DIR: content, HG_OUT_DIR: join(work, `dist-${processor}`), HG_CACHE_DIR: join(work, `cache-${processor}-${r}`), HG_MARKDOWN: processor };
		const m = await runMeasured(process.execPath, [astro, 'build'], env);
		if (m.code !== 0) throw new Error(`${processor} build failed:\n${m.output.slice(-3000)}`);
		times.push(m.ms);
		rss.push(m.peakRss);
	}
	rows.push(`| ${processor} | ${pages} | ${(median(times) / 1000).toFixed(1)} s | ${(median(rss) / 2 ** 20).toFixed(0)} MiB | ${times.map((t) => (t / 1000).toFixed(1)).join(', ')} |`);
}
rmSync(work, { recursive: true, force: true });
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${runs} cold builds each (median)\n`);
console.log('| processor | pages | build wall | peak RSS | runs |\n| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
