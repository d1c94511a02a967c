/**
 * Offline reading with the service worker, on a server of its own so the test can publish a
 * changed build: save a handbook, go offline, read its chapters; publish again and see the notice.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { DIST, expect, test } from './support.ts';
import { serveDir } from '../../src/integrations/print-pdfs.ts';

const PORT = 4431;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
let server: Server;
let root = DIST;
let changed: string;

test.beforeAll(async () => {
	// "Publish a changed build": the same site with one chapter edited and a new worker version.
	changed = mkdtempSync(join(tmpdir(), 'hg-offline-'));
	cpSync(DIST, changed, { recursive: true, filter: (src) => !src.endsWith('.pdf') && !src.endsWith('.pptx') });
	const sw = join(changed, 'sw.js');
	writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-new'"));
	const chapter = join(changed, 'cam-nang-ky-nang', firstSkillsChapter(), 'index.html');
	writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('</h1>', ' (bản sửa mới)</h1>'));
	({ server } = await serveDir(() => root, '/', {}, PORT));
});
test.afterAll(() => {
	server?.close();
	rmSync(changed, { recursive: true, force: true });
});

function firstSkillsChapter() {
	return readdirSync(join(DIST, 'cam-nang-ky-nang'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).toSorted()[0]!;
}

test('save a handbook, read its chapters offline, then get the update notice for a new build', async ({ page, context }) => {
	test.setTimeout(60_000);
	const chapters = readdirSync(join(DIST, 'cam-nang-ky-nang'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).toSorted();
	root = DIST;
	await page.goto(`/cam-nang-ky-nang/`);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	const save = page.locator('hg-offline-save');
	await expect(save.getByRole('button')).toHaveText(/Lưu để đọc khi không có mạng \(\d+ KB\)/);
	await expect(save).toContainText(`Lưu ${chapters.length + 1} trang`);
	await save.getByRole('button').click();
	await expect(save).toContainText('Đã lưu trên máy này');
	// The copy is current, so the button no longer offers a newer version.
	await expect(save.getByRole('button')).toHaveText(/^Lưu lại \(\d+ KB\)$/);

	await context.setOffline(true);
	for (const c of [chapters[0]!, chapters.at(-1)!]) {
		await page.goto(`/cam-nang-ky-nang/${c}/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.hg-prose p').first()).toBeVisible();
	}
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto(`/van-ban/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trang này chưa được lưu để đọc khi không có mạng');

	// A new build is published; the next online visit updates and says so.
	await context.setOffline(false);
	root = changed;
	await page.goto(`/`);
	await expect(page.locator('[data-hg-update]')).toBeVisible({ timeout: 15_000 });
	await expect(page.locator('[data-hg-update]')).toContainText('vừa được cập nhật');
	await context.setOffline(true);
	await page.goto(`/cam-nang-ky-nang/${firstSkillsChapter()}/`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('(bản sửa mới)');
	await context.setOffline(false);
});

test('a page read online is kept for offline reading; search files are not kept', async ({ page, context }) => {
	root = DIST;
	await page.goto('/tim-kiem/?q=hoa+giai');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// Read under the worker's control (the first visit only installed it).
	await page.reload();
	await expect(page.locator('.hg-result').first()).toBeVisible();
	await page.goto('/van-ban/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const kept = async () => page.evaluate(async () => (await (await caches.open('hg-pages')).keys()).map((r) => new URL(r.url).pathname));
	// The copy is stored while the page is shown, not before: wait for it.
	await expect.poll(async () => (await kept()).includes('/van-ban/')).toBe(true);
	expect((await kept()).filter((p) => p.includes('/pagefind/')), 'Pagefind files in the reader cache').toEqual([]);
	await context.setOffline(true);
	await page.goto('/van-ban/');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Trang này chưa được lưu để đọc khi không có mạng');
	await context.setOffline(false);
});
