import { z } from 'astro/zod';

/** The publisher's identity and where the site is deployed. One file: `src/config/site.ts`. */
export const SiteConfigSchema = z.strictObject({
	/** Site name in the header and page titles. */
	name: z.string().min(1),
	/** One line under the name. */
	tagline: z.string().min(1),
	/** Province the site serves (after the 2025 merger). */
	province: z.string().min(1),
	/** The publishing agency. */
	agency: z.string().min(1),
	/** The portal page this site lives under, if known. */
	portal: z.strictObject({ name: z.string().min(1), url: z.url().optional() }),
	/**
	 * The date the legal information was checked up to: the newest source the editors could read.
	 * Shown next to every chapter's review date and on the registry and about pages, so that a
	 * reader knows that a law passed after it is not yet reflected.
	 */
	legalInfoAsOf: z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`)),
	/** How readers reach the publisher; nothing is shown for fields left out. */
	contact: z.strictObject({ email: z.email().optional(), phone: z.string().optional(), address: z.string().optional() }),
	/** Absolute origin of the deployed site, e.g. https://example.gov.vn (used for canonical links). */
	siteUrl: z.url(),
	/** Path the site is served under, e.g. "/" or "/hoa-giai/". */
	basePath: z.string().regex(/^\/([\w-]+\/)*$/, { error: 'must start and end with "/", e.g. /hoa-giai/' }),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
