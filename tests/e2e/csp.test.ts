/**
 * The site works under the Content-Security-Policy the README documents: each page is served
 * with the header (added to the real response) and must load, run its scripts and log nothing.
 * Each page's own <meta> policy allows its inlined CSS by hash and nothing else inline.
 */
import { test as plainTest } from '@playwright/test';
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
		// The page's own policy comes before its CSS and names it by hash; the CSS applied.
		const head = await page.evaluate(() => [...document.head.children].map((e) => e.tagName.toLowerCase() + (e.getAttribute('http-equiv') ? `[${e.getAttribute('http-equiv')}]` : '')).join(' '));
		expect(head).toMatch(/^meta meta\[content-security-policy\] .*style/);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/; style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
		const applied = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.sheet?.cssRules.length ?? 0));
		expect(applied.length).toBeGreaterThan(0);
		expect(applied.every((rules) => rules > 0), 'every inlined stylesheet applied').toBe(true);
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

// The plain Playwright page: the refusal below is expected to log, which the site's fixture forbids.
plainTest('a <style> or style attribute the page did not ship is refused, even with the header allowing inline styles', async ({ page }) => {
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...SECURITY_HEADERS } });
	});
	const refused: string[] = [];
	await page.exposeFunction('hgRefused', (d: string) => refused.push(d));
	await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { hgRefused(d: string): void }).hgRefused(e.violatedDirective)));
	await page.goto('/cam-nang-phap-luat/trinh-tu-hoa-giai/');
	const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const after = await page.evaluate(() => {
		const s = document.createElement('style');
		s.textContent = 'body { background-color: rgb(255, 0, 0) !important; }';
		document.head.append(s);
		document.body.setAttribute('style', 'background-color: rgb(0, 0, 255) !important');
		return getComputedStyle(document.body).backgroundColor;
	});
	expect(after).toBe(before);
	await expect.poll(() => refused.toSorted()).toEqual(['style-src-attr', 'style-src-elem']);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});
