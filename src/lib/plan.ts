/**
 * Views of the provincial plan (content/ke-hoach/*.yaml): its items flattened with stable
 * anchors, what each agency leads or supports, what runs in each year, and the site page each
 * resource names. Pure: plan data in, plain data out.
 */
import { HANDBOOKS } from '../config/handbooks.ts';
import type { Plan, PlanItem } from '../schemas/plan.ts';

type PlanData = Pick<Plan, 'agencies' | 'tasks' | 'responsibilities'>;
export type Agency = Plan['agencies'][number];
export type Responsibility = Plan['responsibilities'][number];
export type PlanResource = PlanItem['resources'][number];

/** The years the plan covers (Đề án 315 runs 2024–2030). */
export const PLAN_YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

/** One item of the plan with where it sits. */
export interface ItemRef {
	task: number;
	taskTitle: string;
	/** "2a", "3b1", or "1" for a group without sub-items: how readers cite it. */
	key: string;
	/** Fragment id on the by-task page. */
	anchor: string;
	item: PlanItem;
	/** Items that only detail this one (2b lists the pilot activities of 2a). */
	details: ItemRef[];
}

/** Fragment id of a task group on the by-task page: #nhiem-vu-2. */
export const taskAnchor = (task: number) => `nhiem-vu-${task}`;

/** Fragment id of an item: #nhiem-vu-2-a; a group without sub-items is the group itself. */
export const itemAnchor = (task: number, label: string | null) => (label ? `${taskAnchor(task)}-${label}` : taskAnchor(task));

/** Every item in plan order, each detailing item attached to the item it details. */
export function itemRefs(plan: PlanData): ItemRef[] {
	const refs = plan.tasks.flatMap((t) =>
		t.items.map((item) => ({ task: t.number, taskTitle: t.title, key: `${t.number}${item.label ?? ''}`, anchor: itemAnchor(t.number, item.label), item, details: [] as ItemRef[] })),
	);
	for (const r of refs) {
		if (!r.item.describes) continue;
		const target = refs.find((o) => o.task === r.task && o.item.label === r.item.describes);
		if (!target) throw new Error(`item ${r.key} describes "${r.item.describes}", which task ${r.task} does not have`);
		target.details.push(r);
	}
	return refs;
}

/** Items that carry their own lead and time frame (the ones a detailing item belongs to). */
export const ownItems = (plan: PlanData) => itemRefs(plan).filter((r) => !r.item.describes);

export interface AgencyDuties {
	agency: Agency;
	/** Items it leads ("Cơ quan chủ trì"). */
	leads: ItemRef[];
	/** Items it supports ("Cơ quan phối hợp"). */
	partners: ItemRef[];
	/** Section IV entries that name it. */
	responsibilities: Responsibility[];
}

/** What each agency has to do, in the plan's agency order; agencies the plan gives nothing to are left out. */
export function dutiesByAgency(plan: PlanData): AgencyDuties[] {
	const items = ownItems(plan);
	return plan.agencies
		.map((agency) => ({
			agency,
			leads: items.filter((r) => r.item.lead.includes(agency.id)),
			partners: items.filter((r) => r.item.partners.includes(agency.id)),
			responsibilities: plan.responsibilities.filter((r) => r.agencies.includes(agency.id)),
		}))
		.filter((d) => d.leads.length + d.partners.length + d.responsibilities.length > 0);
}

/** Something that happens in one year rather than every year: a milestone, a start, a one-off. */
export interface PlanEvent {
	ref: ItemRef;
	/** "Tháng 6/2024", "Sơ kết", "Bắt đầu (Năm 2027 - 2030)". */
	text: string;
}

export interface YearView {
	year: number;
	/** Items running that year. */
	items: ItemRef[];
	events: PlanEvent[];
}

/**
 * The plan year by year. An item running every year is listed in each; one-off items, the
 * first year of a later-starting item and the plan's milestones become events of their year.
 */
export function itemsByYear(plan: PlanData, years: readonly number[] = PLAN_YEARS): YearView[] {
	const items = ownItems(plan);
	const whole = (ys: readonly number[]) => years.every((y) => ys.includes(y));
	return years.map((year) => ({
		year,
		items: items.filter((r) => r.item.time?.years.includes(year)),
		events: items.flatMap((r): PlanEvent[] => {
			const time = r.item.time;
			if (!time) return [];
			const own = time.milestones.filter((m) => m.year === year).map((m) => ({ ref: r, text: m.text }));
			const first = Math.min(...time.years);
			if (time.years.length === 1 && first === year) return [{ ref: r, text: time.text }, ...own];
			if (!whole(time.years) && first === year) return [{ ref: r, text: `Bắt đầu (${time.text})` }, ...own];
			return own;
		}),
	}));
}

/** Items an agency of the given level leads: since 1/7/2025 the district level's must be reviewed. */
export function itemsLedAtLevel(plan: PlanData, level: Agency['level']): ItemRef[] {
	const ids = new Set(plan.agencies.filter((a) => a.level === level).map((a) => a.id));
	return ownItems(plan).filter((r) => r.item.lead.some((id) => ids.has(id)));
}

/** Site pages a resource of kind "page" may name. */
export const PLAN_PAGES: Record<string, { path: string; label: string }> = {
	'tim-kiem': { path: '/tim-kiem/', label: 'Tìm kiếm (toàn bộ trang web)' },
	'van-ban': { path: '/van-ban/', label: 'Văn bản pháp luật' },
	'thuat-ngu': { path: '/thuat-ngu/', label: 'Thuật ngữ' },
};

/** Site path of a resource (no base): chapter ids are "<handbook folder>/<slug>". */
export function resourcePath(r: PlanResource): string {
	switch (r.kind) {
		case 'handbook':
			return `/${HANDBOOKS[r.id as keyof typeof HANDBOOKS]?.folder ?? r.id}/`;
		case 'chapter':
			return `/${r.id.split('/')[0]}/${r.id.slice(r.id.lastIndexOf('/') + 1)}/`;
		case 'deck':
			return `/bai-giang/${r.id}/`;
		case 'practice':
			return `/mo-hinh/${r.id}/`;
		case 'cases':
			return '/tinh-huong/';
		case 'forms':
			return '/bieu-mau/';
		case 'page':
			return PLAN_PAGES[r.id]?.path ?? `/${r.id}/`;
	}
}

/** What a reader sees before the title, so "Bài giảng: …" and "Mô hình: …" are told apart. */
export const RESOURCE_KINDS: Record<PlanResource['kind'], string> = {
	handbook: 'Cẩm nang',
	chapter: 'Chương',
	deck: 'Bài giảng',
	practice: 'Mô hình',
	cases: 'Tình huống',
	forms: 'Biểu mẫu',
	page: 'Tra cứu',
};

/**
 * A resource as a link: path and title. `titleOf` looks up chapter, deck, practice and handbook
 * titles; a missing title falls back to the id (the build has already checked the id exists).
 */
export function resourceLink(r: PlanResource, titleOf: (kind: PlanResource['kind'], id: string) => string | undefined): { path: string; kind: string; title: string } {
	const fixed = r.kind === 'cases' ? 'Tất cả tình huống' : r.kind === 'forms' ? 'Biểu mẫu in sẵn' : r.kind === 'page' ? PLAN_PAGES[r.id]?.label : undefined;
	return { path: resourcePath(r), kind: RESOURCE_KINDS[r.kind], title: fixed ?? titleOf(r.kind, r.id) ?? r.id };
}

/** The three views of the plan, linked from each other. */
export const PLAN_VIEWS = [
	{ key: 'nhiem-vu', path: '/ke-hoach/', label: 'Theo nhiệm vụ' },
	{ key: 'co-quan', path: '/ke-hoach/theo-co-quan/', label: 'Theo cơ quan' },
	{ key: 'nam', path: '/ke-hoach/theo-nam/', label: 'Theo năm' },
] as const;
export type PlanView = (typeof PLAN_VIEWS)[number]['key'];

/** A long item cut at a word boundary for lists that link to the full text ("Lựa chọn 09 đơn vị …"). */
export function briefText(text: string, max = 110): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '').replace(/[\s,;:.(–-]+$/, '');
	return `${cut} …`;
}
