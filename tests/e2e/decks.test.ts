/**
 * Training decks: the downloads are opened and compared with the deck source (PDF page count and
 * size, PPTX slides, titles as text, notes), and the presenter is driven with the keys clickers send.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { DIST, expect, test } from './support.ts';
import { parseDeck } from '../../src/lib/slides.ts';
import { pptxSummary } from '../support/office.ts';

const decks = readdirSync('content/bai-giang')
	.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
	.map((f) => {
		const source = readFileSync(join('content/bai-giang', f), 'utf8');
		const id = f.replace(/\.mdx$/, '');
		return { id, title: source.match(/^title: (.+)$/m)![1]!.trim().replace(/^["']|["']$/g, ''), slides: parseDeck(source.replace(/^---\n[\s\S]*?\n---\n/, ''), f) };
	});

test('there are decks to test', () => expect(decks.length).toBeGreaterThanOrEqual(8));

for (const deck of decks) {
	test(`${deck.id}: the PDF has one 16:9 page per slide plus the cover, and the handout is A4`, async () => {
		const pdf = await PDFDocument.load(readFileSync(join(DIST, 'bai-giang', deck.id, `${deck.id}.pdf`)));
		expect(pdf.getPageCount()).toBe(deck.slides.length + 1);
		for (const page of pdf.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([960, 540]);
		expect(pdf.getTitle()).toBe(deck.title);
		const handout = await PDFDocument.load(readFileSync(join(DIST, 'bai-giang', deck.id, `${deck.id}-tai-lieu.pdf`)));
		const first = handout.getPage(0); // A4 = 595.3 × 841.9 pt, give or take Chromium's rounding
		expect(Math.abs(first.getWidth() - 595.3) < 1.5 && Math.abs(first.getHeight() - 841.9) < 1.5).toBe(true);
		expect(handout.getPageCount()).toBeGreaterThan(1);
	});

	test(`${deck.id}: the PPTX has the cover and every slide, titles as text, notes, valid paragraphs`, async () => {
		const pptx = await pptxSummary(readFileSync(join(DIST, 'bai-giang', deck.id, `${deck.id}.pptx`)));
		expect(pptx.slides).toHaveLength(deck.slides.length + 1);
		expect(pptx.slides[0]!.text).toContain(deck.title);
		deck.slides.forEach((s, i) => {
			const slide = pptx.slides[i + 1]!;
			expect(slide.text.normalize('NFC'), `slide ${s.number}`).toContain(s.title);
			expect(slide.notes.length, `notes of slide ${s.number}`).toBeGreaterThan(20);
		});
		expect(pptx.paragraphsWithManyPPr).toBe(0);
	});
}

test('a deck page offers the three downloads with their sizes, and the slides as text', async ({ page }) => {
	const deck = decks[0]!;
	await page.goto(`/bai-giang/${deck.id}/`);
	const downloads = page.locator('.hg-downloads li');
	await expect(downloads).toHaveCount(3);
	await expect(downloads.nth(0)).toContainText(/PPTX, \d+ KB/);
	await expect(downloads.nth(1)).toContainText(/PDF, \d+ KB/);
	await expect(downloads.nth(2)).toContainText(/PDF, \d+ KB/);
	await expect(page.locator('.hg-slides--doc .hg-slide')).toHaveCount(deck.slides.length);
	for (const href of await downloads.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
		expect((await page.request.get(href)).status(), href).toBe(200);
	}
});

test('a deck page lays out only the slides near the screen, yet a link to a slide lands on it and printing shows them all', async ({ page }) => {
	const deck = decks.find((d) => d.slides.length >= 12)!;
	const bodyShown = (n: number) =>
		page.locator(`#trang-${n} .hg-slide__body > *`).first().evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
	await page.goto(`/bai-giang/${deck.id}/`);
	expect(await bodyShown(1), 'the first slide, near the top').toBe(true);
	expect(await bodyShown(deck.slides.length), 'the last slide, far below the screen').toBe(false);
	// A link to slide 10 (a search result, a shared link) puts it at the top of the screen, laid out.
	await page.goto(`/bai-giang/${deck.id}/#trang-10`);
	const title = page.locator('#trang-10-title');
	await expect(title).toBeInViewport();
	expect(await bodyShown(10)).toBe(true);
	const top = await title.evaluate((e) => e.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThan(200);
	await page.goto(`/bai-giang/${deck.id}/`);
	expect(await bodyShown(deck.slides.length)).toBe(false);
	await page.emulateMedia({ media: 'print' });
	expect(await bodyShown(deck.slides.length), 'the last slide, printed').toBe(true);
});

test('the presenter follows clicker keys, keeps the slide in the URL and shows notes and the overview', async ({ page, context }) => {
	const deck = decks[0]!;
	const n = deck.slides.length;
	await page.goto(`/bai-giang/${deck.id}/trinh-chieu/`);
	const count = page.locator('[data-count]');
	await expect(count).toHaveText('Bìa');
	// Once loaded, the presenter needs no network (trainers present offline): let it fetch the
	// slide font's files, then cut the network.
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#trang-1$/);
	await expect(count).toHaveText(`1/${n}`);
	await expect(page.getByRole('heading', { name: deck.slides[0]!.title })).toBeVisible();
	await page.keyboard.press('PageDown');
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(/#trang-3$/);
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/#trang-2$/);
	await expect(page.getByRole('heading', { name: deck.slides[1]!.title })).toBeVisible();
	await expect(page.getByRole('heading', { name: deck.slides[0]!.title })).toBeHidden();
	await page.keyboard.press('End');
	await expect(count).toHaveText(`${n}/${n}`);
	await page.keyboard.press('n');
	await expect(page.locator(`#trang-${n} .hg-slide__notes`)).toBeVisible();
	await page.keyboard.press('o');
	await expect(page.locator('.hg-slide__frame:visible')).toHaveCount(n + 1);
	await page.keyboard.press('Escape');
	await expect(page.locator('.hg-slide__frame:visible')).toHaveCount(1);
	await page.getByRole('button', { name: 'Trang trước', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`#trang-${n - 1}$`));
	await context.setOffline(false);
});

test('a shared presenter link opens at its slide', async ({ page }) => {
	const deck = decks[1]!;
	await page.goto(`/bai-giang/${deck.id}/trinh-chieu/#trang-5`);
	await expect(page.locator('[data-count]')).toHaveText(`5/${deck.slides.length}`);
	await expect(page.getByRole('heading', { name: deck.slides[4]!.title })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the presenter page lists every slide, readable', async ({ page }) => {
		const deck = decks[2]!;
		await page.goto(`/bai-giang/${deck.id}/trinh-chieu/`);
		await expect(page.locator('.hg-slide')).toHaveCount(deck.slides.length + 1);
		await expect(page.getByRole('heading', { name: deck.slides.at(-1)!.title })).toBeVisible();
	});
	// The presenter scales each slide's text to its box (src/styles/slides.css, sizes from
	// slideBodySize); a slide with too much text, or a spacing change, would push text past the
	// bottom edge, where the projector cuts it off. Without JavaScript every slide is on the page.
	test('every slide of every deck fits its 16:9 box in the presenter', async ({ page }) => {
		for (const deck of decks) {
			await page.goto(`/bai-giang/${deck.id}/trinh-chieu/`);
			const over = await page.locator('.hg-slide').evaluateAll((slides) =>
				slides.flatMap((s, i) => {
					const box = s.getBoundingClientRect();
					const out = [...s.querySelectorAll('*')].filter((e) => {
						const r = e.getBoundingClientRect();
						return r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1);
					});
					return out.length ? [`slide ${i}: ${(out[0]!.textContent ?? '').trim().slice(0, 60)}`] : [];
				}),
			);
			expect(over, deck.id).toEqual([]);
		}
	});
});
