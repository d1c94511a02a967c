import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectLinks, findLinkProblems, pathOfFile } from '../../src/lib/link-check.ts';

/** Loads the fixture site in tests/fixtures/links/<name>/ as the checker sees a build. */
function site(name: string) {
	const dir = fileURLToPath(new URL(`../fixtures/links/${name}/`, import.meta.url));
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)));
	const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [pathOfFile(f), collectLinks(readFileSync(join(dir, f), 'utf8'))]));
	return { pages, files: new Set(files.map((f) => `/${f}`)) };
}
const origin = 'http://site.invalid';

describe('link checker', () => {
	test('collects ids and references, ignoring canonical links', () => {
		const l = collectLinks('<link rel="canonical" href="http://x/"><h2 id="a">A</h2><a name="b"></a><a href="/x/#a">x</a><img src="/i.png" alt="">');
		assert.deepEqual([...l.ids], ['a', 'b']);
		assert.deepEqual(l.refs, [
			{ url: '/x/#a', where: '<a href>' },
			{ url: '/i.png', where: '<img src>' },
		]);
	});
	test('passes a site whose links and fragments all resolve', () => {
		const { pages, files } = site('good');
		assert.deepEqual(findLinkProblems(pages, files, '/', origin), []);
	});
	test('reports a missing page, a missing fragment, a missing asset and a missing trailing slash', () => {
		const { pages, files } = site('bad');
		assert.deepEqual(findLinkProblems(pages, files, '/', origin), [
			'/: <a href> /khong-co/ → no such page or file',
			'/: <a href> /van-ban/#dieu-99 → no element with id "dieu-99"',
			'/: <a href> #khong-co → no element with id "khong-co"',
			'/: <img src> /anh.png → no such page or file',
			'/: <a href> /van-ban → missing trailing slash',
		]);
	});
	test('under a base path, flags links that leave it', () => {
		const { pages, files } = site('good');
		const problems = findLinkProblems(pages, files, '/hoa-giai/', origin);
		assert.ok(problems.length > 0);
		assert.ok(problems.every((p) => p.endsWith('outside the base path /hoa-giai/')));
	});
	test('ignores external, mailto and tel links', () => {
		const pages = new Map([['/', collectLinks('<a href="https://vbpl.vn/x">x</a><a href="mailto:a@b.vn">m</a><a href="tel:1">t</a>')]]);
		assert.deepEqual(findLinkProblems(pages, new Set(['/index.html']), '/', origin), []);
	});
});

describe('page weight', () => {
	test('finds the CSS and JS a page loads from _astro under any base path', async () => {
		const { pageAssets } = await import('../../src/lib/page-weight.ts');
		const html = '<link rel="stylesheet" href="/hoa-giai/_astro/a.css"><script type="module" src="/hoa-giai/_astro/b.js"></script><img src="/hoa-giai/_astro/c.png">';
		assert.deepEqual(pageAssets(html, '/hoa-giai/'), ['/_astro/a.css', '/_astro/b.js']);
	});
	test("finds the fonts a page's inlined CSS loads, once each, under any base path", async () => {
		const { inlineCssFiles } = await import('../../src/lib/page-weight.ts');
		const html =
			'<style>@font-face{src:url(/hoa-giai/_astro/a.woff2) format("woff2"),url( "/hoa-giai/_astro/a.woff" )}</style><p style="x">url(/hoa-giai/_astro/not-css.woff2)</p>' +
			"<style media=print>b{background:url('/hoa-giai/_astro/a.woff2')}i{background:url(data:image/png;base64,AA==)}u{background:url(https://cdn.example/x.png)}</style>";
		assert.deepEqual(inlineCssFiles(html, '/hoa-giai/'), ['_astro/a.woff2', '_astro/a.woff']);
		assert.deepEqual(inlineCssFiles('<link rel="stylesheet" href="/_astro/x.css">', '/'), []);
	});
	test('reports the pages over budget', async () => {
		const { budgetProblems } = await import('../../src/lib/page-weight.ts');
		assert.deepEqual(budgetProblems([{ type: 'chapter', path: '/a/', gzip: 16 * 1024 }, { type: 'home', path: '/', gzip: 1000 }], 15 * 1024), ['chapter /a/: 16.0 KiB gzip > 15 KiB']);
	});
});
