import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { leadingSection, mergeResults, pickSubResults, questionTopic, rerankLoaded, searchPlan, unmatchedWords } from '../../src/lib/search-ranking.ts';
import { foldForIndex, foldQuery } from '../../src/lib/search-folding.ts';

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

describe('reranking the loaded results', () => {
	const d = (url: string, title: string, headings: string[] = [], content = '') => ({ url, content, meta: { title }, sub_results: headings.map((h) => ({ title: h })) });
	test('a page titled the query, then one whose title holds it, then one with it in a heading; the rest keep their order', () => {
		const loaded = [
			d('/tinh-huong/a/', 'Tranh chấp giữa hai nhà'),
			d('/tinh-huong/b/', 'Mẫu sổ', ['Sổ theo dõi hoạt động hòa giải ở thôn']),
			d('/bieu-mau/so/', 'Sổ theo dõi hoạt động hòa giải'),
			d('/tinh-huong/c/', 'Ghi sổ theo dõi hoạt động hòa giải đúng cách'),
			d('/tinh-huong/e/', 'Một tình huống khác'),
		];
		// Typed without marks: compared in the folded form.
		assert.deepEqual(rerankLoaded('so theo doi hoat dong hoa giai', loaded).map((x) => x.url), ['/bieu-mau/so/', '/tinh-huong/c/', '/tinh-huong/b/', '/tinh-huong/a/', '/tinh-huong/e/']);
	});
	test('among equal matches a handbook chapter comes before a deck or a case', () => {
		const loaded = [d('/bai-giang/x/', 'Công nhận kết quả hòa giải thành'), d('/hoa-giai/cam-nang-phap-luat/cong-nhan/', 'Công nhận kết quả hòa giải thành')];
		assert.deepEqual(rerankLoaded('công nhận kết quả hòa giải thành', loaded).map((x) => x.url), ['/hoa-giai/cam-nang-phap-luat/cong-nhan/', '/bai-giang/x/']);
	});
	test("a leading section name puts that section's pages first, not its index page", () => {
		const loaded = [d('/cam-nang-phap-luat/cong-nhan/', 'Công nhận kết quả hòa giải thành'), d('/bai-giang/', 'Bài giảng'), d('/bai-giang/cong-nhan/', 'Công nhận kết quả hòa giải thành')];
		assert.deepEqual(rerankLoaded('bài giảng công nhận kết quả hòa giải thành', loaded).map((x) => x.url), ['/bai-giang/cong-nhan/', '/cam-nang-phap-luat/cong-nhan/', '/bai-giang/']);
	});
	test('a one-word query keeps Pagefind order', () => {
		const loaded = [d('/a/', 'Khác'), d('/b/', 'Hòa giải')];
		assert.deepEqual(rerankLoaded('hòa', loaded).map((x) => x.url), ['/a/', '/b/']);
	});
});

describe('query words no loaded result contains', () => {
	const loaded = [{ content: 'Tranh chấp đất đai giữa hai hộ' }, { content: 'Hòa giải viên' }];
	test('a word found as the start of a word is matched, with or without marks, đ as d', () => {
		assert.deepEqual(unmatchedWords('tranh chap dat', loaded), []);
		assert.deepEqual(unmatchedWords('hòa giả', loaded), []);
	});
	test('a word no result has is named; an abbreviation is never', () => {
		assert.deepEqual(unmatchedWords('đất xyzqwv', loaded), ['xyzqwv']);
		assert.deepEqual(unmatchedWords('hgcs đất', loaded), []);
	});
	test('y and i are one letter, as in the index: "quy định" and "kỹ năng" are found', () => {
		const restored = [{ content: 'Quy định về kỹ năng, lý do' }];
		// As Pagefind stores it: y folded to i, đ to d, each followed by U+034F (src/lib/search-folding.ts).
		const stored = [{ content: foldForIndex('Quy định về kỹ năng, lý do') }];
		for (const data of [restored, stored]) {
			assert.deepEqual(unmatchedWords('quy định', data), []);
			assert.deepEqual(unmatchedWords('quy', data), []);
			assert.deepEqual(unmatchedWords('kỹ năng', data), []);
			assert.deepEqual(unmatchedWords('ky nang ly do', data), []);
			assert.deepEqual(unmatchedWords('li do', data), []);
			assert.deepEqual(unmatchedWords('quy xyzqwv', data), ['xyzqwv']);
		}
	});
	test('every loaded result counts, not only the first', () => {
		assert.deepEqual(unmatchedWords('tranh viên', loaded), []);
		assert.deepEqual(unmatchedWords('viên tranh', loaded), []);
	});
});

describe("a question's topic", () => {
	const topic = questionTopic;
	test('question words in front and behind go, the letters typed stay', () => {
		assert.equal(topic('ai được làm hòa giải viên'), 'làm hòa giải viên');
		assert.equal(topic('ai duoc lam hoa giai vien'), 'lam hoa giai vien');
		assert.equal(topic('hòa giải không thành thì làm gì'), 'hòa giải không thành');
		assert.equal(topic('Hòa giải ở cơ sở là gì?'), 'Hòa giải ở cơ sở');
		assert.equal(topic('cho hỏi thù lao hòa giải viên bao nhiêu ạ'), 'thù lao hòa giải viên');
		assert.equal(topic('cho hỏi thù lao hòa giải viên là bao nhiêu ạ'), 'thù lao hòa giải viên');
		assert.equal(topic('thu lao hoa giai vien la bao nhieu'), 'thu lao hoa giai vien');
		assert.equal(topic('tổ trưởng tổ hòa giải là ai'), 'tổ trưởng tổ hòa giải');
		assert.equal(topic('làm thế nào để bầu hòa giải viên'), 'bầu hòa giải viên');
	});
	test('a yes-or-no question loses its "có được … không"', () => {
		assert.equal(topic('hòa giải viên có được trả tiền không?'), 'hòa giải viên trả tiền');
		assert.equal(topic('Ai là người chủ trì hòa giải?'), 'chủ trì hòa giải', 'without the question mark');
		assert.equal(topic('có thể hòa giải bạo lực gia đình không'), 'hòa giải bạo lực gia đình');
		assert.equal(topic('quy định về hòa giải viên là gì'), 'quy định về hòa giải viên', 'in the letters typed, not folded');
	});
	test('what is not a question is left alone', () => {
		for (const q of ['việc không được hòa giải', 'hòa giải không thành', 'tranh chấp đất đai', 'bản sao', 'là gì', 'ai', 'không', 'hòa giải viên có thể từ chối hòa giải']) assert.equal(topic(q), undefined, q);
		assert.equal(topic('hòa giải viên có thể từ chối hòa giải không'), 'hòa giải viên từ chối hòa giải');
		assert.equal(topic('hòa giải viên có thể từ chối hòa giải?'), 'hòa giải viên từ chối hòa giải');
	});
	test('typed with marks, a particle must carry them: "cho vay" is not "cho vậy"', () => {
		assert.equal(topic('tranh chấp cho vay'), undefined);
		assert.equal(topic('tranh chap cho vay'), undefined);
		assert.equal(topic('tranh chấp cho vay vậy'), 'tranh chấp cho vay');
	});
});

describe('the searches a query makes', () => {
	test('a plain query is one search, folded as the index is', () => {
		assert.deepEqual(searchPlan('  tranh chấp đất đai '), { asked: 'tranh chấp đất đai', variants: [foldQuery('tranh chấp đất đai')] });
		assert.notEqual(foldQuery('tranh chấp đất đai'), 'tranh chấp đất đai', 'đ is folded');
		assert.deepEqual(searchPlan(' '), { asked: '', variants: [] });
	});
	test('a question is searched as its topic', () => {
		const plan = searchPlan('ai được làm hòa giải viên');
		assert.equal(plan.asked, 'làm hòa giải viên');
		assert.deepEqual(plan.variants, [foldQuery('làm hòa giải viên'), 'lam hgv']);
	});
	test('abbreviations are searched spelled out, and spelled-out names as their abbreviation', () => {
		assert.deepEqual(searchPlan('luật hgcs').variants, [foldQuery('luật hgcs'), 'luat hoa giai o co so']);
		assert.deepEqual(searchPlan('luật hòa giải ở cơ sở').variants, [foldQuery('luật hòa giải ở cơ sở'), 'luat hgcs']);
	});
	test("everyday words are also searched in the handbooks' terms", () => {
		const plan = searchPlan('vợ chồng đòi ly dị');
		assert.deepEqual(plan.everyday?.terms, ['ly hôn']);
		assert.deepEqual(plan.variants, [foldQuery('vợ chồng đòi ly dị'), foldQuery('vợ chồng đòi ly hôn')]);
	});
	test('a leading section name is also searched without it, and no search is made twice', () => {
		assert.deepEqual(searchPlan('bài giảng công nhận kết quả').variants, [foldQuery('bài giảng công nhận kết quả'), 'cong nhan ket qua']);
		assert.deepEqual(searchPlan('hoa giai').variants, ['hoa giai']);
	});
});

describe('the sections listed under a result', () => {
	const s = (anchor: string, scores: number[]) => ({ url: `/a/#${anchor}`, locations: scores.map((_, i) => i), weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });
	test('lists the three that match best, in the order of the page', () => {
		const subs = [s('tom-tat', [1, 1]), s('kinh-phi', [5]), s('thu-lao', [50, 50]), s('muc-chi', [1]), s('thanh-toan', [40]), s('vi-du', [30])];
		assert.deepEqual(
			pickSubResults('/a/', subs).map((x) => x.url),
			['/a/#thu-lao', '/a/#thanh-toan', '/a/#vi-du'],
		);
	});
	test('leaves out the page itself, and keeps a page with few sections whole', () => {
		const subs = [{ url: '/a/', locations: [0, 1, 2, 3], weighted_locations: [{ balanced_score: 99 }] }, s('b', [1]), s('c', [2])];
		assert.deepEqual(pickSubResults('/a/', subs).map((x) => x.url), ['/a/#b', '/a/#c']);
	});
	test('counts matched words where Pagefind gives no weights, and keeps the earlier section on a tie', () => {
		const plainSub = (anchor: string, n: number) => ({ url: `/a/#${anchor}`, locations: Array.from({ length: n }, (_, i) => i) });
		const subs = [plainSub('a', 1), plainSub('b', 3), plainSub('c', 2), plainSub('d', 3), plainSub('e', 2)];
		assert.deepEqual(pickSubResults('/a/', subs, 2).map((x) => x.url), ['/a/#b', '/a/#d']);
		assert.deepEqual(pickSubResults('/a/', subs, 3).map((x) => x.url), ['/a/#b', '/a/#c', '/a/#d']);
	});
});
