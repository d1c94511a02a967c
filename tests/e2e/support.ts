import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site the tests read files from (HG_E2E_DIST lets a helper test another build). */
export const DIST = process.env.HG_E2E_DIST || 'dist';

/** Site paths of every page in a built site, e.g. "/van-ban/", skipping Pagefind's own files. */
export function builtPages(dist = DIST): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((f) => !f.startsWith('pagefind/'))
		.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
		.toSorted();
}

/**
 * A page that records every request to another origin and every console error, and fails the
 * test on either: no request may leave the site, and the site must not throw. A test that breaks
 * something on purpose (a lost connection) names the errors that follow in `expectedErrors`.
 */
export const test = base.extend<{ page: Page; expectedErrors: RegExp[] }>({
	expectedErrors: [[], { option: true }],
	page: async ({ page, baseURL, expectedErrors }, use) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
		});
		page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && !expectedErrors.some((e) => e.test(m.text())) && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await use(page);
		expect(foreign, 'requests that left the site').toEqual([]);
		expect(errors, 'console errors').toEqual([]);
	},
});
export { expect };
