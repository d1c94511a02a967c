import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { builtPages, expect, test } from './support.ts';
import { docxSummary } from '../support/office.ts';

/**
 * Forms: each print page prints, in Chromium, to exactly the number of A4 sheets it declares
 * (<main data-pages>), in its orientation; each form page's Word link downloads a .docx that
 * opens and holds the form's title; the index lists every form.
 */
const pages = builtPages();
const ids = pages.map((p) => p.match(/^\/bieu-mau\/([a-z0-9-]+)\/in\/$/)?.[1]).filter((id): id is string => !!id);
const A4 = { w: 595.28, h: 841.89 };

test('the forms section has forms', () => expect(ids.length).toBeGreaterThan(0));

test('the index lists every form with its print page and Word file', async ({ page }) => {
	await page.goto('/bieu-mau/');
	await expect(page.getByRole('heading', { level: 1, name: 'Biểu mẫu' })).toBeVisible();
	for (const id of ids) {
		const card = page.locator('.hg-card').filter({ has: page.locator(`a[href="/bieu-mau/${id}/"]`) });
		await expect(card, id).toHaveCount(1);
		// Each link names its form (visually hidden), so a list of links tells the forms apart. The
		// hidden part is laid out apart from the visible words, so the name has a space before ":".
		const title = (await card.locator('.hg-card__title').textContent())!.trim();
		const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		await expect(card.getByRole('link', { name: new RegExp(`^Xem và in ?: ${escaped}$`) })).toHaveAttribute('href', `/bieu-mau/${id}/in/`);
		await expect(card.getByRole('link', { name: new RegExp(`^Tải bản Word ?: ${escaped} \\(\\d+ KB\\)$`) })).toHaveAttribute('href', `/bieu-mau/${id}/${id}.docx`);
	}
});

for (const id of ids) {
	test(`${id}: prints to its declared number of A4 pages, without site chrome`, async ({ page }) => {
		await page.goto(`/bieu-mau/${id}/in/`);
		const main = page.locator('main');
		const expected = Number(await main.getAttribute('data-pages'));
		const landscape = (await main.getAttribute('data-orientation')) === 'ngang';
		expect(expected).toBeGreaterThan(0);
		await expect(page.locator('header, nav, footer, [data-pagefind-body]')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

		const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
		expect(pdf.getPageCount(), `${id}: printed pages`).toBe(expected);
		for (const p of pdf.getPages()) {
			const { width, height } = p.getSize();
			expect(Math.abs(width - (landscape ? A4.h : A4.w))).toBeLessThan(1);
			expect(Math.abs(height - (landscape ? A4.w : A4.h))).toBeLessThan(1);
		}
	});

	test(`${id}: the form page downloads a Word file that holds the title`, async ({ page }) => {
		await page.goto(`/bieu-mau/${id}/`);
		const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
		await expect(page.getByRole('link', { name: 'In biểu mẫu' })).toHaveAttribute('href', `/bieu-mau/${id}/in/`);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Tải bản Word \(\.docx, \d+ KB\)$/ }).click()]);
		expect(download.suggestedFilename()).toBe(`${id}.docx`);
		const { text, parts } = await docxSummary(readFileSync((await download.path())!));
		expect(parts).toContain('word/document.xml');
		expect(text.replace(/\s+/g, ' ')).toContain(title);
	});
}
