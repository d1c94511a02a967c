/**
 * Bad input fails loudly: each case copies the small valid fixture site in
 * tests/fixtures/content/, breaks one thing, builds it with the real pipeline and expects
 * the build (or the link check after it) to fail with the file and the problem named.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'tests/fixtures/content');
const chapter = 'cam-nang-phap-luat/chuong-mau.md';
let work: string;
const stripAnsi = (s: string) => s.replace(/\x1B\[[0-9;]*m/g, '');

before(() => {
	work = mkdtempSync(join(tmpdir(), 'hg-bad-content-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Copies the fixture, applies `edit` to one file, builds, and returns exit code and output. */
function buildWith(name: string, file: string, edit: (text: string) => string, extraEnv: Record<string, string> = {}, renameTo?: string) {
	const dir = join(work, name);
	cpSync(fixture, join(dir, 'content'), { recursive: true });
	const path = join(dir, 'content', file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	assert.notEqual(after, before, 'the edit must change the fixture');
	writeFileSync(path, after);
	if (renameTo) renameSync(path, join(dir, 'content', renameTo));
	const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', HG_CONTENT_DIR: join(dir, 'content'), HG_OUT_DIR: join(dir, 'dist'), HG_CACHE_DIR: join(dir, 'cache'), ...extraEnv };
	const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env, encoding: 'utf8' });
	// Colour codes would split the words the assertions look for (CI forces colour on).
	return { status: r.status, output: stripAnsi(`${r.stdout}\n${r.stderr}`), dist: join(dir, 'dist') };
}

function checkLinks(dist: string) {
	const r = spawnSync(process.execPath, [join(root, 'scripts/check-links.ts'), dist], { cwd: root, encoding: 'utf8' });
	return { status: r.status, output: stripAnsi(`${r.stdout}\n${r.stderr}`) };
}

describe('bad content fails the build with the file and the problem named', { concurrency: false }, () => {
	test('the unbroken fixture builds, gets a search index and passes the link check', () => {
		const r = buildWith('valid', chapter, (t) => t.replace('Đoạn cuối.', 'Đoạn cuối, vẫn hợp lệ.'));
		assert.equal(r.status, 0, r.output);
		assert.ok(existsSync(join(r.dist, 'pagefind/pagefind.js')), 'search index written by the build');
		// Every page reached the index while it rendered (src/middleware.ts), none read back later.
		assert.match(r.output, /Search index: \d+ pages, \d+ KiB, written \d+\.\d s after the last page\n/);
		// The installed Astro writes its content store module in the shape src/integrations/data-store.ts
		// rewrites, so the prerendering code reads the store from a file instead of compiling it.
		assert.match(r.output, /Content store \(\d+\.\d MiB\) will be read from a file, not compiled into the prerendering code/);
		assert.doesNotMatch(r.output, /content store module is not/);
		assert.equal(checkLinks(r.dist).status, 0);
	});

	test('a chapter without a title', () => {
		const r = buildWith('no-title', chapter, (t) => t.replace(/^title:.*\n/m, ''));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /chuong-mau\.md/);
		assert.match(r.output, /title\W+Required/);
	});

	test('a legal basis naming a document that is not in the registry', () => {
		const r = buildWith('unknown-doc', chapter, (t) => t.replace('document: luat-mau', 'document: luat-khong-co'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /chuong-mau\.md: legalBasis cites document "luat-khong-co", which is not in the registry/);
	});

	test('a legal basis article the registry does not list', () => {
		const r = buildWith('unknown-basis-article', chapter, (t) => t.replace('articles: [1]', 'articles: [1, 7]'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /chuong-mau\.md: legalBasis cites Điều 7 of "luat-mau", which the registry does not list/);
	});

	test('an inline :cite of an article the registry does not list', () => {
		const r = buildWith('unknown-cite-article', chapter, (t) => t.replace('article=1}', 'article=99}'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /chuong-mau\.md:\d+: citation cites Điều 99 of "luat-mau"/);
	});

	test('a misspelt directive and a callout of an unknown type', () => {
		const r = buildWith('bad-directives', chapter, (t) => t.replace(':cite{doc=luat-mau article=1}', ':cte{doc=luat-mau article=1}'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /chuong-mau\.md:\d+: unknown directive ":cte"/);
		const c = buildWith('bad-callout', chapter, (t) => t.replace('type=luu-y', 'type=ghi-chu'));
		assert.notEqual(c.status, 0);
		assert.match(c.output, /chuong-mau\.md:\d+: :::callout type="ghi-chu" is not one of luu-y, canh-bao, vi-du/);
	});

	test('a handbook chapter written as MDX', () => {
		const r = buildWith('chapter-mdx', chapter, (t) => t.replace(':cite{doc=luat-mau article=1}', '<Cite doc="luat-mau" article={1} />'), {}, 'cam-nang-phap-luat/chuong-mau.mdx');
		assert.notEqual(r.status, 0);
		assert.match(r.output, /chuong-mau\.mdx: handbook chapters are Markdown; rename it to \.md/);
	});

	test('a registry entry with an invalid status', () => {
		const r = buildWith('bad-status', 'van-ban/luat-mau.yaml', (t) => t.replace('status: con-hieu-luc', 'status: dang-ap-dung'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /luat-mau\.yaml/);
		assert.match(r.output, /status/);
	});

	test('a broken internal link and a broken #anchor fail the link check, naming the page', () => {
		const r = buildWith('broken-link', chapter, (t) => t.replace('Đoạn cuối.', 'Xem [trang mất](/khong-co/) và [mục mất](#khong-co-muc).'));
		assert.equal(r.status, 0, r.output);
		const links = checkLinks(r.dist);
		assert.equal(links.status, 1);
		assert.match(links.output, /\/cam-nang-phap-luat\/chuong-mau\/: <a href> \/khong-co\/ → no such page or file/);
		assert.match(links.output, /\/cam-nang-phap-luat\/chuong-mau\/: <a href> #khong-co-muc → no element with id "khong-co-muc"/);
	});

	test('a deck using a component the slides cannot carry, naming file and line', () => {
		const r = buildWith('deck-callout', 'bai-giang/bai-mau.mdx', (t) => t.replace('- Ý hai', '<Callout>Lưu ý</Callout>'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /bai-mau\.mdx:\d+: <Callout> is not allowed in a deck/);
	});

	test('a deck slide without speaker notes', () => {
		const r = buildWith('deck-no-notes', 'bai-giang/bai-mau.mdx', (t) => t.replace(/- Ý hai\n\n<Notes>\n\nLời dẫn trang hai\.\n\n<\/Notes>/, '- Ý hai'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /bai-mau\.mdx:\d+: slide "Trang hai" has no <Notes>/);
	});

	test('a deck naming a case study that does not exist', () => {
		const r = buildWith('deck-unknown-case', 'bai-giang/bai-mau.mdx', (t) => t.replace('relatedCases: [tinh-huong-mau]', 'relatedCases: [khong-co]'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /bai-mau\.mdx: relatedCases "khong-co" is not a known case/);
	});

	test('a case study missing a required section', () => {
		const r = buildWith('case-no-analysis', 'tinh-huong/tinh-huong-mau.mdx', (t) => t.replace('## Phân tích', '## Nhận xét'));
		assert.notEqual(r.status, 0);
		assert.match(r.output, /tinh-huong-mau\.mdx: is missing the section "## Phân tích"/);
	});

	test('without Chromium the build completes, says how to get the PDFs, and links none', () => {
		const r = buildWith('no-chromium', 'bai-giang/bai-mau.mdx', (t) => t.replace('Ý hai', 'Ý hai, vẫn hợp lệ'), { CHROMIUM_PATH: '/khong-co/chromium' });
		assert.equal(r.status, 0, r.output);
		assert.match(r.output, /Chromium was not found at \/khong-co\/chromium, so the \d+ PDF files .* were not made .*apt-get install chromium/);
		const page = readFileSync(join(r.dist, 'bai-giang/bai-mau/index.html'), 'utf8');
		assert.match(page, /bai-mau\.pptx/);
		assert.doesNotMatch(page, /\.pdf"/);
		assert.ok(!existsSync(join(r.dist, 'bai-giang/bai-mau/bai-mau.pdf')));
		assert.equal(checkLinks(r.dist).status, 0);
	});
});
