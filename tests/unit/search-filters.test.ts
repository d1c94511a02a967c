import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { FILTER_LISTS_SLOT, FilterCounts, pageFilters, withFilterLists } from '../../src/lib/search-filters.ts';

describe('filter lists written by the build', () => {
	const page = (...filters: string[]) => `<main data-pagefind-body><div hidden>${filters.map((f) => `<span data-pagefind-filter="${f}"></span>`).join('')}</div></main>`;
	test('reads key:value attributes, unescaped, each pair once', () => {
		assert.deepEqual(pageFilters(page('muc:Cẩm nang pháp luật', 'doi-tuong:Lãnh đạo UBND xã, công chức tư pháp – hộ tịch', 'chu-de:A &amp; B', 'muc:Cẩm nang pháp luật')), [
			['muc', 'Cẩm nang pháp luật'],
			['doi-tuong', 'Lãnh đạo UBND xã, công chức tư pháp – hộ tịch'],
			['chu-de', 'A & B'],
		]);
	});
	test('a filter without "key:value" fails loudly', () => {
		assert.throws(() => pageFilters(page('muc')), /data-pagefind-filter="muc" has no "key:value"/);
	});
	test('counts pages per value and writes labelled lists in Vietnamese order, with "Tất cả" first', () => {
		const counts = new FilterCounts();
		counts.add(page('muc:Tình huống', 'chu-de:Đất đai'));
		counts.add(page('muc:Tình huống', 'chu-de:Bạo lực gia đình'));
		counts.add(page('muc:Bài giảng', 'doi-tuong:Hòa giải viên'));
		const html = counts.lists();
		assert.match(html, /^<div class="hg-filter"><label for="loc-muc">Mục<\/label><select id="loc-muc" name="muc"><option value="">Tất cả<\/option><option value="Bài giảng">Bài giảng \(1\)<\/option><option value="Tình huống">Tình huống \(2\)<\/option><\/select><\/div>/);
		// Vietnamese order: B before Đ (a plain code-point sort would put Đ after every Latin letter).
		assert.ok(html.indexOf('Bạo lực gia đình (1)') < html.indexOf('Đất đai (1)'));
		assert.ok(html.indexOf('loc-chu-de') < html.indexOf('loc-doi-tuong'));
	});
	test('escapes values and refuses a key the page does not offer', () => {
		const counts = new FilterCounts();
		counts.add(page('muc:&lt;b&gt; &quot;x&quot;'));
		assert.match(counts.lists(), /<option value="&lt;b&gt; &quot;x&quot;">&lt;b&gt; &quot;x&quot; \(1\)<\/option>/);
		counts.add(page('nam:2024'));
		assert.throws(() => counts.lists(), /filter keys the search page does not know: nam/);
	});
	test('fills the slot, and fails on a page without it', () => {
		assert.equal(withFilterLists(`<div>${FILTER_LISTS_SLOT}</div>`, '<p>$&</p>'), '<div><p>$&</p></div>');
		assert.throws(() => withFilterLists('<div></div>', 'x'), /no <template data-hg-filter-lists>/);
	});
});
