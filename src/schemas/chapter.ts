import { z } from 'astro/zod';
import { DateSchema, ReviewItemSchema, TextSchema } from './common.ts';
import { AudienceSchema, TopicSchema } from './taxonomy.ts';

/** The two handbooks a chapter can belong to; the folder under `content/` must match. */
export const HandbookSchema = z.enum(['phap-luat', 'ky-nang']);
export type HandbookId = z.infer<typeof HandbookSchema>;

/**
 * A handbook chapter (`content/cam-nang-phap-luat/*.md`, `content/cam-nang-ky-nang/*.md`), Markdown with the directives of src/integrations/markdown.ts.
 * `documentRef` is `reference('van-ban')` in the content config and a plain stand-in in tests.
 */
export const makeChapterSchema = <R extends z.ZodType>(documentRef: R) =>
	z
		.strictObject({
			/** Chapter title as readers see it. */
			title: TextSchema,
			/** One or two sentences for lists, search results and link previews. */
			description: TextSchema.pipe(z.string().min(40, { error: 'description is too short to help a reader (min 40 characters)' }).max(300)),
			/** Which handbook the chapter belongs to. */
			handbook: HandbookSchema,
			/** Position in the handbook; unique within it. */
			order: z.number().int().positive(),
			/** Who the chapter is written for. */
			audience: z.array(AudienceSchema).min(1),
			/** Topics, used for search filters and related links. */
			topics: z.array(TopicSchema).min(1),
			/** Key points shown in the summary box at the top. */
			keyPoints: z.array(TextSchema).max(6).default([]),
			/** Legal basis, rendered as the "Căn cứ pháp lý" box; every article must be in the registry. */
			legalBasis: z
				.array(
					z.strictObject({
						/** Registry id of the document. */
						document: documentRef,
						/** Articles of that document the chapter relies on. */
						articles: z.array(z.number().int().positive()).default([]),
					}),
				)
				.default([]),
			/** When the text last changed. */
			updated: DateSchema,
			/** When an editor last checked it against the law. */
			reviewed: DateSchema,
			/** Drafts are built in development only. */
			draft: z.boolean().default(false),
			/** Unverified points for editors; shown on the review page, never as fact. */
			review: z.array(ReviewItemSchema).default([]),
		});

export type Chapter = z.infer<ReturnType<typeof makeChapterSchema<z.ZodType<{ id: string; collection: string }>>>>;
