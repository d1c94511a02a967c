/**
 * Screenshots of built pages at phone and desktop widths, for looking at what we build.
 * Usage: node scripts/screenshots.ts <base-url> <out-dir> <path>...   (e.g. http://127.0.0.1:4321 shots / /van-ban/)
 * SHOT_CLIP=1600 keeps only the top 1600 px of each page (long pages are unreadable when scaled down).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from '../src/integrations/chromium.ts';

const [baseUrl, out, ...paths] = process.argv.slice(2);
if (!baseUrl || !out || !paths.length) throw new Error('usage: screenshots.ts <base-url> <out-dir> <path>...');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const width of [360, 1280]) {
	const page = await browser.newPage({ viewport: { width, height: width === 360 ? 780 : 900 }, deviceScaleFactor: 1, bypassCSP: true }); // bypassCSP: for the style below
	for (const p of paths) {
		await page.goto(new URL(p.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href, { waitUntil: 'networkidle' });
		const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
		// A full-page picture lays out only what is near the screen: parts left to
		// `content-visibility: auto` (the deck page's slides) would be blank boxes, so they are shown.
		await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
		const clip = Number(process.env.SHOT_CLIP) || 0;
		await page.screenshot({ path: `${out}/${name}`, fullPage: true, ...(clip ? { clip: { x: 0, y: 0, width, height: clip } } : {}) });
		console.log(`${out}/${name}`);
	}
	await page.close();
}
await browser.close();
