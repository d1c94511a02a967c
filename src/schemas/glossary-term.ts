import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/**
 * A glossary term (`content/thuat-ngu.yaml`; the key is the id and the `#anchor` on /thuat-ngu/).
 * `documentRef` is `reference('documents')` in the content config and a plain stand-in in tests.
 */
export const makeGlossaryTermSchema = <R extends z.ZodType>(documentRef: R) =>
	z.strictObject({
		/** The term as written in running text, e.g. "hòa giải viên". */
		term: TextSchema,
		/** Other forms that count as the same term in a chapter ("tổ trưởng tổ hòa giải"). */
		variants: z.array(TextSchema).default([]),
		/** Plain-language meaning. */
		definition: TextSchema,
		/** Where the law defines or governs it, if verified. */
		source: z.strictObject({ document: documentRef, article: z.number().int().positive().optional() }).optional(),
	});
