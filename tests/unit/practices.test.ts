/**
 * Model practices: the facets (field, locality, year) on a fixture, and the submission template
 * (content/mo-hinh/_mau-gui-mo-hinh.mdx), which must stay a valid practice that names real
 * chapters and decks, since contributors copy it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { practiceFacetPages, practiceFacets, practiceFields, practiceValue, RESERVED_PRACTICE_IDS, templateProblems } from '../../src/lib/practices.ts';

const SECTIONS = ['Cách làm', 'Kết quả', 'Cách nhân rộng'];
const p = (id: string, field: 'giao-luu' | 'hoi-thi' | 'truyen-thong', year: number, locality: string) => ({ id, data: { field, year, locality } });
const items = [p('a', 'truyen-thong', 2024, 'Một xã trung du (minh họa)'), p('b', 'giao-luu', 2025, 'Một xã trung du (minh họa)'), p('c', 'truyen-thong', 2025, 'Đồng Tâm')];

describe('practice facets', () => {
	test('values are ASCII slugs usable in URLs and data attributes', () => {
		assert.equal(practiceValue(items[0]!, 'dia-ban'), 'mot-xa-trung-du-minh-hoa');
		assert.equal(practiceValue(items[2]!, 'dia-ban'), 'dong-tam');
		assert.equal(practiceValue(items[0]!, 'nam'), '2024');
		assert.equal(practiceValue(items[0]!, 'linh-vuc'), 'truyen-thong');
	});
	test('fields follow the vocabulary, years run newest first, places are labelled as written', () => {
		const [field, place, year] = practiceFacets(items);
		assert.deepEqual(field!.values.map((v) => [v.value, v.count]), [['giao-luu', 1], ['truyen-thong', 2]]);
		assert.deepEqual(year!.values.map((v) => v.value), ['2025', '2024']);
		assert.deepEqual(place!.values.map((v) => v.label), ['Đồng Tâm', 'Một xã trung du (minh họa)']);
	});
	test('one page per value, with its practices and a heading', () => {
		const pages = practiceFacetPages(items, 'linh-vuc');
		assert.deepEqual(pages.map((g) => [g.value, g.items.map((i) => i.id)]), [['truyen-thong', ['a', 'c']], ['giao-luu', ['b']]]);
		assert.equal(pages[0]!.heading, 'Mô hình hay về truyền thông, mạng xã hội');
		assert.equal(practiceFacetPages(items, 'nam')[0]!.heading, 'Mô hình hay năm 2024');
	});
});

const dir = new URL('../../content/mo-hinh/', import.meta.url);
const TEMPLATE = new URL('_mau-gui-mo-hinh.mdx', dir);

describe('the submission template', { skip: !existsSync(TEMPLATE) && 'no template in content/mo-hinh/' }, () => {
	const raw = existsSync(TEMPLATE) ? readFileSync(TEMPLATE, 'utf8') : '---\n---\n';
	const [, yaml = '', body = ''] = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
	const data = parse(yaml);

	test('passes as a practice: schema and the three sections', () => assert.deepEqual(templateProblems(data, body, SECTIONS), []));
	test('a broken template is caught with the field named', () => {
		assert.match(templateProblems({ ...data, field: 'khac' }, body, SECTIONS).join('\n'), /^field: /m);
		assert.match(templateProblems({ ...data, evidence: 'reported' }, body, SECTIONS).join('\n'), /^source: /m);
		assert.match(templateProblems(data, body.replace('## Cách nhân rộng', '## Nhân rộng'), SECTIONS).join('\n'), /Cách nhân rộng/);
	});
	test('names chapters and decks that exist', () => {
		for (const id of data.relatedChapters as string[]) assert.ok(existsSync(new URL(`../../content/${id}.md`, import.meta.url)), `chapter ${id}`);
		for (const id of data.relatedDecks as string[]) assert.ok(existsSync(new URL(`../../content/bai-giang/${id}.mdx`, import.meta.url)), `deck ${id}`);
	});
	test('has every required field', () => {
		const missing = practiceFields().filter((f) => f.required && !(f.name in data));
		assert.deepEqual(missing, []);
	});
});

test('no practice takes the name of a page under /mo-hinh/', () => {
	const ids = readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).map((f) => f.replace(/\.mdx$/, ''));
	assert.deepEqual(ids.filter((id) => (RESERVED_PRACTICE_IDS as readonly string[]).includes(id)), []);
});
