/**
 * The provincial plan: the helpers in src/lib/plan.ts on a small fixture, then the real
 * transcription (content/ke-hoach/ke-hoach-147.yaml) checked against the plan's full text
 * (tests/fixtures/reference/ke-hoach-147-KH-UBND-2024.txt, a copy of the plan as published, so the
 * check runs in every checkout): every title, item, lead, partner and time
 * frame must be found where the plan writes it, so a transcription slip fails the test.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { makePlanSchema, type Plan } from '../../src/schemas/plan.ts';
import { dutiesByAgency, itemAnchor, itemRefs, itemsByYear, itemsLedAtLevel, resourceLink, resourcePath, PLAN_YEARS } from '../../src/lib/plan.ts';

const PlanSchema = makePlanSchema(z.string().transform((id) => ({ collection: 'documents', id })));
const all = [...PLAN_YEARS];

describe('plan helpers (fixture)', () => {
	const plan = PlanSchema.parse({
		document: 'ke-hoach-mau',
		purposes: [{ label: 'a', text: 'Mục đích' }],
		requirements: [{ label: 'a', text: 'Yêu cầu' }],
		agencies: [
			{ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', level: 'tinh' },
			{ id: 'so-tu-phap', name: 'Sở Tư pháp', level: 'tinh' },
			{ id: 'ubnd-huyen', name: 'UBND các huyện', level: 'huyen' },
			{ id: 'bo-tu-phap', name: 'Bộ Tư pháp', level: 'trung-uong' },
		],
		tasks: [
			{ number: 1, title: 'Ban hành kế hoạch', items: [{ label: null, text: 'Ban hành kế hoạch', lead: ['ubnd-tinh'], time: { text: 'Tháng 6/2024', years: [2024] } }] },
			{
				number: 2,
				title: 'Chỉ đạo điểm',
				items: [
					{ label: 'a', text: 'Chọn xã điểm', lead: ['so-tu-phap', 'ubnd-huyen'], time: { text: 'Năm 2024 - 2030', years: all } },
					{ label: 'b', text: 'Nội dung chỉ đạo điểm', describes: 'a', resources: [{ kind: 'deck', id: 'bai-mau' }] },
					{ label: 'c', text: 'Nhân rộng', lead: ['so-tu-phap'], partners: ['ubnd-huyen'], time: { text: 'Năm 2027 - 2030', years: [2027, 2028, 2029, 2030] } },
				],
			},
			{ number: 3, title: 'Kiểm tra', items: [{ label: null, text: 'Kiểm tra, sơ kết', lead: ['so-tu-phap'], time: { text: 'Hàng năm', years: all, milestones: [{ year: 2026, text: 'Sơ kết' }] } }] },
		],
		funding: ['Ngân sách'],
		responsibilities: [{ number: 1, agencies: ['so-tu-phap'], text: 'Sở Tư pháp: chủ trì' }],
		signedBy: 'Phó Chủ tịch',
	});

	test('items get readable keys and anchors; a detailing item hangs under the item it details', () => {
		const refs = itemRefs(plan);
		assert.deepEqual(refs.map((r) => [r.key, r.anchor]), [['1', 'nhiem-vu-1'], ['2a', 'nhiem-vu-2-a'], ['2b', 'nhiem-vu-2-b'], ['2c', 'nhiem-vu-2-c'], ['3', 'nhiem-vu-3']]);
		assert.deepEqual(refs[1]!.details.map((d) => d.key), ['2b']);
		assert.equal(itemAnchor(3, 'b1'), 'nhiem-vu-3-b1');
	});
	test('a detailing item naming a label its task lacks is an error', () => {
		const bad = { ...plan, tasks: [{ ...plan.tasks[1]!, items: [plan.tasks[1]!.items[1]!] }] };
		assert.throws(() => itemRefs(bad), /describes "a"/);
	});
	test('duties by agency: leads, partners and section IV, agencies without any left out', () => {
		const duties = dutiesByAgency(plan);
		assert.deepEqual(duties.map((d) => d.agency.id), ['ubnd-tinh', 'so-tu-phap', 'ubnd-huyen']);
		const sotp = duties.find((d) => d.agency.id === 'so-tu-phap')!;
		assert.deepEqual(sotp.leads.map((r) => r.key), ['2a', '2c', '3']);
		assert.equal(sotp.responsibilities.length, 1);
		assert.deepEqual(duties.find((d) => d.agency.id === 'ubnd-huyen')!.partners.map((r) => r.key), ['2c']);
	});
	test('by year: items running each year, one-offs, late starts and milestones as events', () => {
		const years = itemsByYear(plan);
		assert.deepEqual(years.map((y) => y.year), all);
		const y = (n: number) => years.find((v) => v.year === n)!;
		assert.deepEqual(y(2024).items.map((r) => r.key), ['1', '2a', '3']);
		assert.deepEqual(y(2024).events.map((e) => [e.ref.key, e.text]), [['1', 'Tháng 6/2024']]);
		assert.deepEqual(y(2026).events.map((e) => [e.ref.key, e.text]), [['3', 'Sơ kết']]);
		assert.deepEqual(y(2027).items.map((r) => r.key), ['2a', '2c', '3']);
		assert.deepEqual(y(2027).events.map((e) => e.text), ['Bắt đầu (Năm 2027 - 2030)']);
		assert.deepEqual(y(2028).events, []);
	});
	test('items a district-level agency leads', () => assert.deepEqual(itemsLedAtLevel(plan, 'huyen').map((r) => r.key), ['2a']));
	test('resources resolve to site paths and titled links', () => {
		assert.equal(resourcePath({ kind: 'handbook', id: 'ky-nang' }), '/cam-nang-ky-nang/');
		assert.equal(resourcePath({ kind: 'chapter', id: 'cam-nang-phap-luat/trinh-tu-hoa-giai' }), '/cam-nang-phap-luat/trinh-tu-hoa-giai/');
		assert.equal(resourcePath({ kind: 'deck', id: 'bai-mau' }), '/bai-giang/bai-mau/');
		assert.equal(resourcePath({ kind: 'practice', id: 'xa-diem' }), '/mo-hinh/xa-diem/');
		assert.equal(resourcePath({ kind: 'cases', id: 'all' }), '/tinh-huong/');
		assert.equal(resourcePath({ kind: 'forms', id: 'all' }), '/bieu-mau/');
		assert.equal(resourcePath({ kind: 'page', id: 'thuat-ngu' }), '/thuat-ngu/');
		const titles = (kind: string, id: string) => (kind === 'deck' && id === 'bai-mau' ? 'Bài mẫu' : undefined);
		assert.deepEqual(resourceLink({ kind: 'deck', id: 'bai-mau' }, titles), { path: '/bai-giang/bai-mau/', kind: 'Bài giảng', title: 'Bài mẫu' });
		assert.equal(resourceLink({ kind: 'cases', id: 'all' }, titles).title, 'Tất cả tình huống');
		assert.equal(resourceLink({ kind: 'page', id: 'van-ban' }, titles).title, 'Văn bản pháp luật');
	});
});

/** Whitespace collapsed and NFC, so line breaks in the source text do not matter. */
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** The plan writes both "Ủy ban nhân dân" and "UBND". */
const short = (s: string) => norm(s).replace(/Ủy ban nhân dân/g, 'UBND');
/** The years a "Thời gian thực hiện" wording covers. */
function yearsOf(text: string): number[] {
	if (/^Hàng năm$|^Tối thiểu 05 năm 01 lần$/.test(text) || /^Kiểm tra: Hàng năm/.test(text)) return all;
	const range = text.match(/^Năm (\d{4}) ?- ?(\d{4})$/);
	if (range) return all.filter((y) => y >= Number(range[1]) && y <= Number(range[2]));
	const month = text.match(/^Tháng \d{1,2}\/(\d{4})$/);
	if (month) return [Number(month[1])];
	throw new Error(`unknown time wording "${text}"`);
}

const YAML = new URL('../../content/ke-hoach/ke-hoach-147.yaml', import.meta.url);
const TEXT = new URL('../fixtures/reference/ke-hoach-147-KH-UBND-2024.txt', import.meta.url);

describe('Kế hoạch 147 as transcribed, against the plan text', () => {
	const plan: Plan = PlanSchema.parse(parse(readFileSync(YAML, 'utf8')));
	const raw = readFileSync(TEXT, 'utf8').normalize('NFC');
	const text = norm(raw);
	const section = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
	const tasksText = section('II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'III. KINH PHÍ THỰC HIỆN');
	const sectionIV = section('IV. TỔ CHỨC THỰC HIỆN', 'Trên đây là kế hoạch');

	test('section II has the 9 task groups, numbered 1 to 9, with the plan\'s titles', () => {
		const II = raw.slice(raw.indexOf('II. NHIỆM VỤ'), raw.indexOf('III. KINH PHÍ'));
		assert.deepEqual([...II.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
		assert.deepEqual(plan.tasks.map((t) => t.number), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
		for (const t of plan.tasks) assert.ok(tasksText.includes(`${t.number}. ${norm(t.title)}`), `task ${t.number}: title not found in the plan text`);
	});

	test('every item has a lead agency and a time frame, or details another item of its task', () => {
		for (const t of plan.tasks)
			for (const i of t.items) {
				const where = `item ${t.number}${i.label ?? ''}`;
				if (i.describes) assert.ok(t.items.some((o) => o.label === i.describes && !o.describes), `${where}: describes "${i.describes}"`);
				else {
					assert.ok(i.lead.length > 0 && i.leadText, `${where}: no lead`);
					assert.ok(i.time, `${where}: no time frame`);
				}
			}
	});

	test('each item, its activities, lead, partners and time frame stand where the plan writes them', () => {
		const items = plan.tasks.flatMap((t) => t.items.map((i) => ({ key: `${t.number}${i.label ?? ''}`, i })));
		const starts = items.map(({ key, i }) => {
			const at = tasksText.indexOf(norm(i.text));
			assert.ok(at >= 0, `item ${key}: text not found in the plan`);
			return at;
		});
		assert.deepEqual(starts, starts.toSorted((a, b) => a - b), 'items are in the plan\'s order');
		items.forEach(({ key, i }, n) => {
			const block = tasksText.slice(starts[n], starts[n + 1] ?? tasksText.length);
			for (const a of i.activities) assert.ok(block.includes(`- ${norm(a)}`), `item ${key}: activity "${a.slice(0, 40)}…" not under it`);
			if (i.describes) return;
			assert.ok(block.includes(`Cơ quan chủ trì: ${norm(i.leadText)}`), `item ${key}: lead "${i.leadText}" not under it`);
			if (i.partnersText) assert.ok(block.includes(`Cơ quan phối hợp: ${norm(i.partnersText)}`), `item ${key}: partners "${i.partnersText}" not under it`);
			else assert.ok(!block.includes('Cơ quan phối hợp'), `item ${key}: the plan names partners the data leaves out`);
			for (const part of i.time!.text.split('; ')) assert.ok(block.includes(part), `item ${key}: time "${part}" not under it`);
			assert.deepEqual(i.time!.years, yearsOf(i.time!.text), `item ${key}: years do not match "${i.time!.text}"`);
		});
	});

	test('lead agency ids agree with the lead wording', () => {
		for (const t of plan.tasks)
			for (const i of t.items)
				for (const id of i.lead) {
					const name = plan.agencies.find((a) => a.id === id)!.name;
					assert.ok(short(i.leadText).includes(short(name)), `item ${t.number}${i.label ?? ''}: lead "${name}" is not in "${i.leadText}"`);
				}
	});

	test('section IV has its 8 entries, verbatim, each naming agencies the plan lists', () => {
		assert.equal(plan.responsibilities.length, 8);
		assert.deepEqual(plan.responsibilities.map((r) => r.number), [1, 2, 3, 4, 5, 6, 7, 8]);
		const ids = new Set(plan.agencies.map((a) => a.id));
		for (const r of plan.responsibilities) {
			assert.ok(sectionIV.includes(`${r.number}. ${norm(r.text)}`), `IV.${r.number}: text not found`);
			// The agencies an entry is about come first: "Sở Tài chính: …", "Đề nghị Tòa án …, Viện kiểm sát … phối hợp".
			const head = short(r.text).split(/:| phối hợp/)[0]!;
			for (const id of r.agencies) {
				assert.ok(ids.has(id), `IV.${r.number}: unknown agency ${id}`);
				const name = plan.agencies.find((a) => a.id === id)!.name;
				assert.ok(head.includes(short(name)), `IV.${r.number}: "${name}" is not whom "${head}" addresses`);
			}
		}
	});

	test('purposes, requirements and funding are the plan\'s words', () => {
		for (const p of [...plan.purposes, ...plan.requirements]) assert.ok(text.includes(`${p.label}) ${norm(p.text)}`), `"${p.text.slice(0, 40)}…"`);
		const III = section('III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN');
		for (const f of plan.funding) assert.ok(III.includes(norm(f)), `funding "${f.slice(0, 40)}…"`);
		assert.match(text, new RegExp(plan.signedBy.split(' ').at(-1)!));
	});

	test('every agency the plan names is used, and the by-agency view covers section IV\'s agencies', () => {
		const duties = dutiesByAgency(plan);
		for (const id of plan.responsibilities.flatMap((r) => r.agencies)) assert.ok(duties.some((d) => d.agency.id === id), `${id} missing from the agency view`);
		assert.ok(duties.find((d) => d.agency.id === 'so-tu-phap')!.leads.length >= 9);
		assert.ok(itemsLedAtLevel(plan, 'huyen').length > 0);
	});
});
