import { expect, test } from './support.ts';
import { siteConfig } from '../../src/config/site.ts';
import { formatDate } from '../../src/lib/dates.ts';

/** The date the legal information was checked up to, as the pages show it. */
const asOf = formatDate(siteConfig.legalInfoAsOf);

test('a reader goes from the home page to a chapter, to the next one, and to the law it cites', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Cẩm nang pháp luật' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Cẩm nang pháp luật' })).toBeVisible();

	const cards = page.locator('.hg-chapter-cards a');
	expect(await cards.count()).toBeGreaterThanOrEqual(3);
	const firstTitle = (await cards.first().locator('.hg-chapter-cards__title').textContent())!;
	const secondTitle = (await cards.nth(1).locator('.hg-chapter-cards__title').textContent())!;
	await cards.first().click();

	await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
	const crumbs = page.getByRole('navigation', { name: 'Vị trí trang' });
	await expect(crumbs.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
	await expect(crumbs.getByRole('link', { name: 'Cẩm nang pháp luật' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Cẩm nang pháp luật' }).locator('[aria-current="page"]')).toContainText(firstTitle);
	// The review date says how recent the legal information behind it is.
	await expect(page.locator('.hg-chapter__dates')).toContainText(`theo thông tin pháp luật đến ngày ${asOf}`);

	// The table of contents links to sections on the page.
	const toc = page.getByRole('navigation', { name: 'Trong chương này' });
	const tocLink = toc.getByRole('link').first();
	const target = (await tocLink.getAttribute('href'))!;
	expect(target).toMatch(/^#[a-z0-9-]+$/);
	await tocLink.click();
	await expect(page.locator(target)).toBeInViewport();

	// "Căn cứ pháp lý" is generated from the frontmatter and links to article anchors.
	const basis = page.getByRole('complementary', { name: 'Căn cứ pháp lý' });
	// Each article link also names its document (visually hidden): "Điều 5" alone is ambiguous in a list of links.
	await expect(basis.getByRole('link', { name: /^Điều \d+ \S.*$/ }).first()).toBeVisible();

	await page.getByRole('link', { name: /Chương sau/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible();
	await expect(page.getByRole('link', { name: /Chương trước/ })).toContainText(firstTitle);

	// Follow an inline citation to the article on the registry page, and back again.
	const cite = page.locator('.hg-prose a.hg-cite').first();
	const href = (await cite.getAttribute('href'))!;
	const article = href.split('#')[1]!;
	await cite.click();
	await expect(page).toHaveURL(new RegExp(`#${article}$`));
	const section = page.locator(`section#${article}`);
	await expect(section).toBeInViewport();
	await expect(section.getByRole('heading', { level: 3 })).toContainText(`Điều ${article.replace('dieu-', '')}`);
	await expect(page.getByRole('heading', { name: 'Được giải thích tại' })).toBeVisible();
	await expect(page.locator('section[aria-labelledby="giai-thich-tai"]').getByRole('link', { name: secondTitle })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/van-ban/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('the registry lists documents with their status and opens one', async ({ page }) => {
	await page.goto('/van-ban/');
	await page.getByRole('link', { name: 'Luật Hòa giải ở cơ sở', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Luật Hòa giải ở cơ sở' })).toBeVisible();
	await expect(page.getByText('35/2013/QH13').first()).toBeVisible();
	await expect(page.getByText('Còn hiệu lực', { exact: true })).toBeVisible();
	await expect(page.getByText(`theo thông tin đến ngày ${asOf}`)).toBeVisible();
	await expect(page.locator('#dieu-7 h3')).toHaveText('Điều 7. Tiêu chuẩn hòa giải viên');
});

test('an unknown address shows the Vietnamese 404 page', async ({ page }) => {
	const res = await page.goto('/khong-co-trang-nay/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
});

test('phones get body text of at least 18 px and no sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/cam-nang-phap-luat/');
	await page.locator('.hg-chapter-cards a').first().click();
	const size = await page.locator('.hg-prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
	expect(size).toBeGreaterThanOrEqual(18);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('on a phone the main navigation is one row that scrolls by itself, with the current section in view', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/thuat-ngu/#ban-cong-tac-mat-tran');
	const nav = page.getByRole('navigation', { name: 'Các mục chính' });
	const links = nav.getByRole('link');
	expect(await links.count()).toBeGreaterThan(5);
	const tops = await links.evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
	expect(tops, 'links on one row').toBe(1);
	// The last section's link is scrolled into view; the page itself stayed at the #anchor.
	const current = nav.getByRole('link', { name: 'Thuật ngữ' });
	await expect(current).toHaveAttribute('aria-current', 'page');
	const box = (await current.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	// The first link is reachable by keyboard: focusing it scrolls the row back.
	await links.first().focus();
	const first = (await links.first().boundingBox())!;
	expect(first.x).toBeGreaterThanOrEqual(0);
});

test('every page reads at 360 px without sideways scrolling', async ({ page }) => {
	test.setTimeout(120_000);
	const { builtPages } = await import('./support.ts');
	await page.setViewportSize({ width: 360, height: 740 });
	const wide: string[] = [];
	for (const path of builtPages()) {
		await page.goto(path);
		if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) wide.push(path);
	}
	expect(wide).toEqual([]);
});

// A page's stack of blocks spaces its children with a scoped "> * + *" rule; a child that is a
// component's root does not carry the page's scope, and once sat flush against its neighbour
// (the form page's warning box and "Xem trước biểu mẫu"; a case's legal basis and "Dùng trong
// bài giảng"). Every block in these stacks keeps a visible gap from the one before it.
for (const [path, stack] of [
	['/bieu-mau/mau-01/', '.hg-form-page'],
	['/tinh-huong/chong-say-ruou-danh-vo/', '.hg-case'],
	['/mo-hinh/tap-huan-bang-dong-vai/', '.hg-practice'],
	['/bai-giang/cong-nhan-ket-qua-hoa-giai-thanh/', '.hg-deck'],
	['/tinh-huong/', 'main .hg-container'],
	['/ke-hoach/', '.hg-plan-item:has(.hg-plan-facts)'],
] as const) {
	test(`the blocks of ${path} are spaced, components included`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		const gaps = await page.locator(stack).first().evaluate((el) => {
			const kids = [...el.children].filter((k) => (k as HTMLElement).offsetHeight > 0 && getComputedStyle(k).position !== 'absolute');
			return kids.slice(1).map((k, i) => ({ between: `${kids[i]!.className || kids[i]!.tagName} → ${k.className || k.tagName}`, px: k.getBoundingClientRect().top - kids[i]!.getBoundingClientRect().bottom }));
		});
		expect(gaps.length, "blocks to compare").toBeGreaterThanOrEqual(1);
		expect(gaps.filter((g) => g.px < 8)).toEqual([]);
	});
}

test('breadcrumbs stay on one line inside the prose pages too (about, review list), where list items are spaced apart', async ({ page }) => {
	for (const path of ['/gioi-thieu/', '/ra-soat/', '/van-ban/']) {
		await page.goto(path);
		const tops = await page.locator('.hg-breadcrumbs li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
		expect(tops.length, path).toBeGreaterThan(1);
		expect(new Set(tops).size, `${path}: ${tops.join(', ')}`).toBe(1);
	}
});

test('the chapter list gives every number room, so two-digit numbers do not run into their titles', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/cam-nang-ky-nang/dong-bao-dan-toc-thieu-so/');
	const nums = await page.locator('.hg-chapters__num').evaluateAll((spans) => spans.map((s) => ({ text: s.textContent, fits: s.scrollWidth <= s.clientWidth, width: Math.round(s.getBoundingClientRect().width) })));
	expect(nums.some((n) => n.text === '15.'), 'a list with two-digit numbers').toBe(true);
	expect(nums.filter((n) => !n.fits)).toEqual([]);
	expect(new Set(nums.map((n) => n.width)).size, 'one column width').toBe(1);
});
