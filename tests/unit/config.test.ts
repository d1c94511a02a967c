/**
 * Astro first loads astro.config.mjs with Node's own import (types stripped); when that fails it
 * falls back to a Vite loader that is closed after loading, and the integrations' later imports
 * (PDF printing) then fail. TypeScript-only syntax (parameter properties, enums) in anything the
 * config imports causes that silently, so the config must load natively.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('astro.config.mjs and the integrations it imports load with plain Node', async () => {
	const config = (await import('../../astro.config.mjs')).default;
	assert.deepEqual(
		(config.integrations as { name: string }[]).map((i) => i.name),
		['hg-data-store', '@astrojs/mdx', '@astrojs/sitemap', 'hg-print-pdfs', 'hg-offline', 'hg-pagefind'],
	);
});
