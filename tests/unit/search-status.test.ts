import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { searchStatus, type SearchOutcome } from '../../src/lib/search-status.ts';

const base: SearchOutcome = { raw: 'hòa giải', asked: 'hòa giải', found: 12, article: false, unmatched: [], everydayTerms: [], filtered: false };

describe('search status line', () => {
	test('counts the pages found for the query', () => {
		assert.equal(searchStatus(base), 'Tìm thấy 12 kết quả cho “hòa giải”.');
	});
	test('a named article with no other page is not "0 kết quả"', () => {
		const s = searchStatus({ ...base, raw: 'dieu 33 luat hgcs', asked: 'dieu 33 luat hgcs', found: 0, article: true });
		assert.equal(s, 'Tìm thấy điều luật cần tra; không có trang nào khác khớp với “dieu 33 luat hgcs”.');
	});
	test('the article card is counted apart from the pages', () => {
		assert.equal(searchStatus({ ...base, article: true }), 'Tìm thấy 12 kết quả (và 1 điều luật) cho “hòa giải”.');
	});
	test('nothing found: suggests dropping filters only when one is chosen', () => {
		assert.equal(searchStatus({ ...base, found: 0 }), 'Không tìm thấy kết quả nào cho “hòa giải”. Hãy thử từ khác ngắn hơn.');
		assert.match(searchStatus({ ...base, found: 0, filtered: true }), /ngắn hơn, hoặc bỏ bớt bộ lọc\.$/);
		assert.equal(searchStatus({ ...base, raw: '', asked: '', found: 0, filtered: true }), 'Không tìm thấy kết quả nào trong mục đã chọn. Hãy thử từ khác ngắn hơn, hoặc bỏ bớt bộ lọc.');
	});
	test('a question is shown with its topic', () => {
		const s = searchStatus({ ...base, raw: 'ai được làm hòa giải viên', asked: 'làm hòa giải viên', found: 3 });
		assert.equal(s, 'Tìm thấy 3 kết quả cho “làm hòa giải viên” (ý chính của câu hỏi “ai được làm hòa giải viên”).');
	});
	test('names the words no page holds, singular and plural, and the everyday words searched as terms', () => {
		assert.match(searchStatus({ ...base, unmatched: ['xyz'] }), / Không trang nào có từ “xyz”; kết quả dưới đây khớp với các từ còn lại\.$/);
		assert.match(searchStatus({ ...base, unmatched: ['xyz', 'qqq'] }), / Không trang nào có các từ “xyz qqq”;/);
		assert.match(searchStatus({ ...base, everydayTerms: ['ly hôn'] }), / Đã tìm thêm bằng từ trên trang hay dùng: “ly hôn”\.$/);
		// With nothing found, neither is said: the line says nothing was found.
		assert.doesNotMatch(searchStatus({ ...base, found: 0, unmatched: ['xyz'], everydayTerms: ['ly hôn'] }), /Không trang nào|Đã tìm thêm/);
	});
});
