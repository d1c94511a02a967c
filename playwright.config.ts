import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/integrations/chromium.ts';

/**
 * End-to-end tests run against the built sites (npm test builds them first): `dist/` served at
 * "/" and `dist-base/` served under "/hoa-giai/", each by `astro preview` on 127.0.0.1.
 * The browser is Debian's Chromium (nothing can download Playwright's own here), launched as
 * src/integrations/chromium.ts says; CHROMIUM_PATH overrides its location.
 */
const ci = !!process.env.CI;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	forbidOnly: ci,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		browserName: 'chromium',
		locale: 'vi-VN',
		launchOptions: chromiumLaunchOptions(),
	},
	projects: [
		{ name: 'site', testIgnore: '**/base-path.test.ts', use: { baseURL: 'http://127.0.0.1:4321' } },
		{ name: 'base-path', testMatch: '**/base-path.test.ts', use: { baseURL: 'http://127.0.0.1:4322' } },
	],
	webServer: [
		{ command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4321', url: 'http://127.0.0.1:4321/', reuseExistingServer: !ci },
		{
			command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4322',
			url: 'http://127.0.0.1:4322/hoa-giai/',
			env: { BASE_PATH: '/hoa-giai/', HG_OUT_DIR: 'dist-base' },
			reuseExistingServer: !ci,
		},
	],
});
