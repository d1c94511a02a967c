/**
 * Checks every internal link, asset and #fragment in a built site.
 * Usage: node scripts/check-links.ts [dist-folder]   (BASE_PATH as used for that build)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { collectLinks, findLinkProblems, pathOfFile, type PageLinks } from '../src/lib/link-check.ts';
import { normalizeBase } from '../src/lib/paths.ts';

const dist = process.argv[2] ?? 'dist';
const base = normalizeBase(process.env.BASE_PATH ?? '/');
const origin = 'http://site.invalid';

const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const files = entries.filter((e) => e.isFile()).map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
const pages = new Map<string, PageLinks>();
for (const f of files.filter((f) => f.endsWith('.html'))) pages.set(pathOfFile(f), collectLinks(await readFile(join(dist, f), 'utf8')));
const problems = findLinkProblems(pages, new Set(files.map((f) => `/${f}`)), base, origin);
if (problems.length) {
	console.error(`Broken internal links in ${dist} (${problems.length}):\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
const count = [...pages.values()].reduce((n, p) => n + p.refs.length, 0);
console.log(`Links: ${count} references in ${pages.size} pages of ${dist} resolve (base ${base}).`);
