import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { makeCaseSchema, makeDeckSchema, makeFormSchema, makePracticeSchema } from '../../src/schemas/other-content.ts';

const ref = (collection: string) => z.string().transform((id) => ({ collection, id }));
const Case = makeCaseSchema(ref('documents'), ref('chapters'));
const Practice = makePracticeSchema(ref('chapters'));
const Deck = makeDeckSchema(ref('chapters'));
const Form = makeFormSchema(ref('documents'));
const ok = (s: z.ZodType, v: unknown) => s.safeParse(v).success;

describe('case study schema', () => {
	const c = { title: 'Lối đi chung', description: 'Hai nhà tranh chấp lối đi.', disputeType: 'loi-di', skills: ['cam-nang-ky-nang/lang-nghe'], legalBasis: [{ document: 'bo-luat-dan-su-2015', articles: [254] }], questions: ['Bạn sẽ mở đầu thế nào?'], updated: '2026-11-28' };
	test('accepts an illustrative case and defaults to illustrative', () => assert.equal(Case.parse(c).illustrative, true));
	test('needs a legal basis, a skill and a question', () => {
		assert.equal(ok(Case, { ...c, legalBasis: [] }), false);
		assert.equal(ok(Case, { ...c, skills: [] }), false);
		assert.equal(ok(Case, { ...c, questions: [] }), false);
	});
	test('a real case needs a source', () => {
		assert.equal(ok(Case, { ...c, illustrative: false }), false);
		assert.equal(ok(Case, { ...c, illustrative: false, source: { name: 'Báo cáo' } }), true);
	});
});

describe('model practice schema', () => {
	const p = { title: 'Tổ hòa giải có luật gia hỗ trợ', locality: 'Một xã (minh họa)', field: 'to-chuc-hoa-giai', year: 2025, evidence: 'illustrative' };
	test('accepts an illustrative practice', () => assert.equal(ok(Practice, p), true));
	test('reported or verified practices need a source; unknown evidence is rejected', () => {
		assert.equal(ok(Practice, { ...p, evidence: 'reported' }), false);
		assert.equal(ok(Practice, { ...p, evidence: 'verified', source: { name: 'Sở Tư pháp' } }), true);
		assert.equal(ok(Practice, { ...p, evidence: 'rumoured' }), false);
	});
});

describe('deck and form schemas', () => {
	test('a deck needs objectives and a positive duration', () => {
		const d = { title: 'Luật Hòa giải ở cơ sở', audience: ['hoa-giai-vien'], durationMinutes: 90, objectives: ['Nêu được phạm vi hòa giải'], version: '2026-11-28' };
		assert.equal(ok(Deck, d), true);
		assert.equal(ok(Deck, { ...d, objectives: [] }), false);
		assert.equal(ok(Deck, { ...d, durationMinutes: 0 }), false);
	});
	test('a form names its issuing document and page count', () => {
		assert.equal(ok(Form, { title: 'Biên bản bầu hòa giải viên', code: 'Mẫu 01', issuedBy: 'nqlt-01-2014-nqlt-cp-ubtumttqvn', pages: 1 }), true);
		assert.equal(ok(Form, { title: 'Biên bản', pages: 1 }), false);
	});
});
