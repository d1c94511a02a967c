// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/config/site.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { printPdfsIntegration } from './src/integrations/print-pdfs.ts';
import { offlineIntegration } from './src/integrations/offline.ts';
import { dataStoreIntegration } from './src/integrations/data-store.ts';
import { asciiHeadingIds, baseLinks, directives } from './src/integrations/markdown.ts';

// Sätteri is Astro 7's default processor and renders GFM and directives itself; our plugins add
// the authors' directives (:cite, :::callout, :::checklist), ASCII heading ids and base-path links.
const markdownProcessor = satteri({
	// Footnotes speak Vietnamese: the section heading and the link back to where a note is cited.
	features: { directive: true, gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ dẫn chú thích {reference}' } } },
	mdastPlugins: [directives],
	hastPlugins: [asciiHeadingIds, baseLinks(siteConfig.basePath)],
});

// HG_OUT_DIR / HG_CACHE_DIR let tests build fixture sites and the base-path variant side by side.
export default defineConfig({
	site: siteConfig.siteUrl,
	base: siteConfig.basePath,
	trailingSlash: 'always',
	outDir: process.env.HG_OUT_DIR || './dist',
	cacheDir: process.env.HG_CACHE_DIR || './node_modules/.astro',
	markdown: { processor: markdownProcessor },
	// PDFs settle the download links before the offline manifests hash the pages; Pagefind indexes
	// pages as they render (src/middleware.ts), where download lists are marked data-pagefind-ignore.
	integrations: [
		// At build, Astro's content store is read from a file, not compiled into the code (6 s at 2,000 pages).
		dataStoreIntegration(),
		mdx(),
		// Pages for editors, the offline fallback and the slide/print views are not for search engines.
		sitemap({ filter: (page) => !/\/(ra-soat|ngoai-tuyen)\/$|\/(trinh-chieu|in|tai-lieu)\/$/.test(page) }),
		printPdfsIntegration(),
		offlineIntegration(),
		pagefindIntegration(),
	],
	devToolbar: { enabled: false },
	// Each page's CSS is inlined: on a slow line the first paint then waits for the page alone, not
	// for one more round trip for its stylesheets (a chapter's CSS is about 5 KB gzipped). Scripts
	// stay files. Each page's <meta> Content-Security-Policy allows its own <style> by hash and
	// nothing else inline (src/middleware.ts, src/config/security.ts; README, "Deploying").
	build: { inlineStylesheets: 'always' },
	// Scoped styles by class: shorter than data attributes on every element (page weight).
	scopedStyleStrategy: 'class',
	vite: {
		build: {
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's own "use astro:head-inject" marker in every MDX module draws a harmless
				// bundler warning per file (withastro/astro#18087); other warnings still show.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
