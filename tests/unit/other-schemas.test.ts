import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { makeCaseSchema, makeDeckSchema, makeFormSchema, makePracticeSchema } from '../../src/schemas/other-content.ts';
import { makePlanSchema } from '../../src/schemas/plan.ts';

const ref = (collection: string) => z.string().transform((id) => ({ collection, id }));
const Case = makeCaseSchema(ref('documents'), ref('chapters'));
const Practice = makePracticeSchema(ref('chapters'), ref('decks'));
const Deck = makeDeckSchema(ref('documents'), ref('chapters'), ref('cases'));
const Form = makeFormSchema(ref('documents'));
const Plan = makePlanSchema(ref('documents'));
const ok = (s: z.ZodType, v: unknown) => s.safeParse(v).success;
const description = 'Hai nhà tranh chấp lối đi chung; hòa giải viên giúp họ tự thỏa thuận.';

describe('case study schema', () => {
	const c = { title: 'Lối đi chung', description, disputeType: 'loi-di', skills: ['cam-nang-ky-nang/lang-nghe'], legalBasis: [{ document: 'bo-luat-dan-su-2015', articles: [254] }], questions: ['Bạn sẽ mở đầu thế nào?'], updated: '2026-11-28' };
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
	test('the new dispute types are accepted, unknown ones rejected', () => {
		assert.equal(ok(Case, { ...c, disputeType: 'lien-thon' }), true);
		assert.equal(ok(Case, { ...c, disputeType: 'hang-xom' }), false);
	});
});

describe('model practice schema', () => {
	const p = { title: 'Tổ hòa giải có luật gia hỗ trợ', description, locality: 'Một xã (minh họa)', field: 'ho-tro-chuyen-mon', year: 2025, evidence: 'illustrative', problem: 'Vụ việc phức tạp.', results: [{ text: 'Các tổ tự tin hơn.' }], updated: '2026-11-28' };
	test('accepts an illustrative practice', () => assert.equal(ok(Practice, p), true));
	test('reported or verified practices need a source; unknown evidence is rejected', () => {
		assert.equal(ok(Practice, { ...p, evidence: 'reported' }), false);
		assert.equal(ok(Practice, { ...p, evidence: 'verified', source: { name: 'Sở Tư pháp' } }), true);
		assert.equal(ok(Practice, { ...p, evidence: 'rumoured' }), false);
	});
	test('a result with a figure needs its source', () => {
		assert.equal(ok(Practice, { ...p, results: [{ text: 'Hòa giải thành 90% vụ việc.' }] }), false);
		assert.equal(ok(Practice, { ...p, results: [{ text: 'Hòa giải thành 90% vụ việc.', source: 'Báo cáo năm 2025' }] }), true);
	});
	test('an unknown field is rejected', () => assert.equal(ok(Practice, { ...p, field: 'dat-dai' }), false));
});

describe('deck and form schemas', () => {
	test('a deck needs objectives and a positive duration', () => {
		const d = { title: 'Luật Hòa giải ở cơ sở', description, audience: ['hoa-giai-vien'], durationMinutes: 90, objectives: ['Nêu được phạm vi hòa giải'], version: '2026-11-28' };
		assert.equal(ok(Deck, d), true);
		assert.equal(ok(Deck, { ...d, objectives: [] }), false);
		assert.equal(ok(Deck, { ...d, durationMinutes: 0 }), false);
		assert.equal(ok(Deck, { ...d, slides: 3 }), false);
	});
	test('a form names its issuing document, page count and printable blocks', () => {
		const f = { title: 'Biên bản bầu hòa giải viên', code: 'Mẫu 01', order: 1, description, issuedBy: 'nqlt-01-2014-nqlt-cp-ubtumttqvn', verification: 'Tên mẫu đã xác minh.', pages: 1, blocks: [{ kind: 'quoc-hieu' }, { kind: 'dong-dien', label: 'Thời gian' }], updated: '2026-11-28' };
		assert.equal(ok(Form, f), true);
		assert.equal(ok(Form, { ...f, issuedBy: undefined }), false);
		assert.equal(ok(Form, { ...f, blocks: [{ kind: 'hinh-anh' }] }), false);
		const block = Form.parse(f).blocks[1];
		assert.equal(block?.kind === 'dong-dien' && block.lines, 1);
	});
});

describe('plan schema', () => {
	const item = { label: null, text: 'Xây dựng kế hoạch', lead: ['ubnd-tinh'], leadText: 'UBND tỉnh', time: { text: 'Tháng 6/2024', years: [2024] } };
	const plan = {
		document: 'ke-hoach-147-kh-ubnd-2024',
		purposes: [{ label: 'a', text: 'Triển khai' }],
		requirements: [{ label: 'a', text: 'Bám sát' }],
		agencies: [{ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', level: 'tinh' }],
		tasks: [{ number: 1, title: 'Ban hành Kế hoạch', items: [item] }],
		funding: ['Ngân sách nhà nước'],
		responsibilities: [{ number: 1, agencies: ['ubnd-tinh'], text: 'Chủ trì' }],
		signedBy: 'Phó Chủ tịch',
	};
	test('accepts a well-formed plan', () => assert.equal(ok(Plan, plan), true));
	test('an item needs a lead and a time frame unless it details another item', () => {
		assert.equal(ok(Plan, { ...plan, tasks: [{ number: 1, title: 'x', items: [{ ...item, lead: [] }] }] }), false);
		assert.equal(ok(Plan, { ...plan, tasks: [{ number: 1, title: 'x', items: [{ ...item, time: undefined }] }] }), false);
		assert.equal(ok(Plan, { ...plan, tasks: [{ number: 1, title: 'x', items: [item, { label: 'b', text: 'Nội dung', lead: [], describes: 'a' }] }] }), true);
	});
	test('an agency id not listed in agencies is named', () => {
		const r = Plan.safeParse({ ...plan, responsibilities: [{ number: 1, agencies: ['so-y-te'], text: 'x' }] });
		assert.equal(r.success, false);
		assert.match(JSON.stringify(r.error?.issues), /unknown agency \\"so-y-te\\"/);
	});
});
