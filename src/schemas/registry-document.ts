import { z } from 'astro/zod';
import { DateSchema, ReviewItemSchema, TextSchema, keysOf } from './common.ts';

/** Kinds of legal documents, with the label used before the number ("Nghị định 15/2014/NĐ-CP"). */
export const DOCUMENT_TYPES = {
	'hien-phap': 'Hiến pháp',
	'bo-luat': 'Bộ luật',
	luat: 'Luật',
	'nghi-quyet': 'Nghị quyết',
	'nghi-quyet-lien-tich': 'Nghị quyết liên tịch',
	'nghi-dinh': 'Nghị định',
	'quyet-dinh': 'Quyết định',
	'thong-tu': 'Thông tư',
	'thong-tu-lien-tich': 'Thông tư liên tịch',
	'ke-hoach': 'Kế hoạch',
	'cong-van': 'Công văn',
} as const;

/** Legal status as of the registry's review date. */
export const DOCUMENT_STATUSES = {
	'con-hieu-luc': 'Còn hiệu lực',
	'sua-doi-mot-phan': 'Còn hiệu lực, đã được sửa đổi một phần',
	'het-hieu-luc': 'Hết hiệu lực hoặc đã được thay thế',
} as const;

/** One article of a document, listed only once its number is verified. */
export const ArticleSchema = z.strictObject({
	/** The article number ("Điều 9" is 9). */
	number: z.number().int().positive(),
	/** The article's official heading, only where verified; omitted otherwise. */
	title: TextSchema.optional(),
	/** What the article says, in plain words; never a quotation presented as the law itself. */
	summary: TextSchema.optional(),
});

/**
 * A document in the legal registry (`content/van-ban/<id>.yaml`; the file name is the id).
 * `documentRef` is `reference('van-ban')` in the content config and a plain stand-in in tests.
 */
export const makeRegistryDocumentSchema = <R extends z.ZodType>(documentRef: R) =>
	z
		.strictObject({
			/** Official number, e.g. `35/2013/QH13`; omit when it could not be verified. */
			number: z
				.string()
				.regex(/^\d+\/(\d{4}\/)?[\p{Lu}\d][\p{L}\d/-]*$/u, {
					error: 'must look like "35/2013/QH13" or "315/QĐ-TTg"',
				})
				.optional(),
			/** Kind of document. */
			type: z.enum(keysOf(DOCUMENT_TYPES)),
			/** Issuing body, e.g. "Quốc hội", "Chính phủ". */
			issuer: TextSchema,
			/** Full official title. */
			title: TextSchema,
			/** How citations name it, e.g. "Luật Hòa giải ở cơ sở". */
			shortTitle: TextSchema,
			/** Other names readers type for it in search, e.g. "Luật HGCS" (number and title are added automatically). */
			aliases: z.array(TextSchema).default([]),
			/** The document meant when a search names only an article ("điều 9"); at most one should say true. */
			primary: z.boolean().default(false),
			/** Date signed or passed, where verified. */
			signed: DateSchema.optional(),
			/** Date it took effect, where verified. */
			effective: DateSchema.optional(),
			/** Current status. */
			status: z.enum(keysOf(DOCUMENT_STATUSES)),
			/** Plain explanation of the status (what changed and since when). */
			statusNote: TextSchema.optional(),
			/** The document that replaced this one, when it is in the registry. */
			replacedBy: documentRef.optional(),
			/** Where to read the official text. */
			source: z
				.strictObject({
					/** Name of the database or gazette. */
					name: TextSchema,
					/** Address of the text. */
					url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
				})
				.optional(),
			/** Verified articles; chapters may only cite these. */
			articles: z.array(ArticleSchema).default([]),
			/** What the document is for, in plain Vietnamese. */
			summary: TextSchema,
			/** Unverified points for editors; shown on the review page, never as fact. */
			review: z.array(ReviewItemSchema).default([]),
		})
		.superRefine((doc, ctx) => {
			const seen = new Set<number>();
			for (const [i, a] of doc.articles.entries()) {
				if (seen.has(a.number)) {
					ctx.addIssue({ code: 'custom', path: ['articles', i, 'number'], message: `Điều ${a.number} is listed twice` });
				}
				seen.add(a.number);
			}
			if (doc.status === 'het-hieu-luc' && !doc.statusNote && !doc.replacedBy) {
				ctx.addIssue({ code: 'custom', path: ['status'], message: 'an expired document needs replacedBy or statusNote' });
			}
		});

export type RegistryDocument = z.infer<ReturnType<typeof makeRegistryDocumentSchema<z.ZodType<{ id: string }>>>>;
