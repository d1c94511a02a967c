/** What a page costs on first load: its HTML and the CSS and JS files it references from /_astro/. */
export function pageAssets(html: string, base: string): string[] {
	const prefix = `${base}_astro/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return [...new Set([...html.matchAll(new RegExp(`(?:href|src)="(${prefix}[^"]+\\.(?:css|js))"`, 'g'))].map((m) => m[1]!.slice(base.length - 1)))];
}

/** The text of each inline <style> element of a page (its inlined CSS). */
export const inlineStyles = (html: string): string[] => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);

/**
 * The site files a page's inlined CSS loads (its fonts), relative to the base path:
 * url(/hoa-giai/_astro/a.woff2) → "_astro/a.woff2". Other origins and data: URLs are not ours.
 */
export const inlineCssFiles = (html: string, base: string): string[] => [
	...new Set(
		inlineStyles(html)
			.flatMap((css) => [...css.matchAll(/url\(\s*["']?([^)"']+)["']?\s*\)/g)].map((m) => m[1]!))
			.filter((u) => u.startsWith(base))
			.map((u) => u.slice(base.length)),
	),
];

/** Bytes of each page type against its budget; the problems, one line each. */
export function budgetProblems(pages: { type: string; path: string; gzip: number }[], budget: number): string[] {
	return pages.filter((p) => p.gzip > budget).map((p) => `${p.type} ${p.path}: ${(p.gzip / 1024).toFixed(1)} KiB gzip > ${(budget / 1024).toFixed(0)} KiB`);
}
