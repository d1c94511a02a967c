import { createRequire } from 'node:module';
import { builtPages, expect, test } from './support.ts';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every built page: WCAG 2.1 A and AA with zero violations, no foreign request, no console error.
 * axe-core is injected once per browser page (an init script) and run on each page in turn: the
 * site has well over a hundred pages, and a fresh page plus injection per page would take minutes.
 */
const pages = builtPages();
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const GROUPS = 6;

test('the build has the pages the site promises', () => {
	for (const p of ['/', '/cam-nang-phap-luat/', '/cam-nang-ky-nang/', '/van-ban/', '/tim-kiem/', '/tinh-huong/', '/bai-giang/', '/404.html']) expect(pages).toContain(p);
});

for (let g = 0; g < GROUPS; g++) {
	const group = pages.filter((_, i) => i % GROUPS === g);
	test(`axe finds no WCAG 2.1 A/AA violation on pages ${g + 1}/${GROUPS} (${group.length} pages)`, async ({ page }) => {
		test.setTimeout(group.length * 5_000 + 10_000);
		await page.addInitScript({ path: axeSource });
		for (const path of group) {
			await page.goto(path);
			const violations = await page.evaluate(async (tags) => {
				const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
				const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
				return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			}, TAGS);
			expect.soft(violations, path).toEqual([]);
		}
	});
}

test('axe finds no violation on search results', async ({ page }) => {
	await page.goto('/tim-kiem/?q=hoa%20giai%20vien');
	await expect(page.locator('[data-results] li').first()).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});

test('axe finds no violation in the presenter, the overview and the filtered case list', async ({ page }) => {
	await page.goto('/bai-giang/tong-quan-luat-hoa-giai-o-co-so/trinh-chieu/#trang-3');
	await page.keyboard.press('n');
	expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
	await page.keyboard.press('o');
	expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
	await page.goto('/tinh-huong/?loai=dat-dai');
	expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
});
