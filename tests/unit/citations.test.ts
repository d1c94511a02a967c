import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { citationLabel, citingEntries, extractInlineCitations, findCitationProblems, resolveCitation, resolveCitePlaceholders } from '../../src/lib/citations.ts';
import { citePlaceholder } from '../../src/lib/content-markup.ts';

const docs = new Map([
	['luat-hgcs', { id: 'luat-hgcs', data: { shortTitle: 'Luật Hòa giải ở cơ sở', articles: [{ number: 9, title: 'Quyền của hòa giải viên' }, { number: 10 }] } }],
]);
const entry = (over: Partial<{ body: string; legalBasis: { document: { id: string }; articles: number[] }[] }> = {}) => ({
	id: 'cam-nang-phap-luat/a',
	filePath: 'content/cam-nang-phap-luat/a.md',
	body: over.body ?? '',
	data: { title: 'A', legalBasis: over.legalBasis ?? [] },
});

describe('citations', () => {
	test('labels citations the way Vietnamese legal text does', () => {
		assert.equal(citationLabel('Luật Hòa giải ở cơ sở', 10, 4), 'khoản 4 Điều 10 Luật Hòa giải ở cơ sở');
		assert.equal(citationLabel('Luật Hòa giải ở cơ sở', 9), 'Điều 9 Luật Hòa giải ở cơ sở');
		assert.equal(citationLabel('Luật Hòa giải ở cơ sở'), 'Luật Hòa giải ở cơ sở');
	});
	test('resolves an article to its anchor on the registry page', () => {
		assert.deepEqual(resolveCitation(docs, { doc: 'luat-hgcs', article: 9 }), {
			path: '/van-ban/luat-hgcs/#dieu-9',
			label: 'Điều 9 Luật Hòa giải ở cơ sở',
			articleTitle: 'Quyền của hòa giải viên',
		});
	});
	test('throws for an unknown document or an article the registry does not list', () => {
		assert.throws(() => resolveCitation(docs, { doc: 'luat-khac' }), /"luat-khac", which is not in the registry/);
		assert.throws(() => resolveCitation(docs, { doc: 'luat-hgcs', article: 99 }), /Điều 99 of "luat-hgcs"/);
		assert.throws(() => resolveCitation(docs, { doc: 'luat-hgcs', clause: 2 }), /without an article/);
	});
	test('extracts inline <Cite> tags with their attributes and line numbers', () => {
		const body = 'Mở đầu\n\nTheo <Cite doc="luat-hgcs" article={10} clause={4} />, và\n<Cite doc=\'luat-hgcs\' article="9"/>.';
		assert.deepEqual(extractInlineCitations(body), [
			{ doc: 'luat-hgcs', article: 10, clause: 4, line: 3 },
			{ doc: 'luat-hgcs', article: 9, clause: undefined, line: 4 },
		]);
	});
	test('extracts Markdown :cite directives, quoted or not', () => {
		const body = 'Theo :cite{doc=luat-hgcs article=10 clause=4} và\n:cite{doc="luat-hgcs"}, lúc 10:30.';
		assert.deepEqual(extractInlineCitations(body), [
			{ doc: 'luat-hgcs', article: 10, clause: 4, line: 1 },
			{ doc: 'luat-hgcs', article: undefined, clause: undefined, line: 2 },
		]);
	});
	test('resolves the placeholders Markdown leaves into the same links as <Cite>, or names the page and the problem', () => {
		const html = `<p>Theo ${citePlaceholder('luat-hgcs', 10, 4)}; ${citePlaceholder('luat-hgcs', 9)}.</p>`;
		assert.equal(
			resolveCitePlaceholders(html, docs, (p) => `/hoa-giai${p}`, 'a.md'),
			'<p>Theo <a class="hg-cite" href="/hoa-giai/van-ban/luat-hgcs/#dieu-10">khoản 4 Điều 10 Luật Hòa giải ở cơ sở</a>; <a class="hg-cite" href="/hoa-giai/van-ban/luat-hgcs/#dieu-9" title="Quyền của hòa giải viên">Điều 9 Luật Hòa giải ở cơ sở</a>.</p>',
		);
		assert.throws(() => resolveCitePlaceholders(citePlaceholder('luat-hgcs', 99), docs, (p) => p, 'a.md'), /^Error: a\.md: Citation cites Điều 99 of "luat-hgcs"/);
	});
	test('names the file, the line and the problem for every bad citation', () => {
		const problems = findCitationProblems(
			[
				entry({
					legalBasis: [{ document: { id: 'luat-hgcs' }, articles: [9, 42] }, { document: { id: 'khong-co' }, articles: [] }],
					body: 'x\n:cite{doc=luat-hgcs article=77}\n<Cite article={1} />',
				}),
			],
			docs,
		);
		assert.equal(problems.length, 4);
		assert.match(problems[0]!, /^content\/cam-nang-phap-luat\/a\.md: legalBasis cites Điều 42 of "luat-hgcs"/);
		assert.match(problems[1]!, /^content\/cam-nang-phap-luat\/a\.md: legalBasis cites document "khong-co"/);
		assert.match(problems[2]!, /^content\/cam-nang-phap-luat\/a\.md:2: citation cites Điều 77/);
		assert.match(problems[3]!, /^content\/cam-nang-phap-luat\/a\.md:3: citation has no doc/);
	});
	test('finds no problem in valid citations', () => {
		assert.deepEqual(findCitationProblems([entry({ legalBasis: [{ document: { id: 'luat-hgcs' }, articles: [9] }], body: '<Cite doc="luat-hgcs" article={10} />' })], docs), []);
	});
	test('lists the entries that cite a document, merging frontmatter and inline articles', () => {
		const a = entry({ legalBasis: [{ document: { id: 'luat-hgcs' }, articles: [10] }], body: '<Cite doc="luat-hgcs" article={9} />' });
		const b = { ...entry(), id: 'b' };
		const result = citingEntries('luat-hgcs', [a, b]);
		assert.equal(result.length, 1);
		assert.deepEqual(result[0]!.articles, [9, 10]);
	});
});
