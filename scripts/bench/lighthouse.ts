/**
 * npm run bench:lighthouse — Lighthouse mobile scores and LCP / TBT / CLS for the home page, a
 * chapter and a deck page of a built site, medians of RUNS. Lighthouse is run with npx at a pinned
 * version (12.2.3: the last release whose lock npm ci accepts here) on Debian's Chromium; it is not
 * a dependency, because only this benchmark needs it. Serves the build with its own static server,
 * gzipping text as the documented nginx configuration does (`--plain`: uncompressed, for
 * comparison). Writes bench-results/lighthouse.{json,md}.
 *
 * Usage: node scripts/bench/lighthouse.ts [dist] [--runs 3]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { OMNIBOX_POPUP_FEATURES, chromiumPath } from '../../src/integrations/chromium.ts';
import { serveDir } from '../../src/integrations/print-pdfs.ts';
import { median } from './measure.ts';

const dist = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist';
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const first = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/${dir}/${e.name}/`).toSorted()[0]!;
const pages = { home: '/', chapter: first('cam-nang-phap-luat'), 'deck page': first('bai-giang') };
const work = mkdtempSync(join(tmpdir(), 'hg-lh-'));
const gzip = !process.argv.includes('--plain');
const { server, origin } = await serveDir(dist, '/', {}, 0, gzip);

function run(cmd: string, args: string[], opts: { encoding: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { env: opts.env, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (status) => resolve({ status, stderr }));
	});
}

const LIGHTHOUSE = 'lighthouse@12.2.3';

/**
 * The features the chrome-launcher that Lighthouse uses turns off (its Launcher.defaultFlags(),
 * read from the copy npx installed with Lighthouse). Chromium honours only the last
 * --disable-features, so ours repeats them and adds the address-bar popup, which otherwise takes
 * a core while the page loads (src/integrations/chromium.ts).
 */
function launcherDisabledFeatures(): string[] {
	const script = [
		"import { realpathSync } from 'node:fs';",
		"import { dirname, join } from 'node:path';",
		"import { pathToFileURL } from 'node:url';",
		// The lighthouse command is node_modules/lighthouse/cli/index.js; chrome-launcher sits beside the package.
		"const dir = join(dirname(realpathSync(process.argv[1])), '..', '..', 'chrome-launcher');",
		"const { Launcher } = await import(pathToFileURL(join(dir, 'dist', 'index.js')).href);",
		'console.log(JSON.stringify(Launcher.defaultFlags()));',
	].join('\n');
	const out = execFileSync('npx', ['-y', '-p', LIGHTHOUSE, '-c', `node --input-type=module -e "$HG_SCRIPT" "$(command -v lighthouse)"`], { encoding: 'utf8', env: { ...process.env, HG_SCRIPT: script } });
	const flag = (JSON.parse(out.trim().split('\n').at(-1)!) as string[]).find((f) => f.startsWith('--disable-features='));
	if (!flag) throw new Error(`chrome-launcher's default flags hold no --disable-features: ${out}`);
	return flag.slice('--disable-features='.length).split(',');
}
const chromeFlags = `--headless --no-sandbox --disable-gpu --disable-features=${[...launcherDisabledFeatures(), ...OMNIBOX_POPUP_FEATURES].join(',')}`;
process.stderr.write(`Chromium flags for Lighthouse: ${chromeFlags}\n`);

const rows = [];
for (const [type, path] of Object.entries(pages)) {
	const results: { performance: number; accessibility: number; bestPractices: number; seo: number; lcp: number; tbt: number; cls: number }[] = [];
	for (let i = 0; i < runs; i++) {
		const out = join(work, `${type.replace(/\W/g, '')}-${i}.json`);
		// Asynchronous: the site is served from this process, so it must not block.
		const r = await run('npx', ['-y', LIGHTHOUSE, origin + path, '--quiet', '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${out}`, `--chrome-flags=${chromeFlags}`], {
			encoding: 'utf8',
			env: { ...process.env, CHROME_PATH: chromiumPath() },
		});
		if (r.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${r.stderr.slice(-2000)}`);
		const lh = JSON.parse(readFileSync(out, 'utf8'));
		results.push({
			performance: lh.categories.performance.score * 100,
			accessibility: lh.categories.accessibility.score * 100,
			bestPractices: lh.categories['best-practices'].score * 100,
			seo: lh.categories.seo.score * 100,
			lcp: lh.audits['largest-contentful-paint'].numericValue,
			tbt: lh.audits['total-blocking-time'].numericValue,
			cls: lh.audits['cumulative-layout-shift'].numericValue,
		});
	}
	const m = (k: keyof (typeof results)[number]) => median(results.map((x) => x[k]));
	rows.push({ type, path, performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcpMs: Math.round(m('lcp')), tbtMs: Math.round(m('tbt')), cls: m('cls') });
}
server.close();

const result = { date: new Date().toISOString().slice(0, 10), lighthouse: '12.2.3', machine: { cpus: cpus().length, node: process.version }, runs, gzip, rows };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', `${JSON.stringify(result, null, 2)}\n`);
const md = [
	`Lighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU slowdown), Chromium from Debian, ${result.machine.cpus} cores, median of ${runs} runs, local server ${gzip ? 'gzipping text like the documented nginx setup' : 'without compression'}`,
	'',
	'| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
	'|---|---|---|---|---|---|---|---|',
	...rows.map((r) => `| ${r.type} (${r.path}) | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} |`),
	'',
].join('\n');
writeFileSync('bench-results/lighthouse.md', md);
console.log(md);
