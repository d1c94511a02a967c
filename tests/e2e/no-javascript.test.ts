import { expect, test } from './support.ts';

test.use({ javaScriptEnabled: false });

test('chapters, the registry and navigation work without JavaScript', async ({ page }) => {
	await page.goto('/cam-nang-phap-luat/');
	await page.locator('.hg-chapter-cards a').first().click();
	await expect(page.locator('.hg-prose p').first()).toBeVisible();
	await page.getByRole('link', { name: /Chương sau/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('link', { name: 'Văn bản', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Văn bản pháp luật' })).toBeVisible();
});

test('the header search submits to the search page, which explains itself and links to the sections', async ({ page }) => {
	await page.goto('/van-ban/');
	const box = page.getByRole('search').first().getByRole('searchbox');
	await box.fill('hoa giai');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/tim-kiem\/\?q=hoa\+giai$/);
	await expect(page.getByText('Ô tìm kiếm chưa chạy được trên trình duyệt này (cần bật JavaScript)')).toBeVisible();
	await expect(page.locator('[data-nojs]').getByRole('link', { name: 'Cẩm nang pháp luật' })).toBeVisible();
	await expect(page.locator('[data-nojs]').getByRole('link', { name: 'Tình huống' })).toBeVisible();
});
