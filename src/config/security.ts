import { createHash } from 'node:crypto';
import { inlineStyles } from '../lib/page-weight.ts';

/**
 * The Content-Security-Policy the site works under. Nothing comes from another origin; Pagefind's
 * search index is WebAssembly, hence 'wasm-unsafe-eval'; the slide views inline their icon as a
 * data: URL. Nothing is inline but each page's own stylesheet (astro.config.mjs: inlined so the
 * first paint waits for no second request), and that is allowed by hash, page by page:
 *
 * - every page carries a <meta http-equiv="content-security-policy"> (withPagePolicy, applied to
 *   each built page by src/middleware.ts): PAGE_DIRECTIVES, script-src SCRIPT_SOURCES and style-src
 *   'self' plus the SHA-256 of each <style> on that page. (Astro's own security.csp lists every
 *   hash of the whole site on every page: about 2.5 KB more per page.)
 * - the web server sends CONTENT_SECURITY_POLICY as a header (README, "Deploying"): the same
 *   policy, plus frame-ancestors (which a <meta> cannot carry), with style-src 'self'
 *   'unsafe-inline' because the hashes differ per page. A browser enforces both policies, so a
 *   <style> or style="" the page did not ship is still refused by the page's own <meta>.
 *
 * tests/e2e/csp.test.ts serves pages with this header and checks both.
 */
export const PAGE_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const CONTENT_SECURITY_POLICY = [
	PAGE_DIRECTIVES[0],
	`script-src ${SCRIPT_SOURCES.join(' ')}`,
	"style-src 'self' 'unsafe-inline'",
	...PAGE_DIRECTIVES.slice(1),
	"frame-ancestors 'self'",
].join('; ');

/** The page's own policy as a <meta>, right after <meta charset>: it must precede the <style> it allows. */
export function withPagePolicy(html: string): string {
	const hashes = inlineStyles(html).map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
	const policy = [...PAGE_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, ['style-src', "'self'", ...hashes].join(' ')].join('; ');
	const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
	const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	return html.replace(/<head>/i, `<head>${meta}`);
}

/** Other response headers we recommend, with the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
