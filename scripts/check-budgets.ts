/**
 * Page-weight budgets on the built site: each page type's HTML + CSS + JS, gzip, must stay within
 * 15 KiB on first load. Search (Pagefind and the search page's script) loads on demand and is
 * measured by the benchmark instead. Usage: node scripts/check-budgets.ts [dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetProblems, pageAssets } from '../src/lib/page-weight.ts';

const dist = process.argv[2] ?? 'dist';
const BUDGET = 15 * 1024;
const first = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/${dir}/${e.name}/`)[0];
const types: [string, string | undefined][] = [
	['home', '/'],
	['handbook index', '/cam-nang-phap-luat/'],
	['chapter', first('cam-nang-phap-luat')],
	['registry index', '/van-ban/'],
	['registry document', '/van-ban/luat-hoa-giai-o-co-so-2013/'],
	['glossary', '/thuat-ngu/'],
];
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const rows = types
	.filter((t): t is [string, string] => !!t[1])
	.map(([type, path]) => {
		const html = readFileSync(join(dist, path, 'index.html'));
		const assets = pageAssets(html.toString(), '/');
		return { type, path, gzip: gz(html) + assets.reduce((n, a) => n + gz(readFileSync(join(dist, a))), 0) };
	});
for (const r of rows) console.log(`${r.type.padEnd(18)} ${(r.gzip / 1024).toFixed(1).padStart(5)} KiB  ${r.path}`);
const problems = budgetProblems(rows, BUDGET);
if (problems.length) {
	console.error(`Over the page-weight budget:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Budgets: ${rows.length} page types within ${BUDGET / 1024} KiB gzip (HTML + CSS + JS).`);
