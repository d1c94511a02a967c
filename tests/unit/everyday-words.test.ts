import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { EVERYDAY_WORDS, withHandbookTerms } from '../../src/lib/everyday-words.ts';
import { plain } from '../../src/lib/abbreviations.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe("everyday words for the handbooks' terms", () => {
	test("the term takes the everyday words' place; the reader's other words stay as typed", () => {
		assert.deepEqual(withHandbookTerms('vợ chồng ly dị chia nhà'), { query: 'vợ chồng ly hôn chia nhà', terms: ['ly hôn'], replaced: ['ly', 'di'] });
		assert.equal(withHandbookTerms('chồng đánh vợ')?.query, 'bạo lực gia đình vợ');
		assert.equal(withHandbookTerms('con không nuôi bố mẹ già')?.query, 'con không phụng dưỡng già');
		assert.equal(withHandbookTerms('hang xom lan dat')?.query, 'hang xom ranh giới');
	});
	test('words about pay mean "thù lao" only in a query about mediators', () => {
		assert.deepEqual(withHandbookTerms('hòa giải viên được trả tiền'), { query: 'hòa giải viên thù lao', terms: ['thù lao'], replaced: ['duoc', 'tra', 'tien'] });
		assert.equal(withHandbookTerms('hgv có lương')?.query, 'hgv thù lao');
		assert.equal(withHandbookTerms('vay tiền không trả tiền'), undefined);
		assert.equal(withHandbookTerms('hòa giải viên có lương tâm'), undefined);
	});
	test('a query with none of them, or with them only inside other words, is left alone', () => {
		for (const q of ['tranh chấp đất đai', 'ly hôn', 'luồng', 'bản sao', 'danh vọng', 'bố mẹ chia đất cho các con']) assert.equal(withHandbookTerms(q), undefined, q);
	});
	test("every term is one the site's pages use", () => {
		const text: string[] = [];
		const read = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				if (e.isDirectory()) read(join(dir, e.name));
				else if (/\.(mdx?|ya?ml)$/.test(e.name)) text.push(plain(readFileSync(join(dir, e.name), 'utf8')));
			}
		};
		read('content');
		const all = ` ${text.join(' ')} `;
		for (const { term } of EVERYDAY_WORDS) assert.ok(all.includes(` ${plain(term)} `), term);
	});
});
