/**
 * npm run bench:decks — how long the deck exports take for all real decks (issue target: under
 * 60 s on 2 cores): the PPTX files (no browser) and the PDFs (slides and handouts, Chromium).
 * Builds the site once without PDFs into a temporary folder, then times each export RUNS times.
 * Writes bench-results/decks.json and bench-results/decks.md.
 *
 * Usage: node scripts/bench/decks.ts [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck, resolveSlideCitations } from '../../src/lib/slides.ts';
import { buildPptx } from '../../src/lib/pptx.ts';
import { chromiumPath } from '../../src/integrations/chromium.ts';
import { printPdfs, type PrintJob } from '../../src/integrations/print-pdfs.ts';
import { median } from './measure.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'hg-bench-decks-'));
const chromium = chromiumPath();

const decks = readdirSync('content/bai-giang')
	.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
	.map((f) => {
		const src = readFileSync(join('content/bai-giang', f), 'utf8');
		return { id: f.replace(/\.mdx$/, ''), title: src.match(/^title: (.+)$/m)![1]!, body: src.replace(/^---\n[\s\S]*?\n---\n/, '') };
	});
const slideCount = decks.reduce((n, d) => n + parseDeck(d.body, d.id).length + 1, 0);

const pptxTimes: number[] = [];
for (let i = 0; i < runs; i++) {
	const t = performance.now();
	for (const d of decks) {
		const slides = resolveSlideCitations(parseDeck(d.body, d.id), (c) => `Điều ${c.article ?? ''} ${c.doc}`);
		await buildPptx({ title: d.title, coverLines: ['—'], publisher: 'bench', version: new Date('2026-01-01') }, slides);
	}
	pptxTimes.push((performance.now() - t) / 1000);
}

const dist = join(work, 'dist');
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
	cwd: root, encoding: 'utf8', env: { ...process.env, HG_OUT_DIR: dist, HG_CACHE_DIR: join(work, 'cache'), HG_SKIP_PDF: '1' },
});
if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
const jobs: PrintJob[] = decks.flatMap((d) => [
	{ page: `bai-giang/${d.id}/in/`, out: `bai-giang/${d.id}/${d.id}.pdf`, kind: 'slides' as const, title: d.title },
	{ page: `bai-giang/${d.id}/tai-lieu/`, out: `bai-giang/${d.id}/${d.id}-tai-lieu.pdf`, kind: 'a4' as const, title: d.title },
]);
const pdfTimes: number[] = [];
for (let i = 0; i < runs; i++) {
	const t = performance.now();
	await printPdfs(dist, '/', jobs, chromium, 'bench', 'http://127.0.0.1:4321');
	pdfTimes.push((performance.now() - t) / 1000);
}
rmSync(work, { recursive: true, force: true });

const result = {
	date: new Date().toISOString().slice(0, 10),
	machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
	decks: decks.length,
	slides: slideCount,
	runs,
	pptxSeconds: { median: median(pptxTimes), all: pptxTimes },
	pdfSeconds: { median: median(pdfTimes), all: pdfTimes, files: jobs.length },
	totalMedianSeconds: median(pptxTimes) + median(pdfTimes),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/decks.json', `${JSON.stringify(result, null, 2)}\n`);
const md = [
	`Deck exports, ${result.decks} decks, ${result.slides} slides (covers included), ${result.machine.cpus} cores, Node ${result.machine.node}, median of ${runs} runs`,
	'',
	'| export | median | runs |',
	'|---|---|---|',
	`| PPTX, all decks (pptxgenjs + repair) | ${result.pptxSeconds.median.toFixed(2)} s | ${pptxTimes.map((t) => t.toFixed(2)).join(' / ')} |`,
	`| PDF, ${jobs.length} files (slides + handouts, Chromium) | ${result.pdfSeconds.median.toFixed(2)} s | ${pdfTimes.map((t) => t.toFixed(2)).join(' / ')} |`,
	`| total | ${result.totalMedianSeconds.toFixed(2)} s | target < 60 s |`,
	'',
].join('\n');
writeFileSync('bench-results/decks.md', md);
console.log(md);
