/**
 * The Content-Security-Policy the site works under, for the web server that publishes it
 * (README, "Deploying"). Nothing is inline (astro.config.mjs) and nothing comes from another
 * origin; Pagefind's search index is WebAssembly, hence 'wasm-unsafe-eval'; the slide views
 * inline their icon as a data: URL. tests/e2e/csp.test.ts serves pages with this header.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'self'",
].join('; ');

/** Other response headers we recommend, with the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
