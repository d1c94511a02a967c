import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

const Year = z.number().int().min(2024).max(2030);

/** A site resource that serves a task of the plan; resolved to a URL and checked at build. */
export const PlanResourceSchema = z.strictObject({
	kind: z.enum(['handbook', 'chapter', 'deck', 'practice', 'cases', 'forms', 'page']),
	/** Handbook id, chapter id, deck id, practice id, "all", or a page key (tim-kiem, van-ban, thuat-ngu). */
	id: TextSchema,
});

/** One item of a task group ("a)", "b)" or the whole group when it has none). */
export const PlanItemSchema = z
	.strictObject({
		/** "a", "b", "b1"…; null when the group has no sub-items. */
		label: z.string().nullable(),
		/** The item's words as the plan writes them. */
		text: z.string().transform((s) => s.trim().normalize('NFC')),
		/** For parts of one sub-item (3b's two starred groups): the sub-item's own words, shown once above them. */
		heading: TextSchema.optional(),
		/** Bulleted activities under the item, verbatim. */
		activities: z.array(TextSchema).default([]),
		/** Agency ids of "Cơ quan chủ trì". */
		lead: z.array(z.string()).default([]),
		/** "Cơ quan chủ trì" verbatim. */
		leadText: z.string().default(''),
		/** Agency ids of "Cơ quan phối hợp". */
		partners: z.array(z.string()).default([]),
		/** "Cơ quan phối hợp" verbatim. */
		partnersText: z.string().default(''),
		/** "Thời gian thực hiện": verbatim text and the calendar years it covers. */
		time: z
			.strictObject({
				text: TextSchema,
				years: z.array(Year).min(1),
				milestones: z.array(z.strictObject({ year: Year, text: TextSchema })).default([]),
			})
			.optional(),
		/** For an item that only details another item (2b details the pilot of 2a): that item's label. */
		describes: z.string().nullable().default(null),
		/** Site resources that serve the item. */
		resources: z.array(PlanResourceSchema).default([]),
	})
	.refine((i) => i.describes || (i.lead.length > 0 && i.time), {
		error: 'a task item needs a lead agency and a time frame (or "describes" naming the item it details)',
	});

/** The provincial plan transcribed (`content/ke-hoach/*.yaml`). */
export const makePlanSchema = <D extends z.ZodType>(documentRef: D) =>
	z
		.strictObject({
			/** The plan in the legal registry. */
			document: documentRef,
			/** I.1 Mục đích. */
			purposes: z.array(z.strictObject({ label: TextSchema, text: TextSchema })).min(1),
			/** I.2 Yêu cầu. */
			requirements: z.array(z.strictObject({ label: TextSchema, text: TextSchema })).min(1),
			/** Every agency or group the plan names. */
			agencies: z
				.array(
					z.strictObject({
						id: z.string().regex(/^[a-z0-9-]+$/),
						name: TextSchema,
						level: z.enum(['tinh', 'huyen', 'xa', 'trung-uong', 'khac']),
						/** How the 2025 reforms change it (from the facts file only). */
						reformNote: TextSchema.optional(),
					}),
				)
				.min(1),
			/** II. Nhiệm vụ, giải pháp: the task groups. */
			tasks: z.array(z.strictObject({ number: z.number().int().positive(), title: TextSchema, items: z.array(PlanItemSchema).min(1) })).min(1),
			/** III. Kinh phí. */
			funding: z.array(TextSchema).min(1),
			/** IV. Tổ chức thực hiện. */
			responsibilities: z.array(z.strictObject({ number: z.number().int().positive(), agencies: z.array(z.string()).min(1), text: TextSchema })).min(1),
			/** Who signed, as printed. */
			signedBy: TextSchema,
			/** QĐ 315/QĐ-TTg specific targets. */
			nationalTargets: z.array(z.strictObject({ target: TextSchema, note: z.string().default('') })).default([]),
			/** QĐ 315/QĐ-TTg task groups. */
			nationalTasks: z.array(TextSchema).default([]),
		})
		.superRefine((plan, ctx) => {
			const ids = new Set(plan.agencies.map((a) => a.id));
			const check = (list: string[], path: (string | number)[]) =>
				list.forEach((id, i) => ids.has(id) || ctx.addIssue({ code: 'custom', message: `unknown agency "${id}" (not in agencies)`, path: [...path, i] }));
			plan.tasks.forEach((t, ti) =>
				t.items.forEach((item, ii) => {
					check(item.lead, ['tasks', ti, 'items', ii, 'lead']);
					check(item.partners, ['tasks', ti, 'items', ii, 'partners']);
				}),
			);
			plan.responsibilities.forEach((r, ri) => check(r.agencies, ['responsibilities', ri, 'agencies']));
		});

export type Plan = z.infer<ReturnType<typeof makePlanSchema<z.ZodType<{ id: string; collection: string }>>>>;
export type PlanItem = z.infer<typeof PlanItemSchema>;
