import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, expect, test } from './support.ts';

/** The same content built with BASE_PATH=/hoa-giai/ (dist-base/) and served under that path. */
test('pages, styles and navigation work under /hoa-giai/', async ({ page }) => {
	await page.goto('/hoa-giai/');
	await expect(page.getByRole('heading', { level: 1, name: 'Hòa giải ở cơ sở' })).toBeVisible();
	// The stylesheet loaded from under the base path: the header has its brand colour.
	await expect(page.locator('header.hg-header')).toHaveCSS('background-color', 'rgb(15, 59, 95)');
	await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('link', { name: 'Cẩm nang pháp luật' }).click();
	await expect(page).toHaveURL(/\/hoa-giai\/cam-nang-phap-luat\/$/);
	await page.locator('.hg-chapter-cards a').first().click();
	await expect(page).toHaveURL(/\/hoa-giai\/cam-nang-phap-luat\/[a-z0-9-]+\/$/);
	const cite = page.locator('.hg-prose a.hg-cite').first();
	await expect(cite).toHaveAttribute('href', /^\/hoa-giai\/van-ban\/[a-z0-9-]+\/#dieu-\d+$/);
});

test('every link on every page stays under /hoa-giai/', async () => {
	// Read from the built files (the link checker has already proved they resolve): faster than
	// loading each of the 200 pages, and it sees exactly what the server sends.
	const paths = builtPages('dist-base');
	expect(paths.length).toBeGreaterThan(5);
	for (const path of paths.filter((p) => p !== '/404.html')) {
		const html = readFileSync(join('dist-base', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
		const refs = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
		expect(refs.filter((h) => !h.startsWith('/hoa-giai/')), path).toEqual([]);
	}
});

test('search finds pages and links to them under /hoa-giai/', async ({ page }) => {
	await page.goto('/hoa-giai/tim-kiem/?q=hoa%20giai%20vien');
	const first = page.locator('[data-results] li a.hg-result__title').first();
	await expect(first).toHaveAttribute('href', /^\/hoa-giai\//);
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveURL(/\/hoa-giai\//);
});
