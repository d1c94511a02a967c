/**
 * Schemas for case studies, model practices, training decks and forms. `ref` builders are
 * reference() in the content config and plain stand-ins in tests.
 */
import { z } from 'astro/zod';
import { DateSchema, ReviewItemSchema, TextSchema } from './common.ts';
import { AudienceSchema, PracticeFieldSchema, TopicSchema } from './taxonomy.ts';

const LegalBasis = <R extends z.ZodType>(documentRef: R) =>
	z.array(z.strictObject({ document: documentRef, articles: z.array(z.number().int().positive()).default([]) })).default([]);

const Description = TextSchema.pipe(z.string().min(40, { error: 'description is too short to help a reader (min 40 characters)' }).max(300));
const Source = z.strictObject({ name: TextSchema, url: z.url().optional() });
const Review = z.array(ReviewItemSchema).default([]);

/** A case study (`content/tinh-huong/*.mdx`). Unsourced cases are illustrative and name no real person. */
export const makeCaseSchema = <D extends z.ZodType, C extends z.ZodType>(documentRef: D, chapterRef: C) =>
	z
		.strictObject({
			/** Title of the situation. */
			title: TextSchema,
			/** One or two sentences for lists and search. */
			description: Description,
			/** Kind of dispute, for the filter. */
			disputeType: TopicSchema,
			/** Skills-handbook chapters the case practises (at least one). */
			skills: z.array(chapterRef).min(1, { error: 'a case needs at least one skills chapter' }),
			/** Legal basis; at least one citation. */
			legalBasis: LegalBasis(documentRef).pipe(z.array(z.any()).min(1, { error: 'a case needs at least one legal basis' })),
			/** Questions for discussion in training. */
			questions: z.array(TextSchema).min(1),
			/** True unless the case is a documented real one with `source`. */
			illustrative: z.boolean().default(true),
			/** Where a real case was reported. */
			source: Source.optional(),
			/** When the text last changed. */
			updated: DateSchema,
			/** Unverified points for editors; shown on the review page, never as fact. */
			review: Review,
		})
		.refine((c) => c.illustrative || c.source, { error: 'a case that is not illustrative needs a source', path: ['source'] });

/** A model practice (`content/mo-hinh/*.mdx`) with the status of its evidence. */
export const makePracticeSchema = <C extends z.ZodType, K extends z.ZodType>(chapterRef: C, deckRef: K) =>
	z
		.strictObject({
			/** Name of the practice. */
			title: TextSchema,
			/** One or two sentences for lists and search. */
			description: Description,
			/** Where it is done; illustrative entries name no real place. */
			locality: TextSchema,
			/** Field, for the filter. */
			field: PracticeFieldSchema,
			/** Year it started or was reported. */
			year: z.number().int().min(2000).max(2100),
			/** illustrative: written as an example; reported: from a report; verified: checked, with a source. */
			evidence: z.enum(['illustrative', 'reported', 'verified']),
			/** Where the facts come from (required unless illustrative). */
			source: Source.optional(),
			/** The problem the practice answers. */
			problem: TextSchema,
			/** Results; a figure needs its source. */
			results: z
				.array(
					z
						.strictObject({ text: TextSchema, source: TextSchema.optional() })
						.refine((r) => r.source || !/\d/.test(r.text), { error: 'a result with a figure needs its source' }),
				)
				.min(1),
			/** Who to ask; never a private person for illustrative entries. */
			contact: TextSchema.optional(),
			/** Related handbook chapters. */
			relatedChapters: z.array(chapterRef).default([]),
			/** Related training decks. */
			relatedDecks: z.array(deckRef).default([]),
			/** Task numbers of the provincial plan (1–9) the practice serves. */
			planTasks: z.array(z.number().int().min(1).max(9)).default([]),
			/** When the text last changed. */
			updated: DateSchema,
			/** Unverified points for editors. */
			review: Review,
		})
		.refine((p) => p.evidence === 'illustrative' || p.source, { error: 'a reported or verified practice needs a source', path: ['source'] });

/** A training deck (`content/bai-giang/*.mdx`); the body is parsed into slides by src/lib/slides.ts. */
export const makeDeckSchema = <D extends z.ZodType, C extends z.ZodType, K extends z.ZodType>(documentRef: D, chapterRef: C, caseRef: K) =>
	z.strictObject({
		/** Title on the cover slide. */
		title: TextSchema,
		/** One or two sentences for lists and search. */
		description: Description,
		/** Who it trains. */
		audience: z.array(AudienceSchema).min(1),
		/** Planned length in minutes. */
		durationMinutes: z.number().int().positive(),
		/** What participants can do afterwards. */
		objectives: z.array(TextSchema).min(1),
		/** Chapters the deck teaches from. */
		relatedChapters: z.array(chapterRef).default([]),
		/** Case studies used in exercises. */
		relatedCases: z.array(caseRef).default([]),
		/** Legal basis, cited the same way as in the handbooks. */
		legalBasis: LegalBasis(documentRef),
		/** Version date printed on the deck. */
		version: DateSchema,
		/** Unverified points for editors. */
		review: Review,
	});

/** One block of a printable form, in reading order. */
export const FormBlockSchema = z.discriminatedUnion('kind', [
	/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", with an optional place-and-date line. */
	z.strictObject({ kind: z.literal('quoc-hieu'), placeDate: z.boolean().default(true) }),
	/** A centred heading, e.g. the form's name. */
	z.strictObject({ kind: z.literal('tieu-de'), text: TextSchema, sub: TextSchema.optional() }),
	/** A paragraph of fixed text. */
	z.strictObject({ kind: z.literal('doan'), text: TextSchema }),
	/** A label followed by dotted lines to fill in. */
	z.strictObject({ kind: z.literal('dong-dien'), label: TextSchema, lines: z.number().int().min(1).max(12).default(1) }),
	/** A table with headed columns and empty rows to fill in. */
	z.strictObject({
		kind: z.literal('bang'),
		columns: z.array(z.strictObject({ text: TextSchema, width: z.number().positive().default(1) })).min(1),
		rows: z.number().int().min(1).max(40),
		/** Handwritten lines each row has room for (a logbook entry needs several). */
		lines: z.number().int().min(1).max(8).default(1),
	}),
	/** Signature boxes side by side. */
	z.strictObject({
		kind: z.literal('chu-ky'),
		signers: z.array(z.strictObject({ role: TextSchema, note: TextSchema.default('(Ký, ghi rõ họ tên)') })).min(1).max(3),
	}),
	/** Forces the next block onto a new printed page. */
	z.strictObject({ kind: z.literal('ngat-trang') }),
]);

/** A printable form (`content/bieu-mau/*.yaml`), rendered as an A4 page and an editable .docx. */
export const makeFormSchema = <D extends z.ZodType>(documentRef: D) =>
	z.strictObject({
		/** Form title as printed. */
		title: TextSchema,
		/** Code in the issuing document, e.g. "Mẫu 01". */
		code: TextSchema.optional(),
		/** Order on the forms index. */
		order: z.number().int().positive(),
		/** One or two sentences: when the form is used and by whom. */
		description: Description,
		/** The document that issues or requires the form. */
		issuedBy: documentRef,
		/** The article of that document, if known. */
		article: z.number().int().positive().optional(),
		/** What is verified about the form and what is not. */
		verification: TextSchema,
		/** Page orientation when printed. */
		orientation: z.enum(['doc', 'ngang']).default('doc'),
		/** A4 pages the printed form must take (a test prints it and counts). */
		pages: z.number().int().positive(),
		/** The printable content. */
		blocks: z.array(FormBlockSchema).min(1),
		/** When the form last changed. */
		updated: DateSchema,
	});
