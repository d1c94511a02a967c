/**
 * Page-weight budgets on the built site: each page type's HTML + CSS + JS, gzip, must stay within
 * 15 KiB on first load, on the heaviest page of each type. Search (Pagefind and the search page's script) loads on demand and is
 * measured by the benchmark instead. Usage: node scripts/check-budgets.ts [dist]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetProblems, pageAssets } from '../src/lib/page-weight.ts';

const dist = process.argv[2] ?? 'dist';
const BUDGET = 15 * 1024;
/** Every page one level under `dir` ("/tinh-huong/x/"), or none when the section is not built. */
const under = (dir: string) => {
	try {
		return readdirSync(join(dist, dir), { withFileTypes: true })
			.filter((e) => e.isDirectory() && readdirSync(join(dist, dir, e.name)).includes('index.html'))
			.map((e) => `/${dir}/${e.name}/`);
	} catch {
		return [];
	}
};
// Each type is checked on its heaviest page, so a long deck or chapter cannot hide behind a short one.
const exists = (p: string) => existsSync(join(dist, p, 'index.html'));
const types: [string, string[]][] = [
	['home', ['/']],
	['handbook index', ['/cam-nang-phap-luat/', '/cam-nang-ky-nang/']],
	['chapter', [...under('cam-nang-phap-luat'), ...under('cam-nang-ky-nang')]],
	['registry index', ['/van-ban/']],
	['registry document', under('van-ban')],
	['glossary', ['/thuat-ngu/']],
	['case index', ['/tinh-huong/']],
	['case', under('tinh-huong').filter((p) => !/\/(loai|ky-nang)\/$/.test(p))],
	['deck index', ['/bai-giang/']],
	['deck page', under('bai-giang')],
	['plan', ['/ke-hoach/', '/ke-hoach/theo-co-quan/', '/ke-hoach/theo-nam/']],
	['practice index', ['/mo-hinh/']],
	['practice', under('mo-hinh').filter((p) => !/\/(linh-vuc|nam|dia-ban)\/$/.test(p))],
	['form index', ['/bieu-mau/']],
	['form', under('bieu-mau')],
];
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const weigh = (path: string) => {
	const html = readFileSync(join(dist, path, 'index.html'));
	const assets = pageAssets(html.toString(), '/');
	return gz(html) + assets.reduce((n, a) => n + gz(readFileSync(join(dist, a))), 0);
};
const rows = types
	.map(([type, paths]) => [type, paths.filter(exists)] as [string, string[]])
	.filter(([, paths]) => paths.length > 0)
	.map(([type, paths]) => {
		const weighed = paths.map((path) => ({ path, gzip: weigh(path) })).toSorted((a, b) => b.gzip - a.gzip);
		return { type, ...weighed[0]! };
	});
for (const r of rows) console.log(`${r.type.padEnd(18)} ${(r.gzip / 1024).toFixed(1).padStart(5)} KiB  ${r.path}`);
const problems = budgetProblems(rows, BUDGET);
if (problems.length) {
	console.error(`Over the page-weight budget:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Budgets: ${rows.length} page types within ${BUDGET / 1024} KiB gzip (HTML + CSS + JS).`);
