/**
 * The site works under the Content-Security-Policy the README documents: each page is served
 * with the header (added to the real response) and must load, run its scripts and log nothing.
 */
import { expect, test } from './support.ts';
import { SECURITY_HEADERS } from '../../src/config/security.ts';

test.beforeEach(async ({ page }) => {
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...SECURITY_HEADERS } });
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
});

// Requests still in flight when a test ends (the icon, a late font) must not fail it: give them
// a few seconds to settle through the proxying route, without making that wait a test of its own
// (on a loaded CI machine a proxied request can keep the page from ever looking idle).
test.afterEach(async ({ page }) => {
	await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const path of ['/', '/cam-nang-phap-luat/trinh-tu-hoa-giai/', '/van-ban/luat-hoa-giai-o-co-so-2013/', '/tinh-huong/', '/bai-giang/tong-quan-luat-hoa-giai-o-co-so/', '/ke-hoach/', '/mo-hinh/', '/bieu-mau/mau-01/', '/bieu-mau/mau-01/in/', '/bieu-mau/so-theo-doi-phan-1/in/', '/in/cam-nang-phap-luat/', '/bai-giang/tong-quan-luat-hoa-giai-o-co-so/in/']) {
	test(`${path} loads under the CSP without a violation`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	});
}

test('search runs under the CSP (Pagefind WebAssembly included)', async ({ page }) => {
	await page.goto('/tim-kiem/?q=hoa+giai');
	await expect(page.locator('.hg-result').first()).toBeVisible();
});

test('the case filter and the presenter run under the CSP', async ({ page }) => {
	await page.goto('/tinh-huong/?loai=dat-dai');
	await expect(page.getByRole('status')).toContainText('Đang hiện');
	await page.goto('/bai-giang/tong-quan-luat-hoa-giai-o-co-so/trinh-chieu/#trang-2');
	await expect(page.locator('[data-count]')).toHaveText(/^2\//);
});
