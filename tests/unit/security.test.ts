import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY, withPagePolicy } from '../../src/config/security.ts';

const sha = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

describe('per-page Content-Security-Policy', () => {
	test("allows exactly the page's own <style> elements by hash, right after <meta charset>", () => {
		const html = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>x</title><style>body{color:#111}</style><style media="print">a{color:#000}</style></head><body>đất</body></html>';
		const out = withPagePolicy(html);
		const meta = /<meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)"><title>/.exec(out);
		assert.ok(meta, out.slice(0, 300));
		const style = meta[1]!.split('; ').find((d) => d.startsWith('style-src '))!;
		assert.equal(style, `style-src 'self' ${sha('body{color:#111}')} ${sha('a{color:#000}')}`);
		assert.match(meta[1]!, /^default-src 'self'; /);
		assert.match(meta[1]!, /script-src 'self' 'wasm-unsafe-eval'/);
		assert.equal(out.replace(/<meta http-equiv[^>]+>/, ''), html, 'nothing else changes');
	});

	test('a page without CSS allows no inline style; the header has what a <meta> cannot carry', () => {
		const out = withPagePolicy('<html><head><title>x</title></head><body></body></html>');
		assert.match(out, /^<html><head><meta http-equiv="content-security-policy" content="[^"]*; style-src 'self'"><title>/);
		assert.doesNotMatch(out, /frame-ancestors/);
		assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'self'/);
	});
});
