/**
 * Schemas for the content types later issues fill (case studies, model practices, training decks,
 * forms). Small but strict, so the first file written against them is validated like a chapter.
 * `ref` builders are reference() in the content config and plain stand-ins in tests.
 */
import { z } from 'astro/zod';
import { DateSchema, TextSchema } from './common.ts';
import { AudienceSchema, TopicSchema } from './taxonomy.ts';

const LegalBasis = <R extends z.ZodType>(documentRef: R) =>
	z.array(z.strictObject({ document: documentRef, articles: z.array(z.number().int().positive()).default([]) })).default([]);

/** A case study (`content/tinh-huong/*.mdx`). Unsourced cases are illustrative and name no real person. */
export const makeCaseSchema = <D extends z.ZodType, C extends z.ZodType>(documentRef: D, chapterRef: C) =>
	z.strictObject({
		/** Title of the situation. */
		title: TextSchema,
		/** One or two sentences for lists and search. */
		description: TextSchema,
		/** Kind of dispute, for the filter. */
		disputeType: TopicSchema,
		/** Skills-handbook chapters the case practises (at least one). */
		skills: z.array(chapterRef).min(1),
		/** Legal basis; at least one citation. */
		legalBasis: LegalBasis(documentRef).pipe(z.array(z.any()).min(1, { error: 'a case needs at least one legal basis' })),
		/** Questions for discussion in training. */
		questions: z.array(TextSchema).min(1),
		/** True unless the case is a documented real one with `source`. */
		illustrative: z.boolean().default(true),
		/** Where a real case was reported. */
		source: z.strictObject({ name: TextSchema, url: z.url().optional() }).optional(),
		/** When the text last changed. */
		updated: DateSchema,
	}).refine((c) => c.illustrative || c.source, { error: 'a case that is not illustrative needs a source', path: ['source'] });

/** A model practice (`content/mo-hinh/*.mdx`) with the status of its evidence. */
export const makePracticeSchema = <C extends z.ZodType>(chapterRef: C) =>
	z.strictObject({
		/** Name of the practice. */
		title: TextSchema,
		/** Where it is done (commune or area); no real place for illustrative entries. */
		locality: TextSchema,
		/** Field, e.g. a topic slug. */
		field: TopicSchema,
		/** Year it started or was reported. */
		year: z.number().int().min(2000).max(2100),
		/** illustrative: written as an example; reported: from a report; verified: checked, with a source. */
		evidence: z.enum(['illustrative', 'reported', 'verified']),
		/** Where the facts come from (required unless illustrative). */
		source: z.strictObject({ name: TextSchema, url: z.url().optional() }).optional(),
		/** Related handbook chapters. */
		relatedChapters: z.array(chapterRef).default([]),
	}).refine((p) => p.evidence === 'illustrative' || p.source, { error: 'a reported or verified practice needs a source', path: ['source'] });

/** A training deck (`content/bai-giang/*.mdx`). */
export const makeDeckSchema = <C extends z.ZodType>(chapterRef: C) =>
	z.strictObject({
		/** Title on the first slide. */
		title: TextSchema,
		/** Who it trains. */
		audience: z.array(AudienceSchema).min(1),
		/** Planned length in minutes. */
		durationMinutes: z.number().int().positive(),
		/** What participants can do afterwards. */
		objectives: z.array(TextSchema).min(1),
		/** Chapters the deck teaches from. */
		relatedChapters: z.array(chapterRef).default([]),
		/** Version date printed on the deck. */
		version: DateSchema,
	});

/** A printable form (`content/bieu-mau/*.mdx`). */
export const makeFormSchema = <D extends z.ZodType>(documentRef: D) =>
	z.strictObject({
		/** Form title as printed. */
		title: TextSchema,
		/** Code in the issuing document, e.g. "Mẫu 01". */
		code: TextSchema.optional(),
		/** The document that issues the form. */
		issuedBy: documentRef,
		/** A4 pages the printed form must take. */
		pages: z.number().int().positive(),
	});
