import { z } from 'astro/zod';
import { smartQuotes } from '../lib/text.ts';

/**
 * Text a reader will see: trimmed, non-empty, and stored in NFC so that search,
 * sorting and comparisons treat "hòa" typed on any keyboard as the same word; straight double
 * quotes become “ ” as in the Markdown bodies (smartQuotes).
 */
export const TextSchema = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty' })
	.transform((s) => smartQuotes(s.normalize('NFC')));

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const DateSchema = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** An editor's note on a claim that is not yet verified against the official text. */
export const ReviewItemSchema = z.strictObject({
	/** The statement as it stands in the text. */
	claim: TextSchema,
	/** Why it is unverified and what to check it against. */
	reason: TextSchema,
});

/** The keys of a label map ({ slug: 'Label' }) as a non-empty tuple, the form z.enum takes. */
export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
