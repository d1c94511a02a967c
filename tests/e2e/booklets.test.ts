/**
 * Printed booklets: each handbook's PDF has a cover, a table of contents whose page numbers are
 * where the chapters really start (read from the PDF's bookmarks), every chapter in order, A4.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { DIST, expect, test } from './support.ts';
import { pdfOutline } from '../../src/lib/pdf-outline.ts';
import { siteConfig } from '../../src/config/site.ts';

const handbooks = ['cam-nang-phap-luat', 'cam-nang-ky-nang'].map((folder) => {
	const chapters = readdirSync(join('content', folder))
		.filter((f) => f.endsWith('.md') && !f.startsWith('_'))
		.map((f) => {
			const src = readFileSync(join('content', folder, f), 'utf8');
			return { order: Number(src.match(/^order: (\d+)/m)![1]), title: src.match(/^title: (.+)$/m)![1]!.trim().replace(/^["']|["']$/g, '') };
		})
		.toSorted((a, b) => a.order - b.order);
	return { folder, chapters };
});

for (const { folder, chapters } of handbooks) {
	test(`${folder}: the booklet lists every chapter at the page where it starts`, async () => {
		const bytes = readFileSync(join(DIST, 'in', `${folder}.pdf`));
		const outline = await pdfOutline(bytes);
		const toc = JSON.parse(readFileSync(join(DIST, 'in', `${folder}.json`), 'utf8')) as { pages: number; toc: { title: string; page: number }[] };
		expect(outline.entries.map((e) => e.title)).toEqual(chapters.map((c) => c.title));
		expect(toc.toc).toEqual(outline.entries);
		expect(outline.pages).toBe(toc.pages);
		expect(outline.entries[0]!.page).toBeGreaterThanOrEqual(3); // cover, then the contents
		outline.entries.forEach((e, i) => i > 0 && expect(e.page).toBeGreaterThan(outline.entries[i - 1]!.page));
		expect(outline.pages).toBeGreaterThan(outline.entries.at(-1)!.page);
		const doc = await PDFDocument.load(bytes);
		// A4 is 595.3 × 841.9 pt; Chromium rounds page boxes to whole CSS pixels, so allow a point.
		for (const p of doc.getPages()) expect(Math.abs(p.getWidth() - 595.3) < 1.5 && Math.abs(p.getHeight() - 841.9) < 1.5).toBe(true);
		expect(doc.getTitle()).toMatch(/^Cẩm nang/);
		// Links to the site's pages go to its published address, not to the build's print server.
		const uris = [...doc.context.enumerateIndirectObjects()].flatMap(([, o]) => {
			const action = o instanceof PDFDict ? o.lookup(PDFName.of('A')) : undefined; // a structure element's /A is an array
			const uri = action instanceof PDFDict ? action.get(PDFName.of('URI')) : undefined;
			return uri instanceof PDFString ? [uri.decodeText()] : [];
		});
		expect(uris.length, 'chapters link to one another and to the legal documents').toBeGreaterThan(0);
		for (const uri of uris) if (new URL(uri).hostname === '127.0.0.1') expect(uri.startsWith(`${new URL(siteConfig.siteUrl).origin}/`), uri).toBe(true);
	});
}

test('the handbook page offers its booklet with the file size', async ({ page }) => {
	await page.goto('/cam-nang-phap-luat/');
	const link = page.getByRole('link', { name: /Tải cả cuốn để in/ });
	await expect(link).toBeVisible();
	await expect(page.locator('.hg-booklet-link')).toContainText(/PDF, [\d,]+ (KB|MB)/);
	expect((await page.request.get((await link.getAttribute('href'))!)).status()).toBe(200);
});

test('a single page prints without the site chrome', async ({ page }) => {
	await page.goto('/cam-nang-phap-luat/trinh-tu-hoa-giai/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Các mục chính' })).toBeHidden();
	await expect(page.getByRole('search').first()).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
	expect(pdf.getPageCount()).toBeGreaterThan(0);
});
