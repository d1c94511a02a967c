import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test } from './support.ts';

/** Every built page: WCAG 2.1 A and AA with zero violations, no foreign request, no console error. */
const pages = builtPages();

test('the build has the pages the site promises', () => {
	for (const p of ['/', '/cam-nang-phap-luat/', '/van-ban/', '/tim-kiem/', '/404.html']) expect(pages).toContain(p);
});

for (const path of pages) {
	test(`axe finds no WCAG 2.1 A/AA violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('axe finds no violation on search results', async ({ page }) => {
	await page.goto('/tim-kiem/?q=hoa%20giai%20vien');
	await expect(page.locator('[data-results] li').first()).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});
