import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { asciiSlug, createSlugger } from '../../src/lib/slug.ts';
import { normalizeBase, withBase, documentPath } from '../../src/lib/paths.ts';
import { formatDate, isoDate } from '../../src/lib/dates.ts';
import { paragraphs, smartQuotes } from '../../src/lib/text.ts';
import { initialOf, sortTerms, termsUsedIn } from '../../src/lib/glossary.ts';
import { foldForIndex, foldHtmlForIndex, foldQuery, restoreFolded, restoreResult, stripForIndex, tidyMarks, MARK } from '../../src/lib/search-folding.ts';
import { fileOfUrl } from '../../src/lib/page-collector.ts';

describe('slugs', () => {
	test('strips tones, vowel marks and đ', () => {
		assert.equal(asciiSlug('Căn cứ pháp lý'), 'can-cu-phap-ly');
		assert.equal(asciiSlug('Điều kiện, thời hạn (06 tháng)'), 'dieu-kien-thoi-han-06-thang');
		assert.equal(asciiSlug('Hoà giải'.normalize('NFD')), 'hoa-giai');
	});
	test('numbers repeated headings within one document', () => {
		const slug = createSlugger();
		assert.deepEqual([slug('Ví dụ'), slug('Ví dụ'), slug('Ví dụ'), slug('!!!')], ['vi-du', 'vi-du-1', 'vi-du-2', 'muc']);
	});
});

describe('paths', () => {
	test('normalises base paths', () => {
		assert.equal(normalizeBase(''), '/');
		assert.equal(normalizeBase('/'), '/');
		assert.equal(normalizeBase('hoa-giai'), '/hoa-giai/');
		assert.equal(normalizeBase('/hoa-giai'), '/hoa-giai/');
	});
	test('joins base and site paths without doubled slashes', () => {
		assert.equal(withBase('/hoa-giai/', '/van-ban/'), '/hoa-giai/van-ban/');
		assert.equal(withBase('/', 'van-ban/'), '/van-ban/');
		assert.equal(documentPath('luat', 9), '/van-ban/luat/#dieu-9');
	});
});

describe('dates and text', () => {
	test('formats calendar dates as dd/mm/yyyy regardless of the machine time zone', () => {
		const d = new Date('2014-01-01');
		assert.equal(formatDate(d), '01/01/2014');
		assert.equal(isoDate(d), '2014-01-01');
	});
	test('splits paragraphs on blank lines and joins wrapped lines', () => {
		assert.deepEqual(paragraphs('a\nb\n\n  c  \n\n\n'), ['a b', 'c']);
	});
});

describe('đ folding for search', () => {
	test('writes đ as d plus an invisible mark, and restores it', () => {
		assert.equal(foldForIndex('Đất đai'), `D${MARK}ất d${MARK}ai`);
		assert.equal(restoreFolded(foldForIndex('Điều 5 về đất đai')), 'Điều 5 về đất đai');
	});
	test('gives a search result its real letters back where the page shows them: title, excerpt and section headings', () => {
		const folded = {
			url: '/a/',
			meta: { title: foldForIndex('Kỹ năng hòa giải tranh chấp đất đai') },
			excerpt: `tranh chấp <mark>${foldForIndex('đất')}</mark> ${foldForIndex('đai')}`,
			content: foldForIndex('Quản lý đất đai.'),
			sub_results: [{ url: '/a/#b', title: foldForIndex('Điều 9'), excerpt: `<mark>${foldForIndex('Đất')}</mark>` }],
		};
		assert.deepEqual(restoreResult(folded), {
			url: '/a/',
			meta: { title: 'Kỹ năng hòa giải tranh chấp đất đai' },
			excerpt: 'tranh chấp <mark>đất</mark> đai',
			content: foldForIndex('Quản lý đất đai.'), // not shown: left as stored
			sub_results: [{ url: '/a/#b', title: 'Điều 9', excerpt: '<mark>Đất</mark>' }],
		});
		assert.deepEqual(restoreResult({ ...folded, meta: {} }).meta, {}, 'a result without a title keeps none');
	});
	test('leaves the punctuation around highlighted words outside the highlight, and joins words found side by side', () => {
		assert.equal(tidyMarks('xóm <mark>tranh</mark> <mark>chấp</mark> <mark>đất</mark> <mark>đai,</mark> mốc'), 'xóm <mark>tranh chấp đất đai</mark>, mốc');
		assert.equal(tidyMarks('<mark>đất</mark> và <mark>đai</mark>'), '<mark>đất</mark> và <mark>đai</mark>', 'words apart stay apart');
		assert.equal(tidyMarks('hòa <mark>giải.</mark>'), 'hòa <mark>giải</mark>.');
		assert.equal(tidyMarks('<mark>“không</mark> <mark>công”.</mark>'), '“<mark>không công</mark>”.');
		assert.equal(tidyMarks('<mark>(Điều</mark> 9) <mark>&quot;thù</mark> <mark>lao&quot;</mark>'), '(<mark>Điều</mark> 9) &quot;<mark>thù lao</mark>&quot;');
		assert.equal(tidyMarks('<mark>15/2014/NĐ-CP</mark> và <mark>...</mark>'), '<mark>15/2014/NĐ-CP</mark> và <mark>...</mark>', 'a highlight that is only punctuation, or has none at its ends, stays');
		assert.equal(restoreResult({ url: '/a/', meta: {}, excerpt: '<mark>đai;</mark>', sub_results: [{ title: 'x', excerpt: '<mark>(đất</mark>' }] }).sub_results[0]!.excerpt, '(<mark>đất</mark>');
	});
	test('folds queries to what the index holds', () => {
		assert.equal(foldQuery('  Đất   đai '), 'Dất dai');
		assert.equal(foldQuery('hoà giải'.normalize('NFD')), 'hoà giải'.normalize('NFC'));
	});
	test('treats i and y alike where either spelling is used (kỹ/kĩ, lý/lí, quý/quí)', () => {
		const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
		for (const [a, b] of [['kỹ năng', 'kĩ năng'], ['quản lý', 'quản lí'], ['quy định', 'qui định'], ['Mỹ', 'Mĩ']] as const) {
			assert.equal(plain(foldQuery(a)), plain(foldQuery(b)), `${a} ~ ${b}`);
			assert.equal(plain(foldForIndex(a)), plain(foldQuery(b)), `index ${a} ~ query ${b}`);
		}
	});
	test('leaves y alone where it is not interchangeable (ý kiến, y tế, thủy, tuyên)', () => {
		for (const w of ['ý kiến', 'y tế', 'thủy lợi', 'tuyên truyền', 'khuyết tật']) assert.equal(foldForIndex(w), w.normalize('NFC'));
	});
	test('restores every folded letter exactly', () => {
		const text = 'Kỹ năng quản lý, QUÝ VỊ, Điều 9 về đất đai, quy định';
		assert.equal(restoreFolded(foldForIndex(text)), text);
	});
	test('folds text in HTML but not tags, attributes or scripts', () => {
		const html = '<p title="đất" data-pagefind-filter="chu-de:Đất đai">đất <b>Đ</b>&amp;</p><script>"đ"</script><style>.đ{}</style>';
		assert.equal(foldHtmlForIndex(html), `<p title="đất" data-pagefind-filter="chu-de:Đất đai">d${MARK}ất <b>D${MARK}</b>&amp;</p><script>"đ"</script><style>.đ{}</style>`);
	});
	test('keeps attribute values whole even when they hold ">", and leaves comments and templates alone', () => {
		const html = `<!-- đ --><div data-x='a>đ' title="b>kỹ">đ kỹ</div><template><p>đ</p></template><SCRIPT type="module">if (a<b) "đ"</SCRIPT>lý`;
		assert.equal(
			foldHtmlForIndex(html),
			`<!-- đ --><div data-x='a>đ' title="b>kỹ">d${MARK} ki${MARK}\u0303</div><template><p>đ</p></template><SCRIPT type="module">if (a<b) "đ"</SCRIPT>li${MARK}\u0301`,
		);
	});
	test('hands Pagefind the page without the elements it skips (navigation, header, footer, icons, scripts)', () => {
		const html =
			'<html lang="vi"><head><title>T</title><script type="module" src="/a.js"></script></head><body><header class="x"><nav>Trang chủ</nav></header>' +
			'<main data-pagefind-body><nav aria-label="Mục lục"><ol><li>Một</li></ol></nav><h1>Tiêu đề</h1><p data-pagefind-filter="muc:Cẩm nang">Nội dung <svg><path d="M0"/></svg>đây.</p></main>' +
			'<footer><p>Chân trang</p></footer></body></html>';
		assert.equal(stripForIndex(html), '<html lang="vi"><head><title>T</title></head><body><main data-pagefind-body><h1>Tiêu đề</h1><p data-pagefind-filter="muc:Cẩm nang">Nội dung đây.</p></main></body></html>');
	});
	test('knows which file a page URL was written to', () => {
		assert.deepEqual(['/', '/van-ban/luat/', '/404/', '/404'].map(fileOfUrl), ['index.html', 'van-ban/luat/index.html', '404.html', '404.html']);
	});
	test('folds a word-final y only after a whole onset (lý, quý, nghỷ; not tuy, ấy, my at the start of a longer word)', () => {
		assert.equal(foldQuery('lý quý QUÝ tuy ấy mysql kỳ'), 'lí quí QUÍ tuy ấy mysql kì');
	});
});

describe('glossary', () => {
	const t = (id: string, term: string, variants: string[] = []) => ({ id, data: { term, variants } });
	const terms = [t('hgv', 'hòa giải viên'), t('tt', 'tổ trưởng tổ hòa giải', ['tổ trưởng']), t('hoa', 'hoa')];
	test('finds terms used as whole words, by variant too, keeping diacritics apart', () => {
		const used = termsUsedIn('Tổ trưởng phân công Hòa giải viên. Không có từ hòa đứng một mình.', terms);
		assert.deepEqual(used.map((x) => x.id), ['hgv', 'tt']);
	});
	test('sorts like a Vietnamese dictionary and indexes by first letter', () => {
		assert.deepEqual(sortTerms([t('a', 'tổ hòa giải'), t('b', 'bạo lực'), t('c', 'đất'), t('d', 'dân')]).map((x) => x.data.term), ['bạo lực', 'dân', 'đất', 'tổ hòa giải']);
		assert.equal(initialOf('Ủy ban'), 'U');
		assert.equal(initialOf('đất'), 'Đ');
	});
});

describe('typographic quotes', () => {
	test('straight double quotes open and close as “ ”', () => {
		assert.equal(smartQuotes('không nói trống "lạc hậu".'), 'không nói trống “lạc hậu”.');
		assert.equal(smartQuotes('"Trước khi nhận việc" (mã "Mẫu 01")'), '“Trước khi nhận việc” (mã “Mẫu 01”)');
		assert.equal(smartQuotes('Đề án "Nâng cao" – "giai đoạn"'), 'Đề án “Nâng cao” – “giai đoạn”');
		assert.equal(smartQuotes('không có ngoặc'), 'không có ngoặc');
		assert.equal(smartQuotes('" và', 'lạc hậu'), '” và', 'a quote closes after the text of the run before');
		assert.equal(smartQuotes('"x"', 'nói '), '“x”');
	});
});
