import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { leadingSection, mergeResults } from '../../src/lib/search-ranking.ts';
import { FILTER_LISTS_SLOT, FilterCounts, pageFilters, withFilterLists } from '../../src/lib/search-filters.ts';

describe('leading section name', () => {
	test('takes a section name in front of a query, and the rest', () => {
		assert.deepEqual(leadingSection('bai giang cong nhan ket qua hoa giai thanh'), { segment: 'bai-giang', rest: 'cong nhan ket qua hoa giai thanh' });
		assert.deepEqual(leadingSection('mau bau hoa giai vien'), { segment: 'bieu-mau', rest: 'bau hoa giai vien' });
	});
	test('leaves a query that only is, or only starts like, a section name', () => {
		assert.equal(leadingSection('bai giang'), undefined);
		assert.equal(leadingSection('mau ab'), undefined); // too little left to be about anything
		assert.equal(leadingSection('mautuan'), undefined);
		assert.equal(leadingSection('hoa giai vien'), undefined);
	});
});

describe('merging the result lists of a query and its variants', () => {
	const r = (id: string, score: number) => ({ id, score });
	test('one list keeps Pagefind order, with phrase matches doubled', () => {
		const merged = mergeResults([[r('a', 3), r('b', 2), r('c', 1.8)]], new Set(['c']));
		assert.deepEqual(merged.map((x) => x.id), ['c', 'a', 'b']);
	});
	test("a variant's high scores do not bury the query as typed: each list counts relative to its own best", () => {
		// "hòa giải ở cơ sở là gì" and its contraction "hgcs là gì": the rare word gives scores twice as high.
		const typed = [r('chapter', 3.6), r('deck', 2.3), r('index', 1.7)];
		const contracted = [r('case1', 5.8), r('case2', 5.5), r('glossary', 4.6), r('case3', 3.1)];
		const merged = mergeResults([typed, contracted], new Set()).map((x) => x.id);
		assert.deepEqual(merged.slice(0, 3), ['chapter', 'case1', 'case2']);
		assert.ok(merged.indexOf('deck') < merged.indexOf('case3'));
	});
	test('a page in several lists appears once, with its best share', () => {
		const merged = mergeResults([[r('a', 4), r('b', 1)], [r('b', 2), r('c', 1)]], new Set());
		assert.deepEqual(merged.map((x) => x.id), ['a', 'b', 'c']);
		assert.equal(merged.length, 3);
	});
	test('empty lists and zero scores are harmless', () => {
		assert.deepEqual(mergeResults([[], [r('a', 0)]], new Set()).map((x) => x.id), ['a']);
		assert.deepEqual(mergeResults([], new Set()), []);
	});
});

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
