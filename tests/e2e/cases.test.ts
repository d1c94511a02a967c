import { expect, test } from './support.ts';

test('the case list filters by dispute type and skill in place, and keeps the choice in the URL', async ({ page }) => {
	await page.goto('/tinh-huong/');
	const cards = page.locator('[data-filter-items] > li');
	const total = await cards.count();
	expect(total).toBeGreaterThanOrEqual(20);
	const landCount = await page.locator('[data-filter-items] > li[data-f-loai="dat-dai"]').count();
	await page.getByRole('combobox', { name: 'Loại vụ việc' }).selectOption('dat-dai');
	await expect(page).toHaveURL(/\?loai=dat-dai$/);
	await expect(cards.locator('visible=true')).toHaveCount(landCount);
	await expect(page.getByRole('status')).toHaveText(`Đang hiện ${landCount} trên ${total} tình huống.`);
	const skill = await page.locator('[data-filter-items] > li[data-f-loai="dat-dai"]').first().getAttribute('data-f-ky-nang');
	await page.getByRole('combobox', { name: 'Kỹ năng thực hành' }).selectOption(skill!.split(' ')[0]!);
	const both = await page.locator(`[data-filter-items] > li[data-f-loai="dat-dai"][data-f-ky-nang~="${skill!.split(' ')[0]}"]`).count();
	await expect(cards.locator('visible=true')).toHaveCount(both);
	await page.reload();
	await expect(cards.locator('visible=true')).toHaveCount(both);
	await page.getByRole('button', { name: 'Bỏ lọc' }).click();
	await expect(cards.locator('visible=true')).toHaveCount(total);
});

test('a case shows it is illustrative, links its skills, cites the law and asks questions', async ({ page }) => {
	await page.goto('/tinh-huong/');
	await page.locator('[data-filter-items] a').first().click();
	await expect(page.getByText('Tình huống minh họa')).toBeVisible();
	for (const h of ['Tình huống', 'Phân tích', 'Hòa giải từng bước', 'Kết quả có thể', 'Câu hỏi thảo luận']) {
		await expect(page.getByRole('heading', { level: 2, name: h, exact: true })).toBeVisible();
	}
	await expect(page.locator('.hg-case__skills a').first()).toHaveAttribute('href', /\/cam-nang-ky-nang\//);
	await expect(page.locator('.hg-prose a.hg-cite').first()).toHaveAttribute('href', /\/van-ban\/.+#dieu-\d+$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('filter links lead to a page of that dispute type only', async ({ page }) => {
		await page.goto('/tinh-huong/');
		await page.getByRole('navigation', { name: 'Loại vụ việc' }).getByRole('link', { name: /^Đất đai/ }).click();
		await expect(page).toHaveURL(/\/tinh-huong\/loai\/dat-dai\/$/);
		const cards = page.locator('[data-filter-items] > li');
		expect(await cards.count()).toBeGreaterThan(0);
		expect(await page.locator('[data-filter-items] > li:not([data-f-loai="dat-dai"])').count()).toBe(0);
	});
});
