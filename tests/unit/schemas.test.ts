import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { makeChapterSchema } from '../../src/schemas/chapter.ts';
import { makeRegistryDocumentSchema } from '../../src/schemas/registry-document.ts';
import { SiteConfigSchema } from '../../src/schemas/site-config.ts';

// Stand-in for reference('documents'): the same output shape, without Astro's runtime.
const ref = z.string().transform((id) => ({ collection: 'documents', id }));
const Chapter = makeChapterSchema(ref);
const Doc = makeRegistryDocumentSchema(ref);

const chapter = {
	title: 'Hòa giải ở cơ sở là gì',
	description: 'Khái niệm hòa giải ở cơ sở và sự khác nhau với hòa giải tại Tòa án.',
	handbook: 'phap-luat',
	order: 1,
	audience: ['hoa-giai-vien'],
	topics: ['to-chuc-hoa-giai'],
	legalBasis: [{ document: 'luat-hoa-giai-o-co-so-2013', articles: [2] }],
	updated: '2026-11-28',
	reviewed: '2026-11-28',
};
const doc = {
	number: '35/2013/QH13',
	type: 'luat',
	issuer: 'Quốc hội',
	title: 'Luật Hòa giải ở cơ sở',
	shortTitle: 'Luật Hòa giải ở cơ sở',
	signed: '2013-06-20',
	status: 'con-hieu-luc',
	summary: 'Luật gốc.',
	articles: [{ number: 2, title: 'Giải thích từ ngữ' }],
};

/** The issue paths of a failed parse, e.g. ["title"], so tests name the field they expect. */
const issuePaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('chapter schema', () => {
	test('parses a valid chapter, coercing dates and resolving references', () => {
		const c = Chapter.parse(chapter);
		assert.ok(c.updated instanceof Date);
		assert.deepEqual(c.legalBasis[0]?.document, { collection: 'documents', id: 'luat-hoa-giai-o-co-so-2013' });
		assert.equal(c.draft, false);
		assert.deepEqual(c.keyPoints, []);
	});
	test('normalises text to NFC', () => {
		const nfd = 'Hòa giải'.normalize('NFD');
		assert.equal(Chapter.parse({ ...chapter, title: nfd }).title, 'Hòa giải'.normalize('NFC'));
	});
	test('writes straight quotes in reader text as “ ”, as the Markdown body has them', () => {
		const c = Chapter.parse({ ...chapter, keyPoints: ['Không nói trống "lạc hậu".'], title: 'Câu "cấm"' });
		assert.deepEqual([c.title, c.keyPoints[0]], ['Câu “cấm”', 'Không nói trống “lạc hậu”.']);
	});
	test('rejects a chapter without a title', () => {
		const { title: _t, ...rest } = chapter;
		assert.deepEqual(issuePaths(Chapter.safeParse(rest)), ['title']);
	});
	test('rejects an unknown handbook, topic and audience', () => {
		assert.deepEqual(issuePaths(Chapter.safeParse({ ...chapter, handbook: 'khac' })), ['handbook']);
		assert.deepEqual(issuePaths(Chapter.safeParse({ ...chapter, topics: ['khong-co'] })), ['topics.0']);
		assert.deepEqual(issuePaths(Chapter.safeParse({ ...chapter, audience: [] })), ['audience']);
	});
	test('rejects misspelt keys instead of ignoring them', () => {
		const r = Chapter.safeParse({ ...chapter, legalBassis: [] });
		assert.equal(r.success, false);
		assert.match(r.error!.issues[0]!.message, /legalBassis/);
	});
	test('rejects a bad date and a non-integer order', () => {
		assert.deepEqual(issuePaths(Chapter.safeParse({ ...chapter, updated: 'hôm qua' })), ['updated']);
		assert.deepEqual(issuePaths(Chapter.safeParse({ ...chapter, order: 1.5 })), ['order']);
	});
});

describe('registry document schema', () => {
	test('parses a valid document', () => {
		const d = Doc.parse(doc);
		assert.equal(d.signed?.toISOString().slice(0, 10), '2013-06-20');
		assert.deepEqual(d.review, []);
	});
	test('accepts the number formats of Vietnamese documents', () => {
		for (const number of ['15/2014/NĐ-CP', '01/2014/NQLT/CP-UBTƯMTTQVN', '315/QĐ-TTg', '147/KH-UBND', '56/2023/TT-BTC']) {
			assert.equal(Doc.safeParse({ ...doc, number }).success, true, number);
		}
	});
	test('rejects a malformed number and an unknown status', () => {
		assert.deepEqual(issuePaths(Doc.safeParse({ ...doc, number: 'Luật 35' })), ['number']);
		assert.deepEqual(issuePaths(Doc.safeParse({ ...doc, status: 'con-hieu-luc-mot-phan' })), ['status']);
	});
	test('rejects an article listed twice', () => {
		const r = Doc.safeParse({ ...doc, articles: [{ number: 2 }, { number: 2 }] });
		assert.deepEqual(issuePaths(r), ['articles.1.number']);
	});
	test('requires an expired document to say what replaced it', () => {
		assert.deepEqual(issuePaths(Doc.safeParse({ ...doc, status: 'het-hieu-luc' })), ['status']);
		assert.equal(Doc.safeParse({ ...doc, status: 'het-hieu-luc', replacedBy: 'luat-moi' }).success, true);
	});
	test('rejects a source that is not an http(s) address', () => {
		assert.deepEqual(issuePaths(Doc.safeParse({ ...doc, source: { name: 'x', url: 'ftp://x.vn/a' } })), ['source.url']);
	});
});

describe('site config schema', () => {
	const config = { name: 'x', tagline: 'y', province: 'Phú Thọ', agency: 'Sở', legalInfoAsOf: '2025-11-24', portal: { name: 'p' }, contact: {}, siteUrl: 'https://a.vn', basePath: '/hoa-giai/' };
	test('accepts "/" and a sub-path', () => {
		assert.equal(SiteConfigSchema.safeParse(config).success, true);
		assert.equal(SiteConfigSchema.safeParse({ ...config, basePath: '/' }).success, true);
	});
	test('rejects a base path without the closing slash and a bad e-mail', () => {
		assert.deepEqual(issuePaths(SiteConfigSchema.safeParse({ ...config, basePath: '/hoa-giai' })), ['basePath']);
		assert.deepEqual(issuePaths(SiteConfigSchema.safeParse({ ...config, contact: { email: 'không phải thư' } })), ['contact.email']);
	});
	test('reads the legal information date as a calendar day and rejects one that is not', () => {
		assert.equal(SiteConfigSchema.parse(config).legalInfoAsOf.toISOString(), '2025-11-24T00:00:00.000Z');
		assert.deepEqual(issuePaths(SiteConfigSchema.safeParse({ ...config, legalInfoAsOf: '24/11/2025' })), ['legalInfoAsOf']);
		assert.deepEqual(issuePaths(SiteConfigSchema.safeParse({ ...config, legalInfoAsOf: undefined })), ['legalInfoAsOf']);
	});
});
